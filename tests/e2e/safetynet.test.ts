import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSftpServer, type TestSftpServer } from '../../packages/core/test/safetynet/sftp-server.ts';
import { chromiumAvailable, openBrowser, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../packages/core/test/safetynet/fixtures/${name}`, import.meta.url)));

describe.skipIf(!chromiumAvailable)('the sync from the HR system', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  let sftp: TestSftpServer;

  beforeAll(async () => {
    spejl = await startSpejl();
    sftp = await startSftpServer({ '/ud/enheder.csv': fixture('enheder.csv'), '/ud/medarbejdere.csv': fixture('medarbejdere.csv') });
    session = await openBrowser();
    await signIn(session.page, spejl.url, spejl.admin);
  });
  afterAll(async () => {
    await session?.close();
    await sftp?.stop();
    await spejl?.stop();
  });

  it('previews a SafetyNet pair on the import page like any people file', async () => {
    const { page } = session;
    await page.goto(`${spejl.url}/people/import`);
    await page.getByTestId('safetynet-pair').locator('summary').click();
    await page.getByTestId('safetynet-units-file').setInputFiles({ name: 'enheder.csv', mimeType: 'text/csv', buffer: Buffer.from(fixture('enheder.csv')) });
    await page.getByTestId('safetynet-employees-file').setInputFiles({ name: 'medarbejdere.csv', mimeType: 'text/csv', buffer: Buffer.from(fixture('medarbejdere.csv')) });
    await page.getByTestId('import-diff').waitFor();
    expect(await page.getByTestId('diff-added').locator('.value').textContent()).toBe('14');
    expect(await page.getByTestId('column-mapping').count()).toBe(0);
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('safetynet-pair-preview');
  });

  it('saves the SFTP location without ever showing the key again', async () => {
    const { page } = session;
    await page.getByTestId('safetynet-link').click();
    await page.getByRole('heading', { name: 'Synkronisering fra HR-systemet' }).waitFor();
    await page.getByTestId('sftp-host').locator('input').fill('127.0.0.1');
    await page.getByTestId('sftp-port').locator('input').fill(String(sftp.port));
    await page.getByTestId('sftp-user').locator('input').fill('spejl');
    await page.getByTestId('sftp-key').locator('textarea').fill(sftp.clientKey);
    await page.getByTestId('sftp-units').locator('input').fill('/ud/enheder.csv');
    await page.getByTestId('sftp-employees').locator('input').fill('/ud/medarbejdere.csv');
    await page.getByTestId('sftp-run-at').locator('input').fill('06:30');
    await page.getByTestId('sftp-save').click();
    await page.getByText('SFTP-placeringen er gemt.').waitFor();
    await page.reload();
    await page.getByText('En nøgle er gemt og vises aldrig igen.').waitFor();
    expect(await page.getByTestId('sftp-key').locator('textarea').inputValue()).toBe('');
    expect(await page.getByTestId('sftp-host').locator('input').inputValue()).toBe('127.0.0.1');
    expect(await page.content()).not.toContain('PRIVATE KEY');
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('safetynet-settings');
  });

  it('holds a fetch that replaces the demo organisation, shows its diff, and applies it on approval', async () => {
    const { page } = session;
    await page.getByTestId('sync-now').click();
    const held = page.getByTestId('held-sync');
    await held.waitFor();
    await page.getByTestId('diff-added').waitFor();
    expect(await page.getByTestId('diff-added').locator('.value').textContent()).toBe('14');
    await settle(page);
    expect(seriousViolations(await session.axe())).toEqual([]);
    await session.screenshot('safetynet-held');
    await page.getByTestId('held-approve').click();
    await page.getByText('Ændringerne er indlæst.').waitFor();
    await page.getByTestId('sync-approved').waitFor();
    expect(await held.count()).toBe(0);
    await settle(page);
    await session.screenshot('safetynet-approved');
    await page.goto(`${spejl.url}/people`);
    await page.getByText(/^14 personer/).waitFor();
  });
});

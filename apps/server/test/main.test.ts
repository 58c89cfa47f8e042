import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'spejl-main-'));

interface Started {
  url: string;
  operator: [string, string];
  admin: [string, string];
  output: string;
  stop(): Promise<number | null>;
}

/** Starts the server as `pnpm start` does (embedded database, --demo) and reads the banner. */
function startMain(): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--demo'], {
    cwd: REPO,
    env: { ...process.env, SPEJL_DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0', LOG_LEVEL: 'warn' },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner in time:\n${output}`)), 90_000);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      const operator = /operator\s+(\S+)\s+\/\s+(\S+)/.exec(output);
      const admin = /admin, Egeskov Kommune\s+(\S+)\s+\/\s+(\S+)/.exec(output);
      if (url && operator && admin && output.includes('Stop with Ctrl+C')) {
        clearTimeout(timer);
        resolve({
          url,
          operator: [operator[1]!, operator[2]!],
          admin: [admin[1]!, admin[2]!],
          output,
          stop: () =>
            new Promise((done) => {
              child.once('exit', (code) => done(code));
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

describe('the server as `pnpm start` runs it', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('seeds the demo once, prints working credentials at every start, and stops cleanly', async () => {
    const first = await startMain();
    try {
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(first.output).toContain('Demo data was created');
      // Who the leader account is, from the demo hierarchy.
      expect(first.output).toMatch(/leder@egeskov\.example .*\n {27}is .+ \(person id \S+\), who leads .+: \d+ direct reports/);
      const signIn = await fetch(`${first.url}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: first.url },
        body: JSON.stringify({ email: first.admin[0], password: first.admin[1] }),
      });
      expect(signIn.status).toBe(200);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    expect(statSync(join(dataDir, 'demo-credentials.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'auth-secret')).mode & 0o777).toBe(0o600);

    const second = await startMain();
    try {
      expect(second.output).not.toContain('Demo data was created');
      expect(second.operator).toEqual(first.operator);
      expect(second.admin).toEqual(first.admin);
      const signIn = await fetch(`${second.url}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: second.url },
        body: JSON.stringify({ email: second.operator[0], password: second.operator[1] }),
      });
      expect(signIn.status).toBe(200);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  }, 240_000);
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, renderError, type ErrorCode, type ErrorParams } from '@spejl/error-catalogue';
import { codedCommanderError } from '../src/commander-errors.ts';
import { reportError } from '../src/errors.ts';
import { runSpejl } from './harness/run-spejl.ts';

const danish = <C extends ErrorCode>(code: C, params: ErrorParams<C>) => `fejl: ${renderError(code, params, 'da')}\n`;

/** What commander throws for a command line, from a program shaped like spejl's. */
function commanderRefusal(args: string[]): CommanderError {
  const program = new Command('spejl').exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined, outputError: () => undefined });
  program.addOption(new Option('--lang <language>').choices(['da', 'en']));
  program.command('round').command('list').requiredOption('--tenant <slug>', 'the tenant').action(() => undefined);
  program.command('people').command('import').requiredOption('--tenant <slug>', 'the tenant').argument('<file>').action(() => undefined);
  try {
    program.parse(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error;
    throw error;
  }
  throw new Error(`commander took ${args.join(' ')}`);
}

describe("commander's complaints are coded, so the CLI says them in Danish", () => {
  it.each([
    [['rund', 'list'], 'cli.unknownCommand', { command: 'rund' }],
    [['round', 'list'], 'cli.optionMissing', { option: '--tenant' }],
    [['round', 'list', '--tenant'], 'cli.optionValueMissing', { option: '--tenant' }],
    [['round', 'list', '--tenant', 'x', '--bogus'], 'cli.unknownOption', { option: '--bogus' }],
    [['people', 'import', '--tenant', 'x'], 'cli.argumentMissing', { argument: 'file' }],
    [['people', 'import', '--tenant', 'x', 'a.csv', 'b.csv'], 'cli.tooManyArguments', { command: 'import' }],
    [['--lang', 'fr', 'round', 'list', '--tenant', 'x'], 'cli.invalidOptionValue', { option: '--lang', value: 'fr', allowed: 'da, en' }],
  ] as const)('%j', (args, code, params) => {
    const refusal = commanderRefusal([...args]);
    expect(codedCommanderError(refusal)).toEqual({ code, params });
    let text = '';
    expect(reportError(refusal, (t) => (text += t), 'da')).toBe(1);
    expect(text).toBe(danish(code, params as never));
  });

  it('says nothing for help, and still exits as commander wants', () => {
    const help = new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)');
    let text = '';
    expect(reportError(help, (t) => (text += t), 'da')).toBe(0);
    expect(text).toBe('');
  });

  it('has a Danish text for every refusal of its own', () => {
    const own = Object.keys(CATALOGUE).filter((code) => code.startsWith('cli.'));
    expect(own.length).toBeGreaterThan(20);
    for (const code of own) expect(CATALOGUE[code as ErrorCode].da).not.toBe(CATALOGUE[code as ErrorCode].en);
  });
});

describe('spejl speaks Danish when nothing says otherwise', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-danish-'));
  const data = join(dir, 'data');
  // No --lang and a shell locale that names no language: Danish.
  const env = { SPEJL_DATA_DIR: data, DATABASE_URL: '', SMTP_URL: '', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  const spejl = (...args: string[]) => runSpejl(args, env);

  beforeAll(async () => {
    expect(await spejl('round', 'list', '--tenant', 'egeskov')).toMatchObject({ code: 1, stderr: danish('cli.noTenants', { slug: 'egeskov' }) });
    expect((await spejl('tenant', 'create', '--slug', 'egeskov', '--name', 'Egeskov Kommune')).code).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('in refusals of its options and arguments, naming none in English', async () => {
    expect(await spejl('rund')).toMatchObject({ code: 1, stdout: '', stderr: danish('cli.unknownCommand', { command: 'rund' }) });
    expect((await spejl('round', 'list')).stderr).toBe(danish('cli.optionMissing', { option: '--tenant' }));
    expect((await spejl('rollup', 'export', '--tenant', 'egeskov', '--round', 'x', '--format', 'xml')).stderr).toBe(danish('cli.invalidOptionValue', { option: '--format', value: 'xml', allowed: 'csv, json' }));
    expect((await spejl('user', 'create', '--email', 'a@egeskov.dk', '--name', 'A', '--role', 'admin')).stderr).toBe(danish('cli.roleNeedsTenant', {}));
    expect((await spejl('user', 'create', '--email', 'a@egeskov.dk', '--name', 'A', '--tenant', 'egeskov')).stderr).toBe(danish('cli.tenantNeedsRole', {}));
  }, 60_000);

  it('in refusals of files, tenants, rounds and dates', async () => {
    const missing = join(dir, 'findes-ikke.csv');
    expect((await spejl('people', 'import', '--tenant', 'egeskov', missing)).stderr).toBe(danish('cli.cannotRead', { path: missing }));
    writeFileSync(join(dir, 'people.csv'), 'person_id;name\n1;Anna\n');
    expect((await spejl('people', 'import', '--tenant', 'egeskov', '--delimiter', ':', join(dir, 'people.csv'))).stderr).toBe(danish('cli.delimiterUnknown', { delimiter: ':' }));
    expect((await spejl('round', 'list', '--tenant', 'egesko')).stderr).toBe(danish('cli.tenantNotFound', { slug: 'egesko', tenants: 'egeskov' }));
    expect((await spejl('round', 'close', '--tenant', 'egeskov', '--round', 'Forår')).stderr).toBe(danish('cli.noRounds', { round: 'Forår' }));
    const badDate = await spejl('round', 'create', '--tenant', 'egeskov', '--name', 'Forår', '--themes', 'borgerorientering', '--opens', 'i morgen');
    expect(badDate.stderr).toBe(danish('cli.notADate', { option: '--opens', value: 'i morgen' }));
  }, 60_000);

  it("reads and says a round's dates on the tenant's calendar, not the machine's", async () => {
    // 00:30 on 1 June in Copenhagen is 22:30 on 31 May in UTC: the list says the Danish day. The
    // year lies ahead, since a closing date already passed is refused.
    const created = await spejl('round', 'create', '--tenant', 'egeskov', '--name', 'Forår', '--themes', 'borgerorientering', '--opens', '2099-05-01T09:00', '--closes', '2099-06-01T00:30');
    expect(created.stderr).toBe('');
    expect((await spejl('round', 'list', '--tenant', 'egeskov')).stdout).toMatch(/ draft {4}2099-06-01 {2}Forår\n$/);
    const unknown = await spejl('round', 'close', '--tenant', 'egeskov', '--round', 'Efterår');
    expect(unknown.stderr).toBe(`${danish('cli.roundNotFound', { round: 'Efterår' })}  ${created.stdout.trim()}  draft    Forår\n`);
  }, 60_000);

  it('when the embedded database is in use by a server', async () => {
    mkdirSync(data, { recursive: true });
    // This test's own process stands in for a running server holding the database.
    writeFileSync(join(data, 'pgdata.lock'), String(process.pid));
    try {
      expect((await spejl('round', 'list', '--tenant', 'egeskov')).stderr).toBe(danish('cli.databaseInUse', { dataDir: data, pid: process.pid }));
    } finally {
      rmSync(join(data, 'pgdata.lock'), { force: true });
    }
  }, 60_000);
});

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { peopleFileOf } from './generated-files.ts';

/**
 * Memory caps on imports, measured where they apply: peak RSS of a process that does nothing
 * but the import (the promise is per server process, and vitest's own memory would blur it).
 */
const CHILD = fileURLToPath(new URL('./import-child.ts', import.meta.url));
const PACKAGE = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'spejl-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface ChildReport {
  outcome: string;
  code?: string;
  ms: number;
  maxRssMb: number;
}

function inChild(...args: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: PACKAGE, env: process.env, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildReport);
    });
  });
}

/** A 200,000-row people file as the console sends it (base64), written once for the jobs below. */
function largeFile(): string {
  const path = join(dir, 'people-200k.b64');
  writeFileSync(path, Buffer.from(peopleFileOf(200_000)).toString('base64'));
  return path;
}

describe('memory of imports', () => {
  it.each(['honest', 'lying'])('refuses a 5 MB workbook that inflates to 1.5 GB (directory %s) quickly and under 512 MB', async (kind) => {
    const report = await inChild('xlsx-bomb', kind);
    expect(report.outcome).toBe('refused');
    expect(report.code).toBe(kind === 'honest' ? 'file.zipInflated' : 'file.zipSizeLies');
    expect(report.maxRssMb).toBeLessThan(512);
    expect(report.ms).toBeLessThan(10_000);
  }, 60_000);

  const file = largeFile();

  it('reads and validates 200,000 people under 400 MB', async () => {
    const report = await inChild('people-read', file);
    expect(report.outcome).toBe('read 200000, 0 errors');
    expect(report.maxRssMb).toBeLessThan(400);
  }, 120_000);

  // The attack: a 4.5 MB responses file of 250,000 rows with a problem in every cell made
  // 2.5 million issues and 3.14 GB. The first 1,000 are listed, the rest only counted.
  it('lists at most 1,000 problems of a 250,000-row responses file bad in every cell, counts the rest, under 512 MB', async () => {
    const path = join(dir, 'responses-250k.csv');
    const header = ['subject_id', 'rater_role', ...Array.from({ length: 8 }, (_, i) => `tema.udsagn${i + 1}`)].join(',');
    writeFileSync(path, `${header}\n${',,9,9,9,9,9,9,9,9\n'.repeat(250_000)}`);
    const report = await inChild('responses-read', path);
    expect(report.outcome).toBe('0 forms, 1001 issues listed, 2500000 problems, 2499000 more');
    expect(report.maxRssMb).toBeLessThan(512);
  }, 120_000);

  it('lists at most 1,000 problems of a 250,000-row responses file whose every row is too short, under 512 MB', async () => {
    const path = join(dir, 'responses-short-250k.csv');
    const header = ['subject_id', 'rater_role', ...Array.from({ length: 8 }, (_, i) => `tema.udsagn${i + 1}`)].join(',');
    writeFileSync(path, `${header}\n${'1,employee,3\n'.repeat(250_000)}`);
    const report = await inChild('responses-read', path);
    // Each row: too few values (the reader) and an unknown leader (the check).
    expect(report.outcome).toBe('0 forms, 1001 issues listed, 500000 problems, 499000 more');
    expect(report.maxRssMb).toBeLessThan(512);
  }, 120_000);

  // The embedded database (PGlite) runs inside the importing process and holds about 0.9 GB of
  // its own before any import, so the whole-process cap is measured against PostgreSQL.
  it.runIf(process.env.DATABASE_URL)('applies 200,000 people on PostgreSQL under 400 MB', async () => {
    const report = await inChild('people-apply', file);
    expect(report.outcome).toBe('added 200000');
    expect(report.maxRssMb).toBeLessThan(400);
  }, 180_000);
});

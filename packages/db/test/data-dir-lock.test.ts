import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFromEnv, DataDirInUseError } from '../src/index.ts';

describe('the embedded data directory', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const c of children.splice(0)) c.kill();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const dataDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'spejl-lock-'));
    dirs.push(d);
    return d;
  };

  it('refuses a second process while one has the database open, naming the holder', async () => {
    const dir = dataDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    children.push(other);
    writeFileSync(join(dir, 'pgdata.lock'), String(other.pid));
    await expect(databaseFromEnv({ SPEJL_DATA_DIR: dir })).rejects.toThrow(DataDirInUseError);
    await expect(databaseFromEnv({ SPEJL_DATA_DIR: dir })).rejects.toThrow(`pid ${other.pid}`);
    expect(readFileSync(join(dir, 'pgdata.lock'), 'utf8')).toBe(String(other.pid));
  });

  it('takes over a lock left by a process that died, and releases it on close', async () => {
    const dir = dataDir();
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => dead.on('exit', r));
    writeFileSync(join(dir, 'pgdata.lock'), String(dead.pid));
    const handle = await databaseFromEnv({ SPEJL_DATA_DIR: dir });
    expect(readFileSync(join(dir, 'pgdata.lock'), 'utf8')).toBe(String(process.pid));
    await handle.close();
    expect(existsSync(join(dir, 'pgdata.lock'))).toBe(false);
  });
});

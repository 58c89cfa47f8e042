import { readFileSync } from 'node:fs';
import { withTenant, type SpejlDatabase, type TenantTx } from '@spejl/db';
import { applyPeopleImport, type ApplyOptions, type PeopleUpload } from '../../src/hierarchy/people-import.ts';

/** The Egeskov example: 16 people, `;`, BOM, æøå and a quoted `;`. */
export const EGESKOV = readFileSync(new URL('./fixtures/egeskov.csv', import.meta.url));

/** A test actor for imports. */
export const CLI: ApplyOptions = { actor: { userId: null, label: 'test' }, source: 'cli' };

/** A test actor who has confirmed a change past the limit (in a 16-person organisation two changes are 12.5 %). */
export const CONFIRMED: ApplyOptions = { ...CLI, confirmLargeChange: true };

/** Creates a tenant and returns a runner for work inside it. */
export async function newTenant(handle: SpejlDatabase, slug: string) {
  const row = await handle.db.insertInto('tenants').values({ slug, name: slug, sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow();
  const run = <T>(fn: (tx: TenantTx) => Promise<T>) => withTenant(handle.db, row.id, fn);
  const importText = (text: string, options: Partial<PeopleUpload> = {}, apply: ApplyOptions = CLI) =>
    run((tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes: new TextEncoder().encode(text), ...options }, apply));
  return { id: row.id, run, importText };
}

/** The Egeskov file with lines changed: each entry replaces the line of that person_id (null removes it). */
export function egeskovWith(changes: Record<string, string | null>, extra: string[] = []): string {
  const lines = EGESKOV.toString('utf8').replace(/\r?\n$/, '').split(/\r?\n/);
  const out = lines.flatMap((line) => {
    const id = line.split(';')[0]!.replace('\uFEFF', '');
    if (!(id in changes)) return [line];
    const next = changes[id];
    return next === null || next === undefined ? [] : [next];
  });
  return `${[...out, ...extra].join('\n')}\n`;
}

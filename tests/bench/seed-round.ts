import { randomUUID } from 'node:crypto';
import { withTenant, type Database, type Kysely } from '@spejl/db';
import { applyPeopleImport, hierarchySnapshots } from '../../packages/core/src/hierarchy/index.ts';
import { importResponses } from '../../packages/core/src/responses/index.ts';
import { closeRound, createRound, launchRound, themeSourceOf, type RoundTheme } from '../../packages/core/src/rounds/index.ts';
import { linkKey } from '../../packages/core/src/survey/index.ts';
import { largeRoundFiles, type LargeRound } from './large-round.ts';

/** Themes with the round's ids and items and nothing else: enough for a roll-up, not for a report document. */
const bareThemes = (round: LargeRound): RoundTheme[] => round.layout.themes.map((t) => ({ id: t.id, version: '1.0.0', items: t.items.map((id) => ({ id })) }));

/**
 * Loads a generated round into a new tenant through the real services: people import, round launch, close, responses import.
 * Reports need `themes` with their texts (largeRoundThemes); a roll-up does with bare ones.
 */
export async function seedRound(db: Kysely<Database>, round: LargeRound, themes: readonly RoundTheme[] = bareThemes(round)): Promise<{ tenantId: string; roundId: string }> {
  const tenantId = (await db.insertInto('tenants').values({ slug: `rollup-${randomUUID().slice(0, 8)}`, name: 'Storby Kommune', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
  const files = largeRoundFiles(round);
  const roundId = await withTenant(db, tenantId, async (tx) => {
    await applyPeopleImport(tx, { fileName: 'people.csv', bytes: new TextEncoder().encode(files.people) }, { actor: { userId: null, label: 'bench' }, source: 'cli' });
    const created = await createRound(tx, tenantId, { name: 'Bench', themes: themes.map((t) => ({ id: t.id })) }, themeSourceOf(themes));
    await launchRound(tx, tenantId, created.id, { snapshots: hierarchySnapshots, linkKey: linkKey('bench-link-secret-that-is-long-enough-0123456789') });
    return created.id;
  });
  await withTenant(db, tenantId, (tx) => closeRound(tx, roundId));
  await withTenant(db, tenantId, (tx) => importResponses(tx, tenantId, roundId, new TextEncoder().encode(files.responses), 'responses.csv'));
  return { tenantId, roundId };
}

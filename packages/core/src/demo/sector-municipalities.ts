import { withTenant, type Database, type Kysely, type TenantTx } from '@spejl/db';
import { applyPeopleImport } from '../hierarchy/people-import.ts';
import { peopleToCsv } from '../hierarchy/people-export.ts';
import { hierarchySnapshots } from '../hierarchy/snapshot.ts';
import { importResponses } from '../responses/responses-import.ts';
import { closeRound, createRound } from '../rounds/lifecycle.ts';
import { launchRound } from '../rounds/launch.ts';
import { themeSourceOf } from '../rounds/theme-pinning.ts';
import { linkKeyFromEnv } from '../survey/link-key-config.ts';
import { tenantThemes } from '../themes/tenant-theme-source.ts';
import { createTenant, type Tenant } from '../tenants/tenants.ts';
import { answerModel, type AnswerClimate } from './answer-model.ts';
import { generateMunicipality } from './municipality.ts';
import { paperResponsesCsv } from './paper-responses.ts';
import { seededRandom } from './seeded-random.ts';
import type { DemoStep } from './steps.ts';

const DAY = 86_400_000;

/** One of the demo's other municipalities: how big, how well led, how many answered. */
export interface SectorMunicipality {
  slug: string;
  name: string;
  people: number;
  seed: number;
  primaryColor: string;
  climate: AnswerClimate;
  /** Share of respondents whose forms came back. */
  answered: number;
  /** How many days ago its round closed. */
  closedDaysAgo: number;
}

/**
 * Three more municipalities of different sizes, so the operator's sector benchmark (which needs
 * at least three contributing organisations) has something to show in the demo.
 */
export const SECTOR_MUNICIPALITIES: readonly SectorMunicipality[] = [
  { slug: 'bogely', name: 'Bøgely Kommune', people: 150, seed: 3101, primaryColor: '#7a3b69', climate: { levelShift: 0.35, dontKnow: 0.04 }, answered: 0.88, closedDaysAgo: 300 },
  { slug: 'fjordvig', name: 'Fjordvig Kommune', people: 400, seed: 3202, primaryColor: '#1d4f91', climate: { levelShift: -0.1, dontKnow: 0.06 }, answered: 0.79, closedDaysAgo: 330 },
  { slug: 'lyngholm', name: 'Lyngholm Kommune', people: 900, seed: 3303, primaryColor: '#8a4b08', climate: { levelShift: -0.35, dontKnow: 0.08 }, answered: 0.74, closedDaysAgo: 350 },
];

/** Every form slot of an open round: who answers, about whom, in which role. */
async function formSlots(tx: TenantTx, roundId: string) {
  return tx.selectFrom('round_assignments').select(['person_id', 'subject_id', 'role']).where('round_id', '=', roundId).orderBy('person_id').orderBy('slot').execute();
}

/**
 * Last year's round of one municipality: launched over its hierarchy, its answers collected on
 * paper and brought in through the responses import (the bulk path, so the demo stays quick), closed.
 */
async function closedPaperRound(tx: TenantTx, tenant: Tenant, spec: SectorMunicipality): Promise<void> {
  const { themes } = await import('@spejl/plugin-registry');
  const closed = new Date(Date.now() - spec.closedDaysAgo * DAY);
  const opened = new Date(closed.getTime() - 21 * DAY);
  // A round is launched only while its closing date lies ahead; it is closed with last year's date.
  const available = (await tenantThemes(tx, themes)).slice(0, 2);
  const round = await createRound(tx, tenant.id, { name: 'Ledelsesevaluering 2025', themes: available.map((t) => ({ id: t.id })), opensAt: opened, closesAt: new Date(Date.now() + DAY), reminders: [] }, themeSourceOf(available), opened);
  await launchRound(tx, tenant.id, round.id, { snapshots: hierarchySnapshots, linkKey: linkKeyFromEnv() }, opened);
  // Paper forms: nobody was mailed a link.
  await tx.deleteFrom('round_messages').where('round_id', '=', round.id).execute();
  const random = seededRandom(spec.seed + 1);
  const slots = await formSlots(tx, round.id);
  const answering = new Set([...new Set(slots.map((s) => s.person_id))].filter(() => random() < spec.answered));
  const answers = answerModel(random, round.items.length, spec.climate);
  const forms = slots.filter((s) => answering.has(s.person_id)).map((s) => ({ subjectId: s.subject_id, role: s.role, answers: answers(s.subject_id, s.role) }));
  const csv = paperResponsesCsv(round.items.map((i) => `${i.theme}.${i.item}`), forms);
  // Closed first: a file goes only into a closed round without link answers (responses/import-source.ts).
  await closeRound(tx, round.id, closed);
  await importResponses(tx, tenant.id, round.id, new TextEncoder().encode(csv), `${spec.slug}-papirbesvarelser.csv`);
}

/** Creates one municipality with its people and a closed round; nothing else (no accounts: the operator looks after it). */
export async function seedSectorMunicipality(db: Kysely<Database>, spec: SectorMunicipality, actor: { id: string; email: string }): Promise<Tenant> {
  const tenant = await createTenant(db, { name: spec.name, slug: spec.slug, sector: 'kommune', branding: { primaryColor: spec.primaryColor } }, actor.id);
  await withTenant(db, tenant.id, async (tx) => {
    const csv = peopleToCsv(generateMunicipality({ people: spec.people, seed: spec.seed, domain: `${spec.slug}.example` }));
    await applyPeopleImport(tx, { fileName: `${spec.slug}-medarbejdere.csv`, bytes: new TextEncoder().encode(csv) }, { actor: { userId: actor.id, label: actor.email }, source: 'demo' });
    await closedPaperRound(tx, tenant, spec);
  });
  return tenant;
}

/** Demo step: the other municipalities of the sector, each with a closed round, for the operator's benchmark. */
export const demoSectorStep: DemoStep = {
  name: 'sector-municipalities',
  async run({ db, operator }) {
    for (const spec of SECTOR_MUNICIPALITIES) await seedSectorMunicipality(db, spec, operator);
  },
};

import { withTenant, type FormRole } from '@spejl/db';
import { hierarchySnapshots } from '../hierarchy/snapshot.ts';
import { importResponses } from '../responses/responses-import.ts';
import { archiveRound, closeRound, createRound } from '../rounds/lifecycle.ts';
import { launchRound } from '../rounds/launch.ts';
import { themeSourceOf } from '../rounds/theme-pinning.ts';
import { linkKeyFromEnv } from '../survey/link-key-config.ts';
import type { Answer } from '../survey/answers.ts';
import { tenantThemes } from '../themes/tenant-theme-source.ts';
import { paperResponsesCsv, type PaperForm } from './paper-responses.ts';
import { seededRandom } from './seeded-random.ts';
import type { DemoStep } from './steps.ts';

const DAY = 86_400_000;
const YEAR = 365 * DAY;
/** How far each earlier round lay below 2025, in scale points: a steady, plausible improvement. */
const EARLIER = [
  { name: 'Ledelsesevaluering 2023', yearsBack: 2, below: 0.55 },
  { name: 'Ledelsesevaluering 2024', yearsBack: 1, below: 0.25 },
] as const;
const DONT_KNOW = 6;

/** An answer code of round_forms (0 blank, 1–5, 6 ved ikke) moved `below` points down with a little noise, as an answer. */
function earlierAnswer(code: number, below: number, random: () => number): Answer {
  if (code === 0) return null;
  if (code === DONT_KNOW) return 'dk';
  const value = code - below + (random() - 0.5) * 1.1;
  return Math.min(5, Math.max(1, Math.round(value))) as 1 | 2 | 3 | 4 | 5;
}

/**
 * Demo step: the rounds of 2023 and 2024, so every leader's report shows three rounds of
 * development. Each is the 2025 round's forms mirrored (the same raters per leader, the same blanks
 * and "ved ikke"), its answers a little lower the further back: the counts match round to round, so
 * the anonymity rule of trends (trends/trend-rule.ts) lets the points stand. Typed in as paper
 * forms (one file per round), which is much quicker than answering through links, then archived.
 */
export const demoEarlierRoundsStep: DemoStep = {
  name: 'earlier-rounds',
  async run({ db, tenant }) {
    const { themes } = await import('@spejl/plugin-registry');
    await withTenant(db, tenant.id, async (tx) => {
      const latest = await tx.selectFrom('rounds').select(['id', 'items', 'closed_at']).where('tenant_id', '=', tenant.id).where('name', '=', 'Ledelsesevaluering 2025').executeTakeFirst();
      if (!latest?.closed_at) return;
      const forms = await tx.selectFrom('round_forms').select(['subject_id', 'role', 'answers'])
        .where('tenant_id', '=', tenant.id).where('round_id', '=', latest.id).where('submitted', '=', true).where('role', '<>', 'peer')
        .orderBy('subject_id').orderBy('role').orderBy('id').execute();
      const main = (await tenantThemes(tx, themes)).slice(0, 2);
      const keys = latest.items.map((i) => `${i.theme}.${i.item}`);
      const asked = main.flatMap((t) => t.items.map((i) => `${t.id}.${i.id}`)).filter((k) => keys.includes(k));
      const at = asked.map((k) => keys.indexOf(k));
      for (const [n, earlier] of EARLIER.entries()) {
        const closed = new Date(latest.closed_at.getTime() - earlier.yearsBack * YEAR);
        const opened = new Date(closed.getTime() - 21 * DAY);
        const round = await createRound(tx, tenant.id, { name: earlier.name, themes: main.map((t) => ({ id: t.id })), opensAt: opened, closesAt: closed, reminders: [] }, themeSourceOf(main), opened);
        await launchRound(tx, tenant.id, round.id, { snapshots: hierarchySnapshots, linkKey: linkKeyFromEnv() }, opened);
        // These rounds' mail is not part of the demo.
        await tx.deleteFrom('round_messages').where('round_id', '=', round.id).execute();
        await closeRound(tx, round.id, closed);
        const random = seededRandom(2023 + n);
        const paper: PaperForm[] = forms.map((f) => ({
          subjectId: f.subject_id,
          role: f.role as FormRole,
          answers: at.map((i) => earlierAnswer(f.answers[i] ?? 0, f.role === 'employee' ? earlier.below : earlier.below / 2, random)),
        }));
        await importResponses(tx, tenant.id, round.id, new TextEncoder().encode(paperResponsesCsv(asked, paper)), `${earlier.name}.csv`);
        // Past rounds are archived a month after closing, as an organisation would: 2025 stays the closed round the console opens on.
        await archiveRound(tx, round.id, new Date(closed.getTime() + 30 * DAY));
      }
    });
  },
};

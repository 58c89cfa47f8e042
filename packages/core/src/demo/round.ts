import { withTenant } from '@spejl/db';
import { hierarchySnapshots } from '../hierarchy/snapshot.ts';
import { createRound } from '../rounds/lifecycle.ts';
import { launchRound } from '../rounds/launch.ts';
import { themeSourceOf } from '../rounds/theme-pinning.ts';
import { linkKeyFromEnv } from '../survey/link-key-config.ts';
import { linkSecret } from '../survey/link-token.ts';
import { newDeviceKey } from '../survey/device-key.ts';
import { submitForm } from '../survey/submit.ts';
import { tenantThemes } from '../themes/tenant-theme-source.ts';
import type { DemoStep } from './steps.ts';
import { seededRandom } from './seeded-random.ts';

const DAY = 86_400_000;
/** Share of the demo's respondents who have already answered everything. */
const ANSWERED = 0.6;

/**
 * Demo step: an open round "Ledelsesevaluering 2026" over the demo hierarchy with the tenant's
 * first two themes, launched for real (invitations wait for the server's mail job), and 60 % of
 * respondents answered through the same submit path as the survey app, leaning positive.
 */
export const demoRoundStep: DemoStep = {
  name: 'round',
  async run({ db, tenant }) {
    const { themes } = await import('@spejl/plugin-registry');
    const key = linkKeyFromEnv();
    const now = new Date();
    const respondents = await withTenant(db, tenant.id, async (tx) => {
      const available = (await tenantThemes(tx, themes)).slice(0, 2);
      const round = await createRound(
        tx, tenant.id,
        { name: 'Ledelsesevaluering 2026', themes: available.map((t) => ({ id: t.id })), opensAt: new Date(now.getTime() - 7 * DAY), closesAt: new Date(now.getTime() + 14 * DAY) },
        themeSourceOf(available), now,
      );
      await launchRound(tx, tenant.id, round.id, { snapshots: hierarchySnapshots, linkKey: key }, now);
      const rows = await tx.selectFrom('round_respondents as r').innerJoin('round_assignments as a', (j) => j.onRef('a.tenant_id', '=', 'r.tenant_id').onRef('a.round_id', '=', 'r.round_id').onRef('a.person_id', '=', 'r.person_id'))
        .select(['r.person_id', 'r.link_salt', 'a.slot']).where('r.round_id', '=', round.id).orderBy('r.person_id').orderBy('a.slot').execute();
      const items = round.items.length;
      return { rows, items };
    });
    const random = seededRandom(2026);
    const answer = () => (random() < 0.06 ? 'dk' as const : random() < 0.04 ? null : (Math.min(5, Math.max(1, Math.round(3.6 + (random() - 0.5) * 3))) as 1 | 2 | 3 | 4 | 5));
    const chosen = new Set(respondents.rows.map((r) => r.person_id).filter(() => random() < ANSWERED));
    await withTenant(db, tenant.id, async (tx) => {
      for (const r of respondents.rows.filter((x) => chosen.has(x.person_id))) {
        await submitForm(tx, tenant.id, linkSecret(key, r.link_salt), newDeviceKey(), { slot: r.slot, answers: Array.from({ length: respondents.items }, answer), submit: true });
      }
    });
  },
};

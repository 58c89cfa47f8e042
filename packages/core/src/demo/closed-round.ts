import { withTenant } from '@spejl/db';
import { hierarchySnapshots } from '../hierarchy/snapshot.ts';
import { closeRound, createRound } from '../rounds/lifecycle.ts';
import { launchRound } from '../rounds/launch.ts';
import { themeSourceOf } from '../rounds/theme-pinning.ts';
import { linkKeyFromEnv } from '../survey/link-key-config.ts';
import { linkSecret } from '../survey/link-token.ts';
import { newDeviceKey } from '../survey/device-key.ts';
import { submitForm } from '../survey/submit.ts';
import { tenantThemes } from '../themes/tenant-theme-source.ts';
import type { DemoStep } from './steps.ts';
import { answerModel } from './answer-model.ts';
import { demoComments } from './demo-comments.ts';
import { seededRandom } from './seeded-random.ts';

const DAY = 86_400_000;
/** Share of respondents who answered last year's round: high enough that most teams pass the threshold, not all. */
const ANSWERED = 0.82;

/**
 * Demo step: last year's round "Ledelsesevaluering 2025", answered through the survey's own
 * submit path and then closed, so a newcomer finds leader reports, the chain heatmap and the
 * organisation overview at once (and this year's round has a previous round to compare with), its
 * raters' comments released with it.
 */
export const demoClosedRoundStep: DemoStep = {
  name: 'closed-round',
  async run({ db, tenant }) {
    const { themes } = await import('@spejl/plugin-registry');
    const key = linkKeyFromEnv();
    const opened = new Date(Date.now() - 380 * DAY);
    const closed = new Date(opened.getTime() + 21 * DAY);
    // Answers are accepted only while a round's closing date lies ahead, so the round is planned
    // to close tomorrow, answered now, then closed with last year's date.
    const tomorrow = new Date(Date.now() + DAY);
    await withTenant(db, tenant.id, async (tx) => {
      const available = (await tenantThemes(tx, themes)).slice(0, 2);
      const round = await createRound(tx, tenant.id, { name: 'Ledelsesevaluering 2025', themes: available.map((t) => ({ id: t.id })), opensAt: opened, closesAt: tomorrow, reminders: [] }, themeSourceOf(available), opened);
      await launchRound(tx, tenant.id, round.id, { snapshots: hierarchySnapshots, linkKey: key }, opened);
      // Last year's mail is not part of the demo: without this its invitations, never sent, would show as failed on close.
      await tx.deleteFrom('round_messages').where('round_id', '=', round.id).execute();
      const rows = await tx
        .selectFrom('round_respondents as r')
        .innerJoin('round_assignments as a', (j) => j.onRef('a.tenant_id', '=', 'r.tenant_id').onRef('a.round_id', '=', 'r.round_id').onRef('a.person_id', '=', 'r.person_id'))
        .select(['r.person_id', 'r.link_salt', 'a.slot', 'a.subject_id', 'a.role'])
        .where('r.round_id', '=', round.id)
        .orderBy('r.person_id').orderBy('a.slot')
        .execute();
      const random = seededRandom(2025);
      const answers = answerModel(random, round.items.length);
      // Its own sequence, so the comments leave last year's answers as they were.
      const commentRandom = seededRandom(20251);
      const answering = new Set(rows.map((r) => r.person_id).filter((_, i, all) => all.indexOf(all[i]!) === i && random() < ANSWERED));
      for (const r of rows) {
        if (!answering.has(r.person_id)) continue;
        const comments = demoComments(commentRandom, round.questions, r.role);
        await submitForm(tx, tenant.id, linkSecret(key, r.link_salt), newDeviceKey(), { slot: r.slot, answers: answers(r.subject_id, r.role), submit: true, comments });
      }
      await closeRound(tx, round.id, closed);
    });
  },
};

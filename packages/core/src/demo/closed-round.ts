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
import type { Answer } from '../survey/answers.ts';
import { answerModel } from './answer-model.ts';
import { demoComments } from './demo-comments.ts';
import { standDemoPeers } from './demo-peers.ts';
import { seededRandom } from './seeded-random.ts';

const DAY = 86_400_000;
/** Share of respondents who answered last year's round: high enough that most teams pass the threshold, not all. */
const ANSWERED = 0.82;

/**
 * Demo step: last year's round "Ledelsesevaluering 2025", answered through the survey's own
 * submit path and then closed, so a newcomer finds leader reports, the chain heatmap and the
 * organisation overview at once (and this year's round has a previous round to compare with), its
 * raters' comments released with it. Besides the first two themes it asks samarbejde of each
 * leader's peers (sideordnede ledere, the demo's standing list), themselves and their superior.
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
      const enabled = await tenantThemes(tx, themes);
      const main = enabled.slice(0, 2);
      const peerTheme = enabled.find((t) => t.roles.includes('peer') && !main.includes(t));
      if (peerTheme) await standDemoPeers(tx, tenant.id);
      const available = peerTheme ? [...main, peerTheme] : main;
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
      const inPeerTheme = (id: string) => id.startsWith(`${peerTheme?.id ?? '\u0000'}.`);
      const mainItems = round.items.filter((i) => i.theme !== peerTheme?.id).length;
      const peerItems = round.items.length - mainItems;
      const random = seededRandom(2025);
      const answers = answerModel(random, mainItems);
      // Their own sequences, so the comments and the samarbejde answers leave the first themes' answers as they were.
      const commentRandom = seededRandom(20251);
      const peerRandom = seededRandom(20252);
      const peerAnswers = answerModel(peerRandom, peerItems);
      const mainQuestions = round.questions.filter((q) => !inPeerTheme(q));
      const peerQuestions = round.questions.filter(inPeerTheme);
      const answering = new Set(rows.map((r) => r.person_id).filter((_, i, all) => all.indexOf(all[i]!) === i && random() < ANSWERED));
      const blank = (n: number) => Array.from({ length: n }, () => null);
      // One form's answers in the round's item order, from the first themes' answers and samarbejde's.
      const merged = (first: readonly Answer[], second: readonly Answer[]) => {
        const [a, b] = [[...first], [...second]];
        return round.items.map((i) => (i.theme === peerTheme?.id ? b.shift() : a.shift()) ?? null);
      };
      for (const r of rows) {
        if (!answering.has(r.person_id)) continue;
        const isPeer = r.role === 'peer';
        const asked = peerTheme?.roles.includes(r.role) ?? false;
        const form = merged(isPeer ? blank(mainItems) : answers(r.subject_id, r.role), asked ? peerAnswers(r.subject_id, r.role) : blank(peerItems));
        const comments = {
          ...(isPeer ? {} : demoComments(commentRandom, mainQuestions, r.role)),
          ...(asked ? demoComments(peerRandom, peerQuestions, r.role, 'peer') : {}),
        };
        await submitForm(tx, tenant.id, linkSecret(key, r.link_salt), newDeviceKey(), { slot: r.slot, answers: form, submit: true, comments });
      }
      await closeRound(tx, round.id, closed);
    });
  },
};

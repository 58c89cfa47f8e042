import { withTenant } from '@spejl/db';
import { createInitiative } from '../initiatives/initiatives-store.ts';
import { tenantToday } from '../initiatives/tenant-today.ts';
import { initiativeTemplates } from '../initiatives/templates.ts';
import { DEMO_LEADER_EMAIL } from './leader-account.ts';
import type { DemoStep } from './steps.ts';

/** Inspiration videos of the demo initiative: example addresses, as the demo's people are made up. */
const DEMO_LINKS = [
  { title: 'Inspirationsvideo: Regnskabets borgere', url: 'https://video.example.org/egeskov/regnskabets-borgere' },
  { title: 'Inspirationsvideo: Hvem er borgeren i staben?', url: 'https://video.example.org/egeskov/borgeren-i-staben' },
];

/** A short discussion material, as plain text. */
const DISCUSSION = [
  'Diskussionsmateriale: Kan alle sætte borgeren i centrum?',
  '',
  '1. Hvem er borgerne for netop vores arbejde – også når vi ikke møder dem selv?',
  '2. Hvilken forskel gør vores opgaver for den service, borgerne oplever?',
  '3. Hvad vil vi gøre anderledes i næste måned?',
].join('\n');

/**
 * Demo step: the source text's first case, "Kan alle sætte borgeren i centrum?", started from
 * borgerorientering's template and aimed at the demo leader's chain, with its follow-up due today
 * and answered by one leader of the chain (not the demo leader, who can answer in the console).
 */
export const demoInitiativeStep: DemoStep = {
  name: 'initiative',
  async run({ db, tenant, admin }) {
    const { themes } = await import('@spejl/plugin-registry');
    const template = initiativeTemplates(themes).find((t) => t.id === 'alle-saetter-borgeren-i-centrum');
    if (!template) throw new Error('borgerorientering suggests no initiative "alle-saetter-borgeren-i-centrum"');
    const leaderUser = await db.selectFrom('user').select('id').where('email', '=', DEMO_LEADER_EMAIL).executeTakeFirstOrThrow();
    await withTenant(db, tenant.id, async (tx) => {
      const member = await tx.selectFrom('memberships').select('person_id').where('user_id', '=', leaderUser.id).executeTakeFirstOrThrow();
      const chainTop = member.person_id!;
      const caller = { userId: admin.id, role: 'admin' as const, personId: null };
      const { id } = await createInitiative(tx, tenant.id, caller, {
        title: template.title.da!, description: template.description.da!, themes: [template.themeId], links: DEMO_LINKS,
        followUpMonths: template.followUpMonths, target: { kind: 'chain', leaderId: chainTop },
      }, { knownThemes: themes.map((t) => t.id) });
      await tx.insertInto('initiative_files').values({
        tenant_id: tenant.id, initiative_id: id, file_name: 'Diskussionsmateriale.txt', content_type: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(DISCUSSION),
      }).execute();
      // Two months have passed in the demo: the follow-up is due, and one leader below has answered.
      await tx.updateTable('initiatives').set({ follow_up_on: await tenantToday(tx, tenant.id) }).where('id', '=', id).execute();
      const answerer = await tx.selectFrom('initiative_targets').select('person_id').where('initiative_id', '=', id).where('person_id', '<>', chainTop).orderBy('person_id').executeTakeFirstOrThrow();
      const now = new Date();
      await tx.updateTable('initiative_targets').set({
        opened_at: now, answered_at: now,
        answer_did: 'Vi så videoen om regnskabets borgere på personalemødet og drøftede de tre spørgsmål i materialet.',
        answer_worked: 'Det gav mening at tale om, hvem vores borgere er, selv om vi ikke møder dem. Flere foreslog at invitere en borger ind.',
        answer_wish: 'Et eksempel fra vores eget område og en kort guide til, hvordan vi følger op på næste personalemøde.',
      }).where('initiative_id', '=', id).where('person_id', '=', answerer.person_id).execute();
    });
  },
};

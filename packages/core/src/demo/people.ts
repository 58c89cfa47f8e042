import { withTenant } from '@spejl/db';
import { applyPeopleImport } from '../hierarchy/people-import.ts';
import { peopleToCsv } from '../hierarchy/people-export.ts';
import { generateMunicipality } from './municipality.ts';
import type { DemoStep } from './steps.ts';

/** How many people the demo municipality has: enough to browse, small enough to seed in a blink. */
export const DEMO_PEOPLE = 320;

/** Demo step: imports a made-up municipality hierarchy through the real import, so it shows in the history too. */
export const demoPeopleStep: DemoStep = {
  name: 'people',
  async run({ db, tenant, admin }) {
    const csv = peopleToCsv(generateMunicipality({ people: DEMO_PEOPLE, domain: 'egeskov.example' }));
    await withTenant(db, tenant.id, (tx) =>
      applyPeopleImport(tx, { fileName: 'egeskov-medarbejdere.csv', bytes: new TextEncoder().encode(csv) }, { actor: { userId: admin.id, label: admin.email }, source: 'demo' }),
    );
  },
};

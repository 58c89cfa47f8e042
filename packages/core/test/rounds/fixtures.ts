import type { TenantTx } from '@spejl/db';
import type { HierarchySnapshots, RoundTheme, SnapshotPerson } from '../../src/rounds/index.ts';
import { linkKey } from '../../src/survey/index.ts';

/** The sample municipality of shared/examples: 16 people, six leaders, chains three deep. */
export const EGESKOV: SnapshotPerson[] = [
  ['1001', 'Birgitte Ravn', null, 'administration'],
  ['1002', 'Ole Kjærgaard', '1001', 'administration'],
  ['1003', 'Hanne Østergård', '1001', 'administration'],
  ['1004', 'Mads Bæk', '1002', 'lærer'],
  ['1005', 'Sørensen; Lise', '1002', 'pædagog'],
  ['1006', 'Jens Lund', '1004', 'lærer'],
  ['1007', 'Karen Dahl', '1004', 'lærer'],
  ['1008', 'Poul Møller', '1004', 'lærer'],
  ['1009', 'Ida Hansen', '1004', 'lærer'],
  ['1010', 'Åse Nielsen', '1004', 'lærer'],
  ['1011', 'Signe Kjær', '1005', 'pædagog'],
  ['1012', 'Niels Ågaard', '1005', 'pædagog'],
  ['1013', 'Grethe Bach', '1003', 'sygeplejerske'],
  ['1014', 'Frederik Holm', '1013', 'SOSU-assistent'],
  ['1015', 'Mette Vinther', '1013', 'SOSU-assistent'],
  ['1016', 'Jørgen Friis', '1013', 'sygeplejerske'],
].map(([personId, name, managerId, faggruppe]) => ({
  personId: personId as string,
  name: name as string,
  email: `p${personId}@egeskov.dk`,
  managerId: managerId ?? null,
  faggruppe: faggruppe ?? null,
  exempt: false,
}));

/** A theme shaped like borgerorientering: four statements, texts per role, a framing placeholder. */
export const THEME: RoundTheme & Record<string, unknown> = {
  kind: 'theme',
  id: 'borgerorientering',
  version: '1.0.0',
  roles: ['employee', 'self', 'superior'],
  locales: ['da', 'en'],
  scale: 'agree5',
  title: { da: 'Borgerorientering', en: 'Citizen orientation' },
  about: { what: { da: 'Hvad', en: 'What' }, why: { da: 'Hvorfor', en: 'Why' } },
  intro: {
    employee: { da: 'Når vi siger borgere, tænker vi fx på {{omraadeeksempel}}.', en: 'By citizens we mean e.g. {{omraadeeksempel}}.' },
    self: { da: 'Om dig som leder ({{omraadeeksempel}}).', en: 'About you as a leader ({{omraadeeksempel}}).' },
    superior: { da: 'Om lederen ({{omraadeeksempel}}).', en: 'About the leader ({{omraadeeksempel}}).' },
  },
  items: ['kultur', 'balance', 'oplevet-kvalitet', 'vaerdi'].map((id) => ({
    id,
    label: { da: id, en: id },
    text: { employee: { da: `Min leder ${id}`, en: `My leader ${id}` }, self: { da: `Jeg ${id}`, en: `I ${id}` }, superior: { da: `Lederen ${id}`, en: `The leader ${id}` } },
  })),
  framing: { neutral: { da: 'borgere i alle aldre', en: 'citizens of all ages' }, sectors: { kommune: { da: 'elever, forældre og ældre', en: 'pupils, parents and the elderly' } } },
};

/** The fixture theme with borgerorientering's two open questions, `borgerorientering.godt` and `.bedre`. */
export const THEME_WITH_QUESTIONS: RoundTheme & Record<string, unknown> = {
  ...THEME,
  version: '1.1.0',
  questions: ['godt', 'bedre'].map((id) => ({
    id, label: { da: id, en: id },
    text: { employee: { da: `Hvad ${id}?`, en: `What ${id}?` }, self: { da: `Hvad ${id} du?`, en: `What ${id} you?` }, superior: { da: `Hvad ${id} lederen?`, en: `What ${id} the leader?` } },
  })),
};

/** The link key tests sign links with. */
export const TEST_LINK_KEY = linkKey('test-link-secret-that-is-long-enough-0123456789');

/**
 * Snapshots held in memory per round: a stand-in for the hierarchy module's frozen snapshot
 * tables, so round tests control exactly which people a round is launched on.
 */
export function memorySnapshots(people: SnapshotPerson[]): HierarchySnapshots & { frozen: string[] } {
  const frozen: string[] = [];
  return {
    frozen,
    freeze: async (_tx: TenantTx, roundId: string) => {
      frozen.push(roundId);
    },
    people: async () => people,
  };
}

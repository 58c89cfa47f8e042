import type { PersonRecord } from '../hierarchy/person.ts';
import { seededRandom } from './seeded-random.ts';

/** How big a made-up municipality to build. */
export interface MunicipalityOptions {
  people: number;
  /** Leaders at each depth, from the kommunaldirektør down; everyone else is an employee of a front-line leader. */
  leadersPerDepth?: number[];
  seed?: number;
  /** Email domain. */
  domain?: string;
}

const FIRST = ['Anne', 'Søren', 'Mette', 'Jørgen', 'Åse', 'Bjørn', 'Lærke', 'Mads', 'Karen', 'Ole', 'Hanne', 'Jens', 'Signe', 'Niels', 'Grethe', 'Frederik', 'Ida', 'Poul', 'Birgitte', 'Kasper', 'Sofie', 'Rasmus', 'Maja', 'Thøger', 'Ærtebjørg', 'Malthe', 'Freja', 'Øjvind', 'Astrid', 'Henrik'];
const LAST = ['Sørensen', 'Møller', 'Kjærgaard', 'Østergaard', 'Højgaard', 'Bæk', 'Nielsen', 'Hansen', 'Jensen', 'Pedersen', 'Lund', 'Dahl', 'Friis', 'Holm', 'Vinther', 'Ågaard', 'Bach', 'Kjær', 'Mørk', 'Nørgaard', 'Skovgård', 'Thygesen', 'Lærkesen', 'Rasmussen', 'Andersen'];
const PLACES = ['Ågade', 'Bøgevej', 'Østerby', 'Kærby', 'Fjordvang', 'Søndermark', 'Højvang', 'Lærkevej', 'Egeskov', 'Møllebakken', 'Strandgården', 'Nørreled', 'Skovly', 'Vestervang', 'Åbjerg'];

/** An area under a director: what its units are called and which faggrupper work there. */
interface Area {
  name: string;
  units: string[];
  staff: string[];
}

const AREAS: Area[] = [
  { name: 'Børn og Unge', units: ['Skole', 'Børnehuset', 'Dagtilbud', 'SFO'], staff: ['lærer', 'lærer', 'pædagog', 'pædagog', 'pædagogmedhjælper'] },
  { name: 'Sundhed og Ældre', units: ['Hjemmeplejen', 'Plejecenter', 'Sundhedshuset', 'Genoptræning'], staff: ['SOSU-assistent', 'SOSU-hjælper', 'sygeplejerske', 'sygeplejerske', 'ergoterapeut', 'fysioterapeut'] },
  { name: 'Teknik og Miljø', units: ['Vej og Park', 'Byggesag', 'Ejendomsservice'], staff: ['ingeniør', 'håndværker', 'teknisk service', 'administration'] },
  { name: 'Beskæftigelse og Social', units: ['Jobcenter', 'Familieafdelingen', 'Bostøtte'], staff: ['socialrådgiver', 'socialrådgiver', 'administration', 'pædagog'] },
  { name: 'Kultur og Fritid', units: ['Biblioteket', 'Kulturhuset', 'Idrætscentret'], staff: ['administration', 'teknisk service', 'pædagog'] },
  { name: 'Økonomi og Personale', units: ['Løn og Personale', 'Økonomi', 'Digitalisering'], staff: ['administration', 'administration', 'jurist'] },
];

/** Spreads leaders over 4 levels for a small municipality, 8 for a large one. */
function defaultLeaders(people: number): number[] {
  if (people >= 20_000) return [1, 6, 24, 96, 300, 700, 1100, 1273].map((n, i) => (i === 0 ? 1 : Math.max(1, Math.round((n * people) / 40_000))));
  const leaders = Math.max(2, Math.round(people / 7));
  return [1, Math.min(6, leaders - 1), Math.round(leaders * 0.25), Math.max(1, Math.round(leaders * 0.6))];
}

function asciiMail(text: string): string {
  return text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/[^a-z0-9]+/g, '');
}

/**
 * A made-up Danish municipality: a director, areas (Børn og Unge, Sundhed og Ældre …),
 * units with place names, æøå names, faggrupper that fit each area, unique emails.
 * Managers always come before their reports in the list.
 */
export function generateMunicipality(options: MunicipalityOptions): PersonRecord[] {
  const random = seededRandom(options.seed ?? 2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const domain = options.domain ?? 'egeskov.dk';
  const usedMail = new Map<string, number>();
  const people: PersonRecord[] = [];
  const areaOf: Area[] = [];
  const make = (managerIndex: number, area: Area | undefined, leaderDepth: number | null): number => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const base = `${asciiMail(first)}.${asciiMail(last)}`;
    const n = (usedMail.get(base) ?? 0) + 1;
    usedMail.set(base, n);
    const unitName = leaderDepth === null ? null
      : leaderDepth === 0 ? 'Direktionen'
      : leaderDepth === 1 ? area!.name
      : `${pick(area!.units)} ${pick(PLACES)}${leaderDepth > 3 ? ` ${leaderDepth - 2}` : ''}`;
    people.push({
      personId: String(100_001 + people.length),
      name: `${first} ${last}`,
      email: `${base}${n > 1 ? n : ''}@${domain}`,
      managerId: managerIndex < 0 ? null : people[managerIndex]!.personId,
      faggruppe: !area || (leaderDepth !== null && leaderDepth < 2) ? 'administration' : leaderDepth !== null ? area.staff[0]! : pick(area.staff),
      unitName,
    });
    areaOf.push(area ?? AREAS[0]!);
    return people.length - 1;
  };

  const levels = options.leadersPerDepth ?? defaultLeaders(options.people);
  const byDepth: number[][] = [];
  levels.forEach((count, depth) => {
    const above = byDepth[depth - 1];
    byDepth[depth] = Array.from({ length: count }, (_, i) => {
      if (!above) return make(-1, undefined, 0);
      const manager = depth === 1 ? above[0]! : above[i < above.length ? i : Math.floor(random() * above.length)]!;
      return make(manager, depth === 1 ? AREAS[i % AREAS.length] : areaOf[manager], depth);
    });
  });
  const frontLine = byDepth.slice(Math.max(1, byDepth.length - 4)).flat();
  // Every leader leads someone: a leader without reports is not a leader.
  const managers = new Set(people.map((p) => p.managerId));
  const lonely = people.map((p, i) => (managers.has(p.personId) ? -1 : i)).filter((i) => i >= 0);
  for (const i of lonely) if (people.length < options.people) make(i, areaOf[i], null);
  while (people.length < options.people) {
    const manager = frontLine[Math.floor(random() * frontLine.length)]!;
    make(manager, areaOf[manager], null);
  }
  return people;
}

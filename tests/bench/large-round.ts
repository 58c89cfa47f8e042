import { FormBatchBuilder, type FormBatch } from '../../packages/core/src/scoring/form-batch.ts';
import type { FrozenHierarchy } from '../../packages/core/src/scoring/leader-tree.ts';
import { roleIndex } from '../../packages/core/src/scoring/rater-roles.ts';
import { layoutRound, type RoundLayout } from '../../packages/core/src/scoring/round-layout.ts';
import { seededRandom } from '@spejl/core';
import { findTheme } from '@spejl/plugin-registry';
import type { AnyTheme } from '@spejl/plugin-sdk';

/** DESIGN.md's large tenant as roll-up input: hierarchy arrays, three 4-item themes and the forms. */
export interface LargeRound {
  hierarchy: FrozenHierarchy;
  layout: RoundLayout;
  forms: FormBatch;
  leaders: number;
}

/** The same tenant as files: a people file and a responses file, for loading it into a database. */
export function largeRoundFiles(round: LargeRound): { people: string; responses: string } {
  const { personIds, manager } = round.hierarchy;
  const people = ['person_id,name,email,manager_id'];
  personIds.forEach((id, p) => people.push(`${id},Person ${p},${id.toLowerCase()}@kommune.example,${manager[p]! >= 0 ? personIds[manager[p]!] : ''}`));
  const { layout, forms } = round;
  const columns = layout.themes.flatMap((t) => t.items.map((item) => `${t.id}.${item}`));
  const responses = [`subject_id,rater_role,${columns.join(',')}`];
  const roles = ['employee', 'self', 'superior'];
  for (let f = 0; f < forms.count; f++) {
    const codes = Array.from(forms.answers.subarray(f * layout.itemCount, (f + 1) * layout.itemCount), (c) => (c === 0 ? '' : c === 6 ? 'dk' : String(c)));
    responses.push(`${personIds[forms.subject[f]!]},${roles[forms.role[f]!]},${codes.join(',')}`);
  }
  return { people: `${people.join('\n')}\n`, responses: `${responses.join('\n')}\n` };
}

/** The large round's themes with a real theme's full texts (so documents and PDFs have real length), renamed to its item ids. */
export function largeRoundThemes(round: LargeRound): AnyTheme[] {
  const base = findTheme('borgerorientering')!;
  return round.layout.themes.map((t) => ({ ...base, id: t.id, items: t.items.map((id, i) => ({ ...base.items[i % base.items.length]!, id })) }));
}

// Leaders per depth 0..7 at 40,000 persons: a director, six areas, then widening levels down to team leaders.
const LEADERS_PER_DEPTH = [1, 6, 24, 96, 300, 700, 1100, 1273];
const PERSONS = 40_000;

/** Leaders per depth for `persons`: one director, every other level scaled with the persons (at least one, so always 8 deep). */
function leadersPerDepth(persons: number): number[] {
  return LEADERS_PER_DEPTH.map((count, depth) => (depth === 0 ? 1 : Math.max(1, Math.round((count * persons) / PERSONS))));
}

/**
 * Builds the tenant: at 40,000 persons (DESIGN.md's large tenant) ~3,500 leaders 8 deep and
 * ~35,000 forms (420,000 answers); other person counts scale leaders and forms alike.
 */
export function largeRound(persons = PERSONS, seed = 20_26): LargeRound {
  const random = seededRandom(seed);
  const manager: number[] = [];
  const byDepth: number[][] = [];
  leadersPerDepth(persons).forEach((count, depth) => {
    byDepth[depth] = [];
    for (let i = 0; i < count; i++) {
      const above = byDepth[depth - 1];
      byDepth[depth]!.push(manager.push(above ? above[Math.floor(random() * above.length)]! : -1) - 1);
    }
  });
  const leaders = manager.length;
  // Everyone else is an employee of a random leader, weighted towards the front line.
  const frontLine = byDepth.slice(4).flat();
  for (let s = 0; s < leaders; s++) manager.push(s); // every leader has at least one report
  while (manager.length < persons) manager.push(random() < 0.85 ? frontLine[Math.floor(random() * frontLine.length)]! : Math.floor(random() * leaders));

  const layout = layoutRound(['borgerorientering', 'faglig-ledelse', 'trivsel'].map((id) => ({ id, items: ['a', 'b', 'c', 'd'] })));
  const builder = new FormBatchBuilder(layout.itemCount);
  const answers = new Uint8Array(layout.itemCount);
  const answer = () => {
    const r = random();
    return r < 0.04 ? 0 : r < 0.09 ? 6 : 1 + Math.min(4, Math.floor(random() * 3 + random() * 3));
  };
  const form = (subject: number, role: string) => {
    for (let i = 0; i < answers.length; i++) answers[i] = answer();
    builder.add(subject, roleIndex(role), answers);
  };
  for (let p = 1; p < manager.length; p++) if (random() < 0.74) form(manager[p]!, 'employee');
  for (let s = 0; s < leaders; s++) {
    if (random() < 0.85) form(s, 'self');
    if (manager[s]! >= 0 && random() < 0.75) form(s, 'superior');
  }
  const personIds = manager.map((_, p) => `P${String(p).padStart(5, '0')}`);
  return { hierarchy: { personIds, manager: Int32Array.from(manager) }, layout, forms: builder.build(), leaders };
}

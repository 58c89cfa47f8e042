import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildForest, closurePairs } from '../../src/hierarchy/forest.ts';
import { readPeopleFile } from '../../src/hierarchy/people-file.ts';
import { diffPeople, isEmptyDiff } from '../../src/hierarchy/people-diff.ts';
import { peopleToCsv } from '../../src/hierarchy/people-export.ts';
import type { PersonRecord } from '../../src/hierarchy/person.ts';
import { pathUp, randomForest } from './random-trees.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const strip = ({ personId, name, email, managerId, faggruppe, unitName }: PersonRecord): PersonRecord => ({ personId, name, email, managerId, faggruppe, unitName });

describe('people file properties', () => {
  it('reads back any valid tree it wrote, with either separator and with or without BOM (export → import → no changes)', async () => {
    await fc.assert(
      fc.asyncProperty(randomForest(), fc.constantFrom<',' | ';'>(',', ';'), fc.boolean(), async (people, separator, bom) => {
        const file = await readPeopleFile(bytes(peopleToCsv(people, { separator, bom })));
        expect(file.errors).toEqual([]);
        expect(file.people.map(strip)).toEqual(people);
        expect(isEmptyDiff(diffPeople(people, file.people))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects any cycle and names exactly the persons on it', async () => {
    await fc.assert(
      fc.asyncProperty(randomForest(), fc.nat(), fc.nat(), async (people, a, b) => {
        // Point some person's manager at someone in their own chain (or at themselves one level down).
        const candidates = people.filter((p) => people.some((q) => q.managerId === p.personId));
        fc.pre(candidates.length > 0);
        const top = candidates[a % candidates.length]!;
        const below = people.filter((q) => isBelow(people, q.personId, top.personId));
        const bottom = below[b % below.length]!;
        const cycle = pathUp(people, bottom.personId, top.personId);
        const broken = people.map((p) => (p.personId === top.personId ? { ...p, managerId: bottom.personId } : p));
        const file = await readPeopleFile(bytes(peopleToCsv(broken)));
        const cycleErrors = file.errors.filter((e) => e.message.includes('managers form a cycle'));
        expect(file.errors).toHaveLength(1);
        expect(cycleErrors).toHaveLength(1);
        const message = cycleErrors[0]!.message;
        const chain = message.slice(message.indexOf('above them: ') + 12, message.indexOf(' (→ reads'));
        const named = chain.split(' → ').map((person) => person.slice(0, person.indexOf(' (')));
        expect(named[0]).toBe(named.at(-1));
        expect(new Set(named)).toEqual(new Set(cycle));
      }),
      { numRuns: 150 },
    );
  });

  it('lays out a forest so every chain is a contiguous range and the closure matches walking up', () => {
    fc.assert(
      fc.property(randomForest(), (people) => {
        const forest = buildForest(people);
        const at = new Map(forest.ids.map((id, i) => [id, i]));
        const byId = new Map(people.map((p) => [p.personId, p]));
        const pairs = closurePairs(forest);
        let expected = 0;
        for (const p of people) {
          const path = pathUp(people, p.personId, topOf(byId, p.personId));
          expected += path.length;
          const i = at.get(p.personId)!;
          expect(forest.depth[i]).toBe(path.length - 1);
          for (const ancestor of path) {
            const k = at.get(ancestor)!;
            expect(k <= i && i <= forest.subtreeEnd[k]!).toBe(true);
          }
        }
        expect(pairs.ancestor.length).toBe(expected);
        for (let k = 0; k < pairs.ancestor.length; k++) {
          const [a, d] = [forest.ids[pairs.ancestor[k]!]!, forest.ids[pairs.descendant[k]!]!];
          expect(pathUp(people, d, a).length - 1).toBe(pairs.distance[k]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

function isBelow(people: readonly PersonRecord[], id: string, ancestor: string): boolean {
  const managerOf = new Map(people.map((p) => [p.personId, p.managerId]));
  for (let at = managerOf.get(id); at != null; at = managerOf.get(at)) if (at === ancestor) return true;
  return false;
}

function topOf(byId: Map<string, PersonRecord>, id: string): string {
  let at = byId.get(id)!;
  while (at.managerId !== null) at = byId.get(at.managerId)!;
  return at.personId;
}

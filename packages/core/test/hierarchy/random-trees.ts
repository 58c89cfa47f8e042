import fc from 'fast-check';
import { KNOWN_FAGGRUPPER } from '../../src/hierarchy/faggrupper.ts';
import type { PersonRecord } from '../../src/hierarchy/person.ts';

const word = fc.stringMatching(/^[A-Za-zÆØÅæøå][a-zæøåéü'-]{0,9}$/);
/** Names as HR systems hold them: words with æøå, sometimes with a separator or quote inside. */
const name = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ';', ',', '"'))
  .map(([words, mark]) => (mark ? `${words[0]}${mark} ${words.slice(1).join(' ') || 'Ø'}` : words.join(' ')));

/**
 * A random valid forest: person i's manager is an earlier person or nobody, so it is
 * acyclic by construction; the file order is then shuffled so managers may come later.
 */
export const randomForest = (max = 60): fc.Arbitrary<PersonRecord[]> =>
  fc.integer({ min: 1, max }).chain((n) =>
    fc
      .tuple(
        fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,7}$/), { minLength: n, maxLength: n }),
        fc.array(fc.tuple(fc.nat(99), fc.nat()), { minLength: n, maxLength: n }),
        fc.array(name, { minLength: n, maxLength: n }),
        fc.array(fc.option(fc.constantFrom(...KNOWN_FAGGRUPPER)), { minLength: n, maxLength: n }),
        fc.array(fc.option(fc.constantFrom('Ågade Skole', 'Børnehuset Mælkebøtten', 'Hjemmeplejen Nord; Øst', 'Rådhuset')), { minLength: n, maxLength: n }),
        fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      )
      .chain(([ids, picks, names, fag, units, hasEmail]) => {
        const people = ids.map((id, i): PersonRecord => {
          const [topRoll, pick] = picks[i]!;
          const managerIndex = i === 0 || topRoll < 8 ? -1 : pick % i;
          return {
            personId: id,
            name: names[i]!,
            email: hasEmail[i] ? `p${i}.${id.toLowerCase()}@kommune.dk` : null,
            managerId: managerIndex < 0 ? null : ids[managerIndex]!,
            faggruppe: fag[i]!,
            unitName: units[i]!,
          };
        });
        return fc.shuffledSubarray(people, { minLength: n, maxLength: n });
      }),
  );

/** The ids on the path from `from` up to and including `to`, following managers. */
export function pathUp(people: readonly PersonRecord[], from: string, to: string): string[] {
  const managerOf = new Map(people.map((p) => [p.personId, p.managerId]));
  const path = [from];
  for (let at: string | null | undefined = from; at !== to; ) {
    at = managerOf.get(at!);
    if (at == null) throw new Error(`${to} is not above ${from}`);
    path.push(at);
  }
  return path;
}

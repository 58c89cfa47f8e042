import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { readPeopleFile } from '../../src/hierarchy/people-file.ts';
import { buildForest } from '../../src/hierarchy/forest.ts';
import { DONT_KNOW } from '../../src/scoring/answer-codes.ts';
import { FormBatchBuilder, type FormBatch } from '../../src/scoring/form-batch.ts';
import { buildLeaderTree, type LeaderTree } from '../../src/scoring/leader-tree.ts';
import { roleIndex } from '../../src/scoring/rater-roles.ts';
import { layoutRound, type RoundLayout } from '../../src/scoring/round-layout.ts';

/** The Egeskov example round (16 people, 26 forms) as roll-up input, read with the real people reader. */
export interface SampleRound {
  tree: LeaderTree;
  layout: RoundLayout;
  forms: FormBatch;
  names: Map<string, { name: string; unitName: string | null }>;
}

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

/** Test-only reader of the responses file: `subject_id,rater_role,<theme>.<item>,…`; `subjectId` may rename its subjects. */
function readResponses(text: string, tree: LeaderTree, layout: RoundLayout, subjectId: (id: string) => string): FormBatch {
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const personIndex = new Map(tree.personIds.map((id, i) => [id, i]));
  const builder = new FormBatchBuilder(layout.itemCount);
  for (const row of data) {
    const codes = new Array<number>(layout.itemCount).fill(0);
    for (const [column, position] of layout.itemPosition) {
      const value = (row[column] ?? '').trim().toLowerCase();
      codes[position] = value === '' ? 0 : value === 'dk' || value === 'ved ikke' ? DONT_KNOW : Number(value);
    }
    builder.add(personIndex.get(subjectId(row.subject_id!))!, roleIndex(row.rater_role!), codes);
  }
  return builder.build();
}

/** Another people file for the same round, whose person ids `subjectId` maps the responses' subject ids to. */
export interface SampleVariant {
  peopleFile: Uint8Array;
  subjectId: (id: string) => string;
}

/** Loads the example people and responses files (or a variant of the people file). */
export async function loadSampleRound(variant?: SampleVariant): Promise<SampleRound> {
  const people = await readPeopleFile(variant?.peopleFile ?? fixture('egeskov-people.csv'));
  if (people.errors.length > 0) throw new Error(`sample people file: ${JSON.stringify(people.errors)}`);
  const forest = buildForest(people.people);
  const tree = buildLeaderTree({ personIds: forest.ids, manager: forest.parent });
  const layout = layoutRound([{ id: 'borgerorientering', items: ['kultur', 'balance', 'oplevet-kvalitet', 'vaerdi'] }]);
  const forms = readResponses(fixture('egeskov-responses.csv').toString('utf8'), tree, layout, variant?.subjectId ?? ((id) => id));
  const names = new Map(people.people.map((p) => [p.personId, { name: p.name, unitName: p.unitName }]));
  return { tree, layout, forms, names };
}

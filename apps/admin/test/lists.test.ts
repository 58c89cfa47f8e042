import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextTick, ref } from 'vue';
import type { ListColumn } from '../src/lists/list-column.ts';
import { possessive } from '../src/i18n/possessive.ts';
import { csvFileName, listCsv } from '../src/lists/list-csv.ts';
import { compareValues, nextSort, sortRows } from '../src/lists/list-order.ts';
import { useListView } from '../src/lists/use-list-view.ts';
import { isBelowThreshold, rateColumns, type LeaderRate } from '../src/pages/rounds/rate-columns.ts';

interface Person { name: string; unit: string | null; reports: number | null }
const PEOPLE: Person[] = [
  { name: 'Åse Nielsen', unit: 'Ågade Skole', reports: 4 },
  { name: 'Ole Kjærgaard', unit: 'Børn og Unge', reports: 12 },
  { name: 'Ærø Hansen', unit: null, reports: null },
  { name: 'Birgitte Ravn', unit: 'Direktionen', reports: 2 },
  { name: 'Øjvind Holm', unit: 'Børnehuset', reports: 2 },
];
const COLUMNS: ListColumn<Person>[] = [
  { key: 'name', label: 'Navn', value: (p) => p.name },
  { key: 'unit', label: 'Enhed', value: (p) => p.unit },
  { key: 'reports', label: 'Medarbejdere', value: (p) => p.reports },
  { key: 'links', label: 'Handlinger', value: () => null, sortable: false, csv: [] },
];
const names = (rows: readonly Person[]) => rows.map((p) => p.name);

/** Reads the CSV back the way Excel does: `;` between cells, `"` quoting with `""` for a quote. */
function parse(csv: string): string[][] {
  return csv.replace(/^\uFEFF/, '').replace(/\r\n$/, '').split('\r\n').map((line) => {
    const cells: string[] = [];
    for (let i = 0; i <= line.length; ) {
      if (line[i] === '"') {
        let value = '';
        let j = i + 1;
        for (; j < line.length; j++) {
          if (line[j] === '"' && line[j + 1] === '"') value += line[j++];
          else if (line[j] === '"') break;
          else value += line[j];
        }
        cells.push(value);
        i = j + 2;
      } else {
        const end = line.indexOf(';', i) < 0 ? line.length : line.indexOf(';', i);
        cells.push(line.slice(i, end));
        i = end + 1;
      }
    }
    return cells;
  });
}

describe('sorting a list', () => {
  it("orders text in the reader's language: Å after Z in Danish, beside A in English", () => {
    expect(compareValues('Åse', 'Zacharias', 'ascending', 'da')).toBeGreaterThan(0);
    expect(compareValues('Åse', 'Zacharias', 'ascending', 'en')).toBeLessThan(0);
    const rows = [{ name: 'Åse' }, { name: 'Bo' }];
    const byName: ListColumn<{ name: string }>[] = [{ key: 'name', label: 'Navn', value: (r) => r.name }];
    expect(sortRows(rows, byName, { key: 'name', direction: 'ascending' }, 'en').map((r) => r.name)).toEqual(['Åse', 'Bo']);
    expect(sortRows(rows, byName, { key: 'name', direction: 'ascending' }).map((r) => r.name)).toEqual(['Bo', 'Åse']);
  });

  it('sorts text in Danish order (Æ, Ø, Å last) and numbers as numbers, either way, blanks always last', () => {
    expect(names(sortRows(PEOPLE, COLUMNS, { key: 'name', direction: 'ascending' }))).toEqual(['Birgitte Ravn', 'Ole Kjærgaard', 'Ærø Hansen', 'Øjvind Holm', 'Åse Nielsen']);
    expect(names(sortRows(PEOPLE, COLUMNS, { key: 'reports', direction: 'descending' }))).toEqual(['Ole Kjærgaard', 'Åse Nielsen', 'Birgitte Ravn', 'Øjvind Holm', 'Ærø Hansen']);
    expect(names(sortRows(PEOPLE, COLUMNS, { key: 'unit', direction: 'descending' })).at(-1)).toBe('Ærø Hansen');
    expect(compareValues('1004', '999', 'ascending')).toBeGreaterThan(0);
  });

  it('keeps equal rows in their order, and leaves the list as given when unsorted or sorted by a column of actions', () => {
    expect(names(sortRows(PEOPLE, COLUMNS, { key: 'reports', direction: 'ascending' }))).toEqual(['Birgitte Ravn', 'Øjvind Holm', 'Åse Nielsen', 'Ole Kjærgaard', 'Ærø Hansen']);
    expect(sortRows(PEOPLE, COLUMNS, null)).toBe(PEOPLE);
    expect(sortRows(PEOPLE, COLUMNS, { key: 'links', direction: 'ascending' })).toBe(PEOPLE);
  });

  it('sorts ascending on the first click of a heading and turns round on the next', () => {
    expect(nextSort(null, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'unit')).toEqual({ key: 'unit', direction: 'ascending' });
  });

  it('returns the same rows, ordered, whatever the values (property)', () => {
    const value = fc.oneof(fc.constant(null), fc.integer({ min: -50, max: 50 }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), fc.constantFrom('ascending' as const, 'descending' as const), (values, direction) => {
        const rows = values.map((v, i) => ({ i, v }));
        const sorted = sortRows(rows, [{ key: 'v', label: 'v', value: (r) => r.v }], { key: 'v', direction });
        expect([...sorted].map((r) => r.i).sort((a, b) => a - b)).toEqual(rows.map((r) => r.i));
        for (let k = 1; k < sorted.length; k++) expect(compareValues(sorted[k - 1]!.v, sorted[k]!.v, direction)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('a list view', () => {
  it('searches every word in any text column, sorts, draws a page at a time and exports every match in the shown order', async () => {
    const rows = ref(PEOPLE);
    const view = useListView(() => rows.value, () => COLUMNS, { pageSize: 2 });
    expect(view.shown.value).toHaveLength(2);
    view.search.value = 'børn';
    expect(names(view.rows.value)).toEqual(['Ole Kjærgaard', 'Øjvind Holm']);
    view.search.value = 'BØRN holm';
    expect(names(view.rows.value)).toEqual(['Øjvind Holm']);
    view.search.value = '';
    view.toggleSort('name');
    view.toggleSort('name');
    expect(view.ariaSort('name')).toBe('descending');
    expect(view.ariaSort('unit')).toBeUndefined();
    view.showMore();
    expect(view.shown.value).toHaveLength(4);
    view.toggleSort('unit');
    await nextTick();
    expect(view.shown.value).toHaveLength(2);
    expect(parse(view.csv()).map((r) => r[0])).toEqual(['Navn', 'Ole Kjærgaard', 'Øjvind Holm', 'Birgitte Ravn', 'Åse Nielsen', 'Ærø Hansen']);
    view.resetSort();
    rows.value = [...PEOPLE, { name: 'Ny Person', unit: null, reports: null }];
    expect(view.total.value).toBe(6);
  });
});

describe('CSV of a list', () => {
  it('is for Danish Excel: BOM, ;, the columns’ own headings, decimal comma, formulas guarded, action columns left out', () => {
    const rows: Person[] = [{ name: '=HYPERLINK("x")', unit: 'Skole; Nord', reports: 2 }];
    const csv = listCsv([...COLUMNS, { key: 'rate', label: 'Svarprocent', value: () => 41.5 }], rows);
    expect(csv.startsWith('\uFEFF"Navn";"Enhed";"Medarbejdere";"Svarprocent"\r\n')).toBe(true);
    expect(parse(csv)[1]).toEqual(["'=HYPERLINK(\"x\")", 'Skole; Nord', '2', '41,5']);
  });

  it('quotes every text and guards a formula behind a `,` in any column, so Excel set to `,` finds none either', () => {
    const rows: Person[] = [{ name: 'Bo', unit: 'Hansen,=HYPERLINK(A1&B1),', reports: 2 }];
    const csv = listCsv(COLUMNS, rows);
    expect(csv.split('\r\n')[1]).toBe(`"Bo";"Hansen,'=HYPERLINK(A1&B1),";2`);
    expect(parse(csv)[1]).toEqual(['Bo', "Hansen,'=HYPERLINK(A1&B1),", '2']);
  });

  it('names the file in words without characters a file system refuses', () => {
    expect(csvFileName('Svarprocenter', 'Ledelsesevaluering 2026')).toBe('Svarprocenter – Ledelsesevaluering 2026.csv');
    expect(csvFileName('Udbakke', 'A/S: "Nord"')).toBe('Udbakke – A-S- -Nord-.csv');
  });
});

describe('response rates as a list', () => {
  const leader = (leaderId: string, employee: [number, number], chain: [number, number]): LeaderRate => ({
    leaderId, name: `Leder ${leaderId}`, managerId: null,
    direct: { employee: { finished: employee[0], total: employee[1] }, self: { finished: 1, total: 1 }, superior: { finished: 0, total: 1 }, peer: { finished: 0, total: 0 } },
    chain: { finished: chain[0], total: chain[1] },
  });
  const t = (key: string) => ({ 'rounds.progress.done': 'Besvaret', 'rounds.progress.notDone': 'Mangler', 'rounds.progress.none': '–' })[key] ?? key;

  it('filters to leaders whose employees answered below the threshold, leaving out those with no employees asked', () => {
    const leaders = [leader('1', [1, 4], [3, 9]), leader('2', [2, 4], [5, 9]), leader('3', [0, 0], [1, 1]), leader('4', [4, 4], [9, 9])];
    const below = (threshold: number) => leaders.filter((l) => isBelowThreshold(l, threshold)).map((l) => l.leaderId);
    expect(below(50)).toEqual(['1']);
    expect(below(51)).toEqual(['1', '2']);
    expect(below(0)).toEqual([]);
    // The page's filter counts against every row, like search: "6 of 58", not "6 in all".
    const view = useListView(() => leaders, () => rateColumns(t, false), { keep: () => (l) => isBelowThreshold(l, 50) });
    expect(view.rows.value.map((l) => l.leaderId)).toEqual(['1']);
    expect(view.total.value).toBe(4);
  });

  it('writes answered, asked and the rate with one decimal for employees and the whole chain, and no action column', () => {
    const csv = listCsv(rateColumns(t, true), [leader('1004', [2, 3], [5, 7])]);
    const [head, row] = parse(csv);
    expect(head).toEqual([
      'rounds.progress.leader', 'lists.rates.personId', 'lists.rates.employeesAnswered', 'lists.rates.employeesAsked', 'lists.rates.employeesRate',
      'rounds.progress.self', 'rounds.progress.superior', 'lists.rates.chainAnswered', 'lists.rates.chainAsked', 'lists.rates.chainRate',
    ]);
    expect(row).toEqual(['Leder 1004', '1004', '2', '3', '66,7', 'Besvaret', 'Mangler', '5', '7', '71,4']);
  });

  it('gives peers their own response rate, before the chain, when the round asks peers', () => {
    const withPeers = { ...leader('1004', [2, 3], [7, 10]), direct: { ...leader('1004', [2, 3], [7, 10]).direct, peer: { finished: 2, total: 3 } } };
    const [head, row] = parse(listCsv(rateColumns(t, false, true), [withPeers]));
    expect(head!.slice(7, 10)).toEqual(['lists.rates.peersAnswered', 'lists.rates.peersAsked', 'lists.rates.peersRate']);
    expect(row!.slice(7)).toEqual(['2', '3', '66,7', '7', '10', '70,0']);
  });
});

describe('a name as owner', () => {
  it('adds s in Danish, only an apostrophe after s, x or z, and ’s in English', () => {
    expect(possessive('Anne Lærkesen', 'da')).toBe('Anne Lærkesens');
    expect(possessive('Lars', 'da')).toBe("Lars'");
    expect(possessive('Felix', 'da')).toBe("Felix'");
    expect(possessive('Anne', 'en')).toBe('Anne’s');
  });
});

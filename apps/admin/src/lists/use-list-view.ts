import { computed, ref, watch, type Ref } from 'vue';
import type { ListColumn, ListSort } from './list-column.ts';
import { listCsv } from './list-csv.ts';
import { matchesWords, nextSort, searchText, searchWords, sortRows } from './list-order.ts';

/** How a list view starts. */
export interface ListViewOptions<Row> {
  /** Rows drawn at first and added by "show more"; all when not given (the CSV always holds every match). */
  pageSize?: number;
  /** A search text kept elsewhere (e.g. one the server searches by too); the view's own when not given. */
  search?: Ref<string>;
  /** The page's own filter (e.g. only low response rates), or null for none; counted like search, against every row. */
  keep?: () => ((row: Row) => boolean) | null;
  /** The reader's language, which orders text (Danish when not given). */
  locale?: () => string;
}

/**
 * Search, sort and CSV export for one long list the console holds: the rows that match every
 * search word, in the order of the chosen column, the first `pageSize` of them drawn, and all of
 * them — what the reader sees after filtering — as CSV. Search texts are read once per row.
 */
export function useListView<Row>(source: () => readonly Row[], columns: () => readonly ListColumn<Row>[], options: ListViewOptions<Row> = {}) {
  const search = options.search ?? ref('');
  const sort = ref<ListSort | null>(null);
  const pageSize = options.pageSize ?? Number.POSITIVE_INFINITY;
  const limit = ref(pageSize);

  const texts = computed(() => {
    const cols = columns();
    return source().map((row) => searchText(row, cols));
  });
  const matching = computed(() => {
    const words = searchWords(search.value);
    const keep = options.keep?.() ?? null;
    const rows = source();
    if (!words.length && !keep) return rows;
    return rows.filter((row, i) => (!keep || keep(row)) && matchesWords(texts.value[i] ?? '', words));
  });
  const rows = computed(() => sortRows(matching.value, columns(), sort.value, options.locale?.() ?? 'da'));
  const shown = computed(() => rows.value.slice(0, limit.value));
  watch([search, sort], () => (limit.value = pageSize));

  return {
    columns: computed(columns),
    search,
    sort,
    /** Every row that matches, in order. */
    rows,
    /** The rows drawn. */
    shown,
    total: computed(() => source().length),
    toggleSort: (key: string) => (sort.value = nextSort(sort.value, key)),
    /** Back to the order the rows came in (the hierarchy's, the newest first …). */
    resetSort: () => (sort.value = null),
    /** The heading's aria-sort: only on the sorted column. */
    ariaSort: (key: string) => (sort.value?.key === key ? sort.value.direction : undefined),
    /** How many more "show more" would draw. */
    pageSize,
    showMore: () => (limit.value += pageSize),
    csv: () => listCsv(columns(), rows.value),
  };
}

/** What {@link useListView} returns. */
export type ListView<Row> = ReturnType<typeof useListView<Row>>;

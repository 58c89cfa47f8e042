import type { trpc } from '../../api/trpc.ts';
import type { ListColumn } from '../../lists/list-column.ts';

/** A leader of a closed round as the results page lists them. */
export type ResultLeader = Awaited<ReturnType<typeof trpc.reports.results.query>>['leaders'][number];

type T = (key: string) => string;

/** The results page's leader list: name, number, unit, level, and the links (in the CSV: whether they have a report of their own). */
export function leaderColumns(t: T): ListColumn<ResultLeader>[] {
  return [
    { key: 'name', label: t('lists.leaders.name'), value: (l) => l.name },
    { key: 'personId', label: t('lists.leaders.personId'), value: (l) => l.personId },
    { key: 'unit', label: t('lists.leaders.unit'), value: (l) => l.unitName },
    { key: 'level', label: t('lists.leaders.level'), value: (l) => l.depth + 1 },
    {
      key: 'reports',
      label: t('lists.leaders.reports'),
      value: () => null,
      sortable: false,
      csv: [{ label: t('lists.leaders.evaluated'), value: (l) => t(l.evaluated ? 'lists.yes' : 'lists.no') }],
    },
  ];
}

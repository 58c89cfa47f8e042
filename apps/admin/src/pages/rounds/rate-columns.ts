import type { ListColumn } from '../../lists/list-column.ts';
import type { ProgressView } from './round-queries.ts';

/** One leader's row of the response rates. */
export type LeaderRate = ProgressView['rates']['leaders'][number];
type Rate = LeaderRate['chain'];

type T = (key: string) => string;

/** A rate in per cent, or null where nobody was asked. */
export function ratePercent(rate: Rate): number | null {
  return rate.total === 0 ? null : (100 * rate.finished) / rate.total;
}

/** Whether a leader's employees answered below `threshold` per cent (false where no employee was asked). */
export function isBelowThreshold(leader: LeaderRate, threshold: number): boolean {
  const pct = ratePercent(leader.direct.employee);
  return pct !== null && pct < threshold;
}

/** "Besvaret", "Mangler" or a dash, for the leader's own and the superior's form. */
export function formMark(t: T, rate: Rate): string {
  return rate.total === 0 ? t('rounds.progress.none') : rate.finished === rate.total ? t('rounds.progress.done') : t('rounds.progress.notDone');
}

/** A rate's three CSV columns: answered, asked, and the rate with one decimal. */
function rateCsv(labels: [string, string, string], pick: (l: LeaderRate) => Rate): NonNullable<ListColumn<LeaderRate>['csv']> {
  return [
    { label: labels[0], value: (l) => pick(l).finished },
    { label: labels[1], value: (l) => pick(l).total },
    { label: labels[2], value: (l) => {
      const pct = ratePercent(pick(l));
      return pct === null ? null : { value: pct, decimals: 1 };
    } },
  ];
}

/** The response-rate list: leader, number, employees, self, superior, peers (when the round asks any), whole chain (sorted by rate), and a column of actions when reminding is possible. */
export function rateColumns(t: T, withActions: boolean, withPeers = false): ListColumn<LeaderRate>[] {
  const columns: ListColumn<LeaderRate>[] = [
    { key: 'name', label: t('rounds.progress.leader'), value: (l) => l.name },
    { key: 'leaderId', label: t('lists.rates.personId'), value: (l) => l.leaderId },
    {
      key: 'employees', label: t('rounds.progress.employees'), value: (l) => ratePercent(l.direct.employee),
      csv: rateCsv([t('lists.rates.employeesAnswered'), t('lists.rates.employeesAsked'), t('lists.rates.employeesRate')], (l) => l.direct.employee),
    },
    { key: 'self', label: t('rounds.progress.self'), value: (l) => formMark(t, l.direct.self), searchable: false },
    { key: 'superior', label: t('rounds.progress.superior'), value: (l) => formMark(t, l.direct.superior), searchable: false },
    {
      key: 'chain', label: t('rounds.progress.chain'), value: (l) => ratePercent(l.chain),
      csv: rateCsv([t('lists.rates.chainAnswered'), t('lists.rates.chainAsked'), t('lists.rates.chainRate')], (l) => l.chain),
    },
  ];
  if (withPeers) {
    columns.splice(columns.findIndex((c) => c.key === 'chain'), 0, {
      key: 'peers', label: t('rounds.progress.peers'), value: (l) => ratePercent(l.direct.peer),
      csv: rateCsv([t('lists.rates.peersAnswered'), t('lists.rates.peersAsked'), t('lists.rates.peersRate')], (l) => l.direct.peer),
    });
  }
  if (withActions) columns.push({ key: 'actions', label: t('lists.actions'), value: () => null, sortable: false, csv: [] });
  return columns;
}

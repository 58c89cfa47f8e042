export { computeRollup } from './compute-rollup.ts';
export { loadRoundRollup, loadInvitations, type RoundRollup } from './round-rollup.ts';
export { rollupCsv, rollupCsvExcel, rollupJson } from './export-format.ts';
export { ROLLUP_COLUMNS, rollupRows, visitRollupRows, type RollupRow } from './export-rows.ts';

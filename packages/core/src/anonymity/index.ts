export { GROUP_STATUS, CELL_STATUS, type GroupStatus, type CellStatus } from './statuses.ts';
export { groupFigures, itemCell, themeCell, type FilteredRollup, type Cell } from './filtered-rollup.ts';

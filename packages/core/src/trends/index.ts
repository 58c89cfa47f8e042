export { trendPoints, type RoundFigure } from './trend-rule.ts';
export { unitPredecessor, type SnapshotUnit, type UnitMapping, type Predecessor } from './unit-predecessor.ts';
export { MAX_EARLIER_ROUNDS, type EarlierRound, type TrendSource } from './earlier-round.ts';
export { buildTrendView } from './trend-view.ts';
export { loadTrendSource } from './trend-source.ts';
export { unitMappingOverview, setUnitMappings, MAX_MAPPINGS, type UnitMappingOverview, type UnitRow, type EarlierUnits } from './unit-mappings.ts';

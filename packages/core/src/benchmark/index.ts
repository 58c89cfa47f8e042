export { sectorBenchmark, type SectorBenchmark } from './sector-benchmark.ts';
export { sectorOverview, type SectorOverview, type SectorTenant, type SectorTheme, type SectorRow, type SectorFigure } from './sector-overview.ts';
export { organisationScores, type OrganisationScores } from './organisation-scores.ts';
export { BENCHMARK_MIN_TENANTS } from './sector-pooling.ts';

export { ROLLUP_ROLES, ROLE_COUNT, roleIndex, isAnonymousRole, type RollupRole } from './rater-roles.ts';
export { BLANK, DONT_KNOW, ANSWER_CODES, isScored } from './answer-codes.ts';
export { layoutRound, type RoundLayout, type ThemeItems } from './round-layout.ts';
export { buildLeaderTree, type FrozenHierarchy, type LeaderTree } from './leader-tree.ts';
export { comparePersonIds } from './person-order.ts';
export { FormBatchBuilder, type FormBatch } from './form-batch.ts';
export { groupCount, directGroup, chainGroup, tenantGroup, describeGroup, type GroupScope } from './groups.ts';
export { sampleSd, scoreIndex, readGap, GAP_THRESHOLD, type GapReading, type ItemStatistics, type ThemeStatistics } from './statistics.ts';

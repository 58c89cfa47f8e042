export { readSafetyNetPair, SAFETYNET_MAPPING, type SafetyNetPair, type PairOptions } from './safetynet-pair.ts';

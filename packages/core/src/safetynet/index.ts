export { readSafetyNetPair, SAFETYNET_MAPPING, type SafetyNetPair, type PairOptions } from './safetynet-pair.ts';
export { fetchSafetyNetPair, type SftpLocation } from './sftp-fetch.ts';
export { safetyNetSettings, saveSafetyNetSettings, safetyNetSettingsSchema, type SafetyNetSettingsInput, type SafetyNetSettingsView } from './sync-settings.ts';
export { runSafetyNetSync, runSyncInTransaction, type SyncOutcome, type SyncServices } from './sync-run.ts';
export { approveHeldSync, discardHeldSync } from './sync-decide.ts';
export { listSyncs, type SyncRecord } from './sync-list.ts';
export { runSafetyNetJobs, startSafetyNetWorker, type SyncJobOptions } from './sync-schedule.ts';
export { HOLD_LEFT_SHARE, HOLD_RENUMBERED_SHARE } from './sync-hold.ts';

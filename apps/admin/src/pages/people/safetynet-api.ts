import { trpc } from '../../api/trpc.ts';

/** The saved SFTP location, without its key. */
export type SafetyNetSettings = NonNullable<Awaited<ReturnType<typeof trpc.safetyNet.settings.query>>>;
/** One fetch of the HR system's files. */
export type SyncRecord = Awaited<ReturnType<typeof trpc.safetyNet.syncs.query>>[number];

/** vue-query keys of the SafetyNet page. */
export const safetyNetKeys = {
  settings: (tenantId: string) => ['safetynet', tenantId, 'settings'] as const,
  syncs: (tenantId: string) => ['safetynet', tenantId, 'syncs'] as const,
};

import { currentTenant, sql, type TenantTx } from '@spejl/db';
import { z } from 'zod';
import { codedError } from '../errors/spejl-error.ts';
import type { SftpLocation } from './sftp-fetch.ts';

const path = z.string().trim().min(1).max(500).regex(/^[^\0\r\n]+$/);

/**
 * What an admin saves: where the pair lies and when to fetch it. The private key may be left out
 * to keep the saved one; it is never sent back.
 */
export const safetyNetSettingsSchema = z.object({
  host: z.string().trim().min(1).max(253).regex(/^[A-Za-z0-9.:[\]-]+$/),
  port: z.number().int().min(1).max(65535).default(22),
  username: z.string().trim().min(1).max(100),
  privateKey: z.string().trim().min(1).max(20000).regex(/-----BEGIN [A-Z ]*PRIVATE KEY-----/).optional(),
  unitsPath: path,
  employeesPath: path,
  runAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  enabled: z.boolean().default(true),
});

/** Settings as an admin saves them. */
export type SafetyNetSettingsInput = z.input<typeof safetyNetSettingsSchema>;

/** The saved settings as a client sees them: everything but the private key, which is only said to exist. */
export interface SafetyNetSettingsView {
  host: string;
  port: number;
  username: string;
  hasKey: true;
  unitsPath: string;
  employeesPath: string;
  runAt: string;
  enabled: boolean;
  updatedAt: Date;
}

/** The saved settings with the key, for the fetch alone. */
export interface SafetyNetConfig extends SftpLocation {
  runAt: string;
  enabled: boolean;
}

/** The tenant's SFTP location with its private key, or null when none is saved. For the fetch only. */
export async function safetyNetConfig(tx: TenantTx): Promise<SafetyNetConfig | null> {
  const r = await tx.selectFrom('safetynet_settings').selectAll().executeTakeFirst();
  return r ? { host: r.host, port: r.port, username: r.username, privateKey: r.private_key, unitsPath: r.units_path, employeesPath: r.employees_path, runAt: r.run_at, enabled: r.enabled } : null;
}

/** The saved settings without the private key, or null. */
export async function safetyNetSettings(tx: TenantTx): Promise<SafetyNetSettingsView | null> {
  const r = await tx
    .selectFrom('safetynet_settings')
    .select(['host', 'port', 'username', 'units_path', 'employees_path', 'run_at', 'enabled', 'updated_at'])
    .executeTakeFirst();
  return r ? { host: r.host, port: r.port, username: r.username, hasKey: true, unitsPath: r.units_path, employeesPath: r.employees_path, runAt: r.run_at, enabled: r.enabled, updatedAt: r.updated_at } : null;
}

/**
 * Saves the settings; without a new key the saved one stays (the first save needs one). Returns what
 * changed, for the audit log (the key only as changed or not, never its text).
 */
export async function saveSafetyNetSettings(tx: TenantTx, input: SafetyNetSettingsInput): Promise<{ keyChanged: boolean; fields: string[] }> {
  const s = safetyNetSettingsSchema.parse(input);
  const before = await safetyNetConfig(tx);
  const key = s.privateKey ?? before?.privateKey;
  if (key === undefined) throw codedError('BAD_INPUT', 'safetynet.keyRequired', {});
  const now = new Date();
  await sql`insert into safetynet_settings (tenant_id, host, port, username, private_key, units_path, employees_path, run_at, enabled, updated_at)
    values (${currentTenant(tx)}, ${s.host}, ${s.port}, ${s.username}, ${key}, ${s.unitsPath}, ${s.employeesPath}, ${s.runAt}, ${s.enabled}, ${now})
    on conflict (tenant_id) do update set host = excluded.host, port = excluded.port, username = excluded.username, private_key = excluded.private_key,
      units_path = excluded.units_path, employees_path = excluded.employees_path, run_at = excluded.run_at, enabled = excluded.enabled, updated_at = excluded.updated_at`.execute(tx);
  const fields = (['host', 'port', 'username', 'unitsPath', 'employeesPath', 'runAt', 'enabled'] as const).filter((f) => before?.[f] !== s[f]);
  return { keyChanged: before?.privateKey !== key, fields };
}

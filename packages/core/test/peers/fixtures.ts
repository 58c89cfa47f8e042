import type { TenantTx } from '@spejl/db';
import type { RoundTheme, SnapshotPerson } from '../../src/rounds/index.ts';
import { THEME } from '../rounds/fixtures.ts';

/** A theme worded for peers as well: what peers answer (shaped like plugins/theme-samarbejde). */
export const PEER_THEME: RoundTheme & Record<string, unknown> = {
  ...THEME,
  id: 'samarbejde',
  roles: ['self', 'superior', 'peer'],
  intro: { self: { da: 'Om dig.', en: 'About you.' }, superior: { da: 'Om lederen.', en: 'About the leader.' }, peer: { da: 'Om din kollega.', en: 'About your colleague.' } },
  items: ['deler-viden', 'holder-aftaler'].map((id) => ({
    id,
    label: { da: id, en: id },
    text: { self: { da: `Jeg ${id}`, en: `I ${id}` }, superior: { da: `Lederen ${id}`, en: `The leader ${id}` }, peer: { da: `Lederen ${id}`, en: `The leader ${id}` } },
  })),
  framing: undefined,
};

/** Writes people as the live hierarchy of the transaction's tenant. */
export async function storePeople(tx: TenantTx, tenantId: string, people: readonly SnapshotPerson[]): Promise<void> {
  await tx.insertInto('people').values(people.map((p) => ({
    tenant_id: tenantId, person_id: p.personId, name: p.name, email: p.email, manager_id: p.managerId, faggruppe: p.faggruppe, unit_name: null, search_key: p.name.toLowerCase(),
  }))).execute();
}

/** A peers file as bytes: lines joined with CRLF, as Excel writes them. */
export function peersFile(...lines: string[]): Uint8Array {
  return new TextEncoder().encode(lines.join('\r\n'));
}

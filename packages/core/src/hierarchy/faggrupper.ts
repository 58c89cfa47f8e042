import type { TenantTx } from '@spejl/db';

/**
 * Faggrupper the theme framings know examples for. A person with another faggruppe
 * is imported all the same (a warning, not an error) and gets the general examples.
 */
export const KNOWN_FAGGRUPPER: readonly string[] = [
  'administration',
  'dagplejer',
  'ergoterapeut',
  'fysioterapeut',
  'håndværker',
  'ingeniør',
  'jurist',
  'kok',
  'lærer',
  'pædagog',
  'pædagogmedhjælper',
  'rengøring',
  'socialrådgiver',
  'SOSU-assistent',
  'SOSU-hjælper',
  'sygeplejerske',
  'teknisk service',
];

// The same key framing resolution matches faggrupper by: case and extra spaces do not matter.
function keyOf(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

/** Looks up faggrupper case-insensitively and returns their canonical spelling. */
export class FaggruppeCatalog {
  private readonly byKey: Map<string, string>;

  constructor(known: readonly string[] = KNOWN_FAGGRUPPER) {
    this.byKey = new Map();
    for (const f of known) if (!this.byKey.has(keyOf(f))) this.byKey.set(keyOf(f), f.trim());
  }

  /** The canonical spelling, or undefined when the faggruppe is not known. */
  canonical(value: string): string | undefined {
    return this.byKey.get(keyOf(value));
  }

  /** Every known faggruppe, for messages and pickers. */
  list(): string[] {
    return [...this.byKey.values()];
  }
}

/** The faggrupper a tenant's import recognises: the standard ones plus those its framing gives examples for. */
export async function tenantFaggrupper(tx: TenantTx): Promise<FaggruppeCatalog> {
  const row = await tx.selectFrom('tenant_framing').select('faggruppe_examples').executeTakeFirst();
  const framed = (row?.faggruppe_examples ?? []).map((r) => r.faggruppe).filter((f) => typeof f === 'string' && f.trim() !== '');
  return new FaggruppeCatalog([...KNOWN_FAGGRUPPER, ...framed]);
}

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

/** Looks up faggrupper case-insensitively and returns their canonical spelling. */
export class FaggruppeCatalog {
  private readonly byKey: Map<string, string>;

  constructor(known: readonly string[] = KNOWN_FAGGRUPPER) {
    this.byKey = new Map(known.map((f) => [f.toLocaleLowerCase('da'), f]));
  }

  /** The canonical spelling, or undefined when the faggruppe is not known. */
  canonical(value: string): string | undefined {
    return this.byKey.get(value.trim().toLocaleLowerCase('da'));
  }

  /** Every known faggruppe, for messages and pickers. */
  list(): string[] {
    return [...this.byKey.values()];
  }
}

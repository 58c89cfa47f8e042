/**
 * The organisation a link's `?tenant=` asks the console to open in (a test invitation's preview
 * link), when it is another one than the current and one the person may work in; null otherwise,
 * and the console stays where it is.
 */
export function tenantSwitchFromLink(linked: unknown, currentId: string | null, choices: readonly { id: string }[]): string | null {
  if (typeof linked !== 'string' || linked === currentId) return null;
  return choices.some((c) => c.id === linked) ? linked : null;
}

/** What the console says after a link switched the organisation: where it works now and where it worked before. */
export interface LinkedSwitch {
  name: string;
  previous: string | null;
}

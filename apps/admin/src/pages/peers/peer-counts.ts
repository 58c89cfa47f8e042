/** A translate function as vue-i18n gives it: key, named values, plural choice. */
type Translate = (key: string, named: Record<string, unknown>, plural: number) => string;

/** What an accepted peers file did, with both counts in the right number: "3 sideordnede ledere for 1 leder er importeret." */
export function peersImportedText(t: Translate, pairs: number, subjects: number): string {
  return t('peers.done', { pairs: t('peers.pairCount', { n: pairs }, pairs), subjects: t('peers.subjectCount', { n: subjects }, subjects) }, pairs);
}

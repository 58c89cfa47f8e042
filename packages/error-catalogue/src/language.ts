/** The languages every coded error is said in: Danish first, English second. */
export const LANGUAGES = ['da', 'en'] as const;
/** One of those languages. */
export type Language = (typeof LANGUAGES)[number];

/** Reading and exporting the audit log: the console's filters and `spejl audit export`. */
export const auditTexts = {
  'audit.periodReversed': {
    en: 'the period ends ({to}) before it starts ({from})',
    da: 'Perioden slutter ({to}), før den begynder ({from}).',
  },
  'audit.badDate': {
    en: '"{value}" is not a date; write it as YYYY-MM-DD',
    da: '"{value}" er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD.',
  },
} as const;

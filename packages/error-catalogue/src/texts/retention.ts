/** Retention and erasure of personal data: `spejl retention apply`, `spejl person erase|export` and the console's equivalents. */
export const retentionTexts = {
  'retention.badDate': {
    en: '"{value}" is not a date; write it as YYYY-MM-DD',
    da: '"{value}" er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD.',
  },
  'retention.personNotFound': {
    en: 'No one with employee no. "{personId}" is stored in this organisation.',
    da: 'Der er ikke gemt nogen med medarbejdernr. "{personId}" i denne organisation.',
  },
  'retention.personHasReports': {
    en: '{name} still has people reporting to them. Move them to another manager first, then erase {name}.',
    da: '{name} har stadig medarbejdere under sig. Flyt dem til en anden leder først, og slet så {name}.',
  },
  'retention.confirm': {
    en: 'Type the employee no. "{personId}" to confirm the erasure.',
    da: 'Skriv medarbejdernr. "{personId}" for at bekræfte sletningen.',
  },
} as const;

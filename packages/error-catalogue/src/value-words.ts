import type { Language } from './language.ts';

type Words = Record<string, Record<Language, string>>;

/**
 * Values that are words of the system (a round's status, a member's role, a request's field, a
 * round's kind of mail and the language it is written in), said in the reader's language wherever
 * a message names them under these parameter names.
 */
export const VALUE_WORDS: Record<'status' | 'role' | 'field' | 'mail' | 'lang' | 'file', Words> = {
  status: {
    draft: { en: 'a draft', da: 'en kladde' },
    open: { en: 'open', da: 'åben' },
    closed: { en: 'closed', da: 'lukket' },
    archived: { en: 'archived', da: 'arkiveret' },
    queued: { en: 'waiting', da: 'i kø' },
    running: { en: 'running', da: 'i gang' },
    failed: { en: 'failed', da: 'fejlet' },
    done: { en: 'done', da: 'færdigt' },
    pending: { en: 'pending', da: 'afventende' },
    approved: { en: 'approved', da: 'godkendt' },
    rejected: { en: 'rejected', da: 'afvist' },
  },
  role: {
    operator: { en: 'operator', da: 'operatør' },
    admin: { en: 'admin', da: 'administrator' },
    analyst: { en: 'analyst', da: 'analytiker' },
    leader: { en: 'leader', da: 'leder' },
  },
  field: {
    name: { en: 'The name', da: 'Navnet' },
    email: { en: 'The e-mail address', da: 'E-mailadressen' },
    password: { en: 'The password', da: 'Adgangskoden' },
    personId: { en: 'The employee no.', da: 'Medarbejdernummeret' },
    managerId: { en: 'The manager', da: 'Lederen' },
    role: { en: 'The role', da: 'Rollen' },
    slug: { en: 'The short name', da: 'Kortnavnet' },
    contentBase64: { en: 'The file', da: 'Filen' },
    fileName: { en: 'The file name', da: 'Filnavnet' },
    faggruppe: { en: 'The faggruppe', da: 'Faggruppen' },
    unitName: { en: 'The unit', da: 'Enheden' },
    title: { en: 'The title', da: 'Titlen' },
    closesAt: { en: 'The closing date', da: 'Slutdatoen' },
    opensAt: { en: 'The opening date', da: 'Startdatoen' },
    threshold: { en: 'The anonymity threshold', da: 'Anonymitetsgrænsen' },
    primaryColor: { en: 'The colour', da: 'Farven' },
    logoDataUrl: { en: 'The logo', da: 'Logoet' },
    locale: { en: 'The language', da: 'Sproget' },
    sector: { en: 'The sector', da: 'Sektoren' },
    timeZone: { en: 'The time zone', da: 'Tidszonen' },
    text: { en: 'The text', da: 'Teksten' },
    defaultExample: { en: 'The example', da: 'Eksemplet' },
    intro: { en: 'The introduction', da: 'Introduktionen' },
    leaderId: { en: 'The leader', da: 'Lederen' },
    roundId: { en: 'The round', da: 'Målingen' },
    subject: { en: 'The subject', da: 'Emnet' },
    body: { en: 'The text', da: 'Teksten' },
    agreements: { en: 'The agreements', da: 'Aftalerne' },
    date: { en: 'The date', da: 'Datoen' },
    startTime: { en: 'The start time', da: 'Starttidspunktet' },
    model: { en: 'The meeting model', da: 'Mødemodellen' },
    themeIds: { en: 'The themes', da: 'Temaerne' },
    description: { en: 'The description', da: 'Beskrivelsen' },
    url: { en: 'The link', da: 'Linket' },
    did: { en: 'What you did', da: 'Hvad du gjorde' },
    worked: { en: 'What worked', da: 'Hvad der virkede' },
    wish: { en: 'What you would ask for', da: 'Hvad du ville ønske dig' },
    followUpMonths: { en: 'The months until follow-up', da: 'Antal måneder til opfølgning' },
    followUpOn: { en: 'The follow-up date', da: 'Opfølgningsdatoen' },
    value: { en: 'The value', da: 'Værdien' },
    levels: { en: 'The levels', da: 'Niveauerne' },
    talkAt: { en: 'The time of the talk', da: 'Tidspunktet for samtalen' },
    dueOn: { en: 'The date', da: 'Datoen' },
    actions: { en: 'The actions', da: 'Handlingerne' },
    readingNotes: { en: 'The notes', da: 'Noterne' },
    focusPoints: { en: 'The focus points', da: 'Fokuspunkterne' },
    pairs: { en: 'The units', da: 'Enhederne' },
    issuer: { en: 'The issuer', da: 'Udstederen (issuer)' },
    clientId: { en: 'The client ID', da: 'Klient-id’et' },
    clientSecret: { en: 'The client secret', da: 'Klienthemmeligheden' },
    emailClaim: { en: 'The e-mail claim', da: 'Claim med e-mailadressen' },
    allowedDomains: { en: 'The allowed e-mail domains', da: 'De tilladte e-maildomæner' },
  },
  mail: {
    invitation: { en: 'invitation', da: 'invitationen' },
    reminder: { en: 'reminder', da: 'påmindelsen' },
  },
  lang: {
    da: { en: 'Danish', da: 'dansk' },
    en: { en: 'English', da: 'engelsk' },
  },
  // Which file of the SafetyNet pair; a file's own name (`{file}` elsewhere) passes through as written.
  file: {
    'unit file': { en: 'unit file', da: 'Enhedsfilen' },
    'employee file': { en: 'employee file', da: 'Medarbejderfilen' },
  },
};

/** What an unknown field is called: never its path. */
export const SOME_FIELD: Record<Language, string> = { en: 'A field', da: 'Et felt' };

/** A parameter's value in the reader's language when it is a word of the system, else as given. */
export function valueInWords(name: string, value: string, language: Language): string {
  const words = (VALUE_WORDS as Record<string, Words | undefined>)[name];
  if (!words) return value;
  if (name === 'field') {
    // A path (`items.2.text.employee.da`) is named by its innermost part the catalogue knows (`text`).
    const known = value.split('.').reverse().find((part) => words[part] !== undefined);
    return known ? words[known]![language] : SOME_FIELD[language];
  }
  return words[value]?.[language] ?? value;
}

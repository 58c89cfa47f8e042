/** What a printed letter says, in the respondent's language (Danish or English). */
export interface LetterTexts {
  invitationTitle: (round: string) => string;
  reminderTitle: (round: string) => string;
  greeting: (name: string) => string;
  invitationBody: string;
  reminderBody: string;
  closes: (date: string) => string;
  scan: string;
  orType: (address: string) => string;
  codeLabel: string;
  anonymity: string;
  personal: string;
}

const da: LetterTexts = {
  invitationTitle: (round) => `Invitation: ${round}`,
  reminderTitle: (round) => `Påmindelse: ${round}`,
  greeting: (name) => `Kære ${name}`,
  invitationBody: 'Du er inviteret til at svare på en ledelsesevaluering. Det tager omkring ti minutter, og du kan svare på din telefon, en computer eller en fælles tablet på arbejdspladsen.',
  reminderBody: 'Vi mangler stadig dine svar i ledelsesevalueringen. Det tager omkring ti minutter, og du kan svare på din telefon, en computer eller en fælles tablet på arbejdspladsen.',
  closes: (date) => `Du kan svare til og med ${date}.`,
  scan: 'Scan QR-koden med kameraet på din telefon:',
  orType: (address) => `Eller gå til ${address} og skriv din kode:`,
  codeLabel: 'Din personlige kode',
  anonymity: 'Dine svar er anonyme: ingen, heller ikke den der har udskrevet dette brev, kan se hvad du har svaret. Resultater vises kun for grupper med nok besvarelser.',
  personal: 'Koden er personlig. Giv den ikke videre. Hvis du får et nyt brev, virker koden i dette brev ikke længere.',
};

const en: LetterTexts = {
  invitationTitle: (round) => `Invitation: ${round}`,
  reminderTitle: (round) => `Reminder: ${round}`,
  greeting: (name) => `Dear ${name}`,
  invitationBody: 'You are invited to answer a leadership evaluation. It takes about ten minutes, and you can answer on your phone, a computer or a shared tablet at work.',
  reminderBody: 'We are still missing your answers to the leadership evaluation. It takes about ten minutes, and you can answer on your phone, a computer or a shared tablet at work.',
  closes: (date) => `You can answer until and including ${date}.`,
  scan: 'Scan the QR code with your phone\'s camera:',
  orType: (address) => `Or go to ${address} and type your code:`,
  codeLabel: 'Your personal code',
  anonymity: 'Your answers are anonymous: nobody, not even whoever printed this letter, can see what you answered. Results are shown only for groups with enough answers.',
  personal: 'The code is personal. Do not pass it on. If you get a new letter, the code in this one no longer works.',
};

/** The letter's texts in `locale`. */
export function letterTexts(locale: 'da' | 'en'): LetterTexts {
  return locale === 'en' ? en : da;
}

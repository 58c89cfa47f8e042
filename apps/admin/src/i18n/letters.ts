/** Texts of printed letters for respondents without e-mail (issue 17). */
const da = {
  heading: 'Breve til dem uden e-mail',
  intro: 'Respondenter uden e-mailadresse kan få et brev med en personlig kode og en QR-kode. De kan svare på deres telefon, en computer eller en fælles tablet på arbejdspladsen ({kiosk}).',
  withoutEmail: 'Ingen respondenter mangler en e-mailadresse. | 1 respondent har ingen e-mailadresse. | {n} respondenter har ingen e-mailadresse.',
  printed: '{n} har fået et brev.',
  whom: 'Hvem',
  whomNoEmail: 'Alle uden e-mailadresse',
  whomChosen: 'Udvalgte personer',
  choose: 'Vælg personer',
  reminder: 'Kun dem, der ikke er færdige (påmindelse)',
  print: 'Udskriv breve (PDF)',
  printing: 'Laver breve …',
  done: 'Brevene er hentet: {n} breve.',
  warning: 'Hvert brev får en ny kode. Koder i breve, du har udskrevet før til de samme personer, holder op med at virke. PDF-filen gemmes ikke i Spejl: gem den ikke længere end til brevene er printet.',
  anonymity: 'Koden åbner spørgeskemaet, men ingen – heller ikke du – kan se svarene bagefter.',
};

const en: typeof da = {
  heading: 'Letters for those without e-mail',
  intro: 'Respondents without an e-mail address can get a letter with a personal code and a QR code. They can answer on their phone, a computer or a shared tablet at work ({kiosk}).',
  withoutEmail: 'No respondent lacks an e-mail address. | 1 respondent has no e-mail address. | {n} respondents have no e-mail address.',
  printed: '{n} have been given a letter.',
  whom: 'Whom',
  whomNoEmail: 'Everyone without an e-mail address',
  whomChosen: 'Chosen people',
  choose: 'Choose people',
  reminder: 'Only those who have not finished (reminder)',
  print: 'Print letters (PDF)',
  printing: 'Making letters …',
  done: 'The letters were downloaded: {n} letters.',
  warning: 'Every letter gets a new code. Codes in letters you printed before for the same people stop working. Spejl does not keep the PDF: keep it no longer than until the letters are printed.',
  anonymity: 'The code opens the questionnaire, but nobody – not you either – can see the answers afterwards.',
};

export default { da, en };

/*
 * The survey app's own words (its "chrome": buttons, headings, the privacy note). They live here,
 * beside the themes' texts, because the server builds a round's translation file from them too: a
 * translator gets every text a respondent reads, not just the round's.
 */

/** Every text the respondent sees, Danish first (the default) and English. */
export const messages = {
  da: {
    app: { title: 'Ledelsesevaluering', loading: 'Henter dit spørgeskema …', skip: 'Gå til indhold' },
    language: {
      other: 'English', otherLang: 'en', label: 'Read in English', choose: 'Sprog',
      partly: 'Dele af siden er på engelsk, fordi de endnu ikke er oversat.',
    },
    untranslated: 'dansk',
    problem: {
      title: 'Linket virker ikke',
      unknown: 'Vi kan ikke finde et spørgeskema til dette link. Tjek at du har kopieret hele linket fra e-mailen, eller bed om at få det sendt igen.',
      missing: 'Der er intet personligt link i adressen. Åbn linket fra din e-mail.',
      tooMany: 'For mange forkerte links fra denne forbindelse. Vent et minut og prøv igen.',
      network: 'Vi kunne ikke nå serveren. Tjek din forbindelse og prøv igen – intet er gået tabt.',
      server: 'Noget gik galt hos os. Prøv igen om lidt.',
      retry: 'Prøv igen',
    },
    closed: {
      title: 'Målingen er lukket',
      text: 'Målingen "{round}" lukkede {closes}. Svar kan ikke længere ses eller ændres. Tak for din interesse.',
      notOpen: 'Målingen "{round}" er ikke åbnet endnu.',
      lost: 'Målingen "{round}" blev lukket {closes}, mens du svarede. Dine svar blev ikke gemt og tæller ikke med.',
      lostEdit: 'Målingen "{round}" blev lukket {closes}, mens du rettede dine svar. Dine ændringer blev ikke gemt; den besvarelse, du sendte før, tæller med.',
    },
    privacy: {
      title: 'Sådan bruges dine svar',
      employee: 'Dine svar om din leder er anonyme. De vises kun samlet, og kun når mindst {k} medarbejdere har svaret. Hverken din leder eller andre kan se, hvad du har svaret.',
      peer: 'Dine svar som sideordnet leder er anonyme. De vises kun samlet for lederens sideordnede ledere, kun når mindst {k} af dem har svaret, og aldrig sammen med medarbejdernes svar.',
      known: 'Svar du giver som leder om dig selv, og som overordnet leder om en leder, vises med din rolle, fordi der kun er én i den rolle.',
      stored: 'Vi gemmer ikke, hvem der har givet hvilke medarbejdersvar – kun om du er færdig, så vi ikke sender dig påmindelser. Organisationens administratorer kan se, hvem der har fået en påmindelse, og dermed hvem der ikke var færdig på det tidspunkt – aldrig hvad nogen har svaret.',
      edit: 'Du kan gemme undervejs, komme tilbage via linket og rette dine svar i samme browser på samme enhed, indtil målingen lukker {closes}. Andre, der får fat i dit link, kan ikke se eller ændre dine svar.',
      commentsTitle: 'Dine kommentarer',
      comments: 'Nogle spørgsmål kan du besvare med dine egne ord. Det er frivilligt. Kommentarer læses af den leder, besvarelsen handler om, af ledere over vedkommende, når organisationen tillader det, og af organisationens administratorer og analytikere.',
      commentsEmployee: 'Kommentarer fra medarbejdere vises kun samlet for en gruppe, hvor mindst {n} har svaret, i tilfældig rækkefølge og uden navn, dato eller andet, der viser, hvem der skrev dem.',
      commentsPeer: 'Kommentarer fra sideordnede ledere vises kun samlet i den leders rapport, de handler om, når mindst {n} sideordnede ledere har svaret, i tilfældig rækkefølge og uden navn eller dato.',
      commentsKnown: 'Kommentarer, du skriver som leder om dig selv eller som overordnet leder om en leder, vises med din rolle, fordi der kun er én i den rolle.',
      commentsWords: 'Dine ord vises, som du skrev dem; CPR-numre fjernes automatisk. Skriv derfor ikke noget, der kan afsløre, hvem du er, eller navne på andre.',
    },
    overview: {
      greeting: 'Hej {name}',
      intro: 'Du er inviteret til at svare i målingen "{round}".',
      formsTitle: 'Dine spørgeskemaer',
      allDone: 'Du har sendt alle dine besvarelser. Tak!',
      employee: 'Om din leder, {name}',
      self: 'Om dig selv som leder',
      superior: 'Om {name}, som du er overordnet leder for',
      peer: 'Om {name}, som du samarbejder med som sideordnet leder',
      state: { new: 'Ikke påbegyndt', saved: 'Påbegyndt – ikke sendt', submitted: 'Sendt' },
      start: 'Start', continue: 'Fortsæt', edit: 'Ret svar',
      otherDevice: {
        saved: 'Påbegyndt på en anden enhed eller i en anden browser. Af hensyn til din anonymitet kan svarene ikke vises eller ændres her – fortsæt dér, hvor du begyndte.',
        submitted: 'Sendt fra en anden enhed eller en anden browser. Af hensyn til din anonymitet kan svarene ikke vises eller ændres her.',
      },
      refused: 'Dine ændringer blev ikke gemt: spørgeskemaet er påbegyndt på en anden enhed eller i en anden browser, og af hensyn til din anonymitet kan det kun ændres dér.',
    },
    form: {
      pageOf: 'Side {page} af {pages}',
      answered: '{done} af {total} udsagn besvaret',
      progress: 'Fremskridt',
      prompt: 'Hvor enig er du i følgende udsagn?',
      previous: 'Forrige', next: 'Næste', later: 'Gem og fortsæt senere', submit: 'Send besvarelse', submitAnyway: 'Send alligevel', back: 'Til oversigten',
      saving: 'Gemmer …', saved: 'Gemt',
      // Why a save failed; the answers stay in the page and are sent again with the next save.
      saveProblem: {
        network: 'Kunne ikke gemme: der er ingen forbindelse til serveren. Dine svar er ikke tabt – prøv igen, når du er online.',
        server: 'Kunne ikke gemme. Dine svar er ikke tabt – prøv igen.',
        refused: 'Kunne ikke gemme fra denne side. Genindlæs siden, og svar igen. Svar, der allerede er gemt, er ikke tabt.',
        tooMany: 'Kunne ikke gemme: for mange forsøg fra denne forbindelse. Vent et minut, og prøv igen.',
      },
      blanks: 'Du har ikke svaret på {n} udsagn. Du kan sende alligevel, eller gå tilbage og svare.',
      commentsTitle: 'Kommentarer',
      optional: '(valgfrit)',
      commentCount: '{n} af {max} tegn',
      commentTooLong: 'Kommentaren er {over} tegn for lang – højst {max} tegn. Gør den kortere, så den kan gemmes.',
      cprRemoved: 'Din kommentar indeholdt et CPR-nummer. Det er gemt som [fjernet], så ingen kan læse det – CPR-numre fjernes altid.',
      scale: { 1: 'Helt uenig', 2: 'Uenig', 3: 'Hverken enig eller uenig', 4: 'Enig', 5: 'Helt enig', dk: 'Ved ikke' },
    },
    code: {
      title: 'Skriv din kode',
      intro: 'Har du fået et brev om ledelsesevalueringen? Skriv koden fra brevet her. Store og små bogstaver og bindestreger er lige meget.',
      kiosk: 'Denne skærm er fælles. Når du har sendt dine svar, eller efter nogle minutter uden brug, starter den forfra, og intet af det, du har svaret, bliver gemt på skærmen.',
      label: 'Din personlige kode',
      placeholder: 'fx ABCD-EFGH-JKMN',
      open: 'Åbn spørgeskemaet',
      problem: {
        format: 'Koden har 12 tegn: tallene 2-9 og bogstaverne A-Z undtagen I, L og O, fx ABCD-EFGH-JKMN. Tjek at du har skrevet den som i brevet.',
        unknown: 'Vi kan ikke finde et spørgeskema til denne kode. Tjek koden i dit brev. Har du fået et nyere brev, virker kun koden i det.',
        tooMany: 'For mange forkerte koder fra denne forbindelse. Vent et minut og prøv igen.',
        network: 'Vi kunne ikke nå serveren. Tjek forbindelsen og prøv igen.',
        server: 'Noget gik galt hos os. Prøv igen om lidt.',
      },
    },
    kiosk: {
      done: 'Færdig – giv skærmen videre',
      leaving: 'Skærmen starter forfra om et øjeblik, så den næste kan svare.',
      answerNow: 'Du svarer på en fælles skærm: send dine svar, før du går. Et skema, du ikke har sendt, kan du ikke fortsætte på senere.',
    },
    receipt: {
      title: 'Tak – din besvarelse er modtaget',
      text: 'Din besvarelse {about} blev modtaget {time}.',
      // Its own lower-case phrases: lower-casing the overview's titles would lower-case the leader's name too.
      about: { employee: 'om din leder, {name},', self: 'om dig selv som leder', superior: 'om {name}, som du er overordnet leder for,', peer: 'om {name}, som du samarbejder med som sideordnet leder,' },
      edit: 'Du kan rette dine svar via dit link i denne browser indtil {closes}.',
      back: 'Tilbage til oversigten',
    },
    role: { employee: 'medarbejder', self: 'leder', superior: 'overordnet leder', peer: 'sideordnet leder' },
  },
  en: {
    app: { title: 'Leadership evaluation', loading: 'Loading your survey …', skip: 'Skip to content' },
    language: {
      other: 'Dansk', otherLang: 'da', label: 'Læs på dansk', choose: 'Language',
      partly: 'Parts of this page are in English because they have not been translated yet.',
    },
    untranslated: 'dansk',
    problem: {
      title: 'The link does not work',
      unknown: 'We cannot find a survey for this link. Check that you copied the whole link from the e-mail, or ask for it to be sent again.',
      missing: 'There is no personal link in the address. Open the link from your e-mail.',
      tooMany: 'Too many wrong links from this connection. Wait a minute and try again.',
      network: 'We could not reach the server. Check your connection and try again – nothing has been lost.',
      server: 'Something went wrong on our side. Please try again shortly.',
      retry: 'Try again',
    },
    closed: {
      title: 'The survey is closed',
      text: 'The survey "{round}" closed on {closes}. Answers can no longer be seen or changed. Thank you for your interest.',
      notOpen: 'The survey "{round}" has not opened yet.',
      lost: 'The survey "{round}" was closed on {closes} while you were answering. Your answers were not saved and do not count.',
      lostEdit: 'The survey "{round}" was closed on {closes} while you were changing your answers. Your changes were not saved; the answers you sent before count.',
    },
    privacy: {
      title: 'How your answers are used',
      employee: 'Your answers about your leader are anonymous. They are only shown combined, and only when at least {k} employees have answered. Neither your leader nor anyone else can see what you answered.',
      peer: 'Your answers as a peer are anonymous. They are only shown together for the leader\'s peers, only when at least {k} of them have answered, and never together with the employees\' answers.',
      known: 'Answers you give as a leader about yourself, and as a superior about a leader, are shown with your role, because only one person has that role.',
      stored: "We do not store who gave which employee answers – only whether you have finished, so that we do not send you reminders. The organisation's administrators can see who was sent a reminder, and so who had not finished at that time – never what anyone answered.",
      edit: 'You can save as you go, come back through the link and change your answers in the same browser on the same device until the survey closes on {closes}. Others who get hold of your link cannot see or change your answers.',
      commentsTitle: 'Your comments',
      comments: "Some questions you can answer in your own words. This is optional. Comments are read by the leader the questionnaire is about, by leaders above them where the organisation allows it, and by the organisation's administrators and analysts.",
      commentsEmployee: 'Comments from employees are only shown together for a group where at least {n} have answered, in random order and without a name, a date or anything else that shows who wrote them.',
      commentsPeer: 'Comments from peers are only shown together in the report of the leader they are about, when at least {n} peers have answered, in random order and without a name or a date.',
      commentsKnown: 'Comments you write as a leader about yourself, or as a superior about a leader, are shown with your role, because only one person has that role.',
      commentsWords: 'Your words are shown as you wrote them; CPR numbers are removed automatically. So do not write anything that could reveal who you are, or names of others.',
    },
    overview: {
      greeting: 'Hello {name}',
      intro: 'You are invited to answer the survey "{round}".',
      formsTitle: 'Your questionnaires',
      allDone: 'You have sent all your answers. Thank you!',
      employee: 'About your leader, {name}',
      self: 'About yourself as a leader',
      superior: 'About {name}, whose superior you are',
      peer: 'About {name}, whom you work with as a fellow leader',
      state: { new: 'Not started', saved: 'Started – not sent', submitted: 'Sent' },
      start: 'Start', continue: 'Continue', edit: 'Change answers',
      otherDevice: {
        saved: 'Started on another device or in another browser. For your anonymity its answers cannot be shown or changed here – continue where you started.',
        submitted: 'Sent from another device or another browser. For your anonymity its answers cannot be shown or changed here.',
      },
      refused: 'Your changes were not saved: this questionnaire was started on another device or in another browser, and for your anonymity it can only be changed there.',
    },
    form: {
      pageOf: 'Page {page} of {pages}',
      answered: '{done} of {total} statements answered',
      progress: 'Progress',
      prompt: 'How much do you agree with the following statements?',
      previous: 'Previous', next: 'Next', later: 'Save and continue later', submit: 'Send answers', submitAnyway: 'Send anyway', back: 'To the overview',
      saving: 'Saving …', saved: 'Saved',
      saveProblem: {
        network: 'Could not save: there is no connection to the server. Your answers are not lost – try again when you are online.',
        server: 'Could not save. Your answers are not lost – please try again.',
        refused: 'Could not save from this page. Reload the page and answer again. Answers already saved are not lost.',
        tooMany: 'Could not save: too many attempts from this connection. Wait a minute and try again.',
      },
      blanks: 'You have not answered {n} statements. You can send anyway, or go back and answer them.',
      commentsTitle: 'Comments',
      optional: '(optional)',
      commentCount: '{n} of {max} characters',
      commentTooLong: 'The comment is {over} characters too long – at most {max} characters. Shorten it so it can be saved.',
      cprRemoved: 'Your comment contained a CPR number. It is saved as [fjernet], so nobody can read it – CPR numbers are always removed.',
      scale: { 1: 'Strongly disagree', 2: 'Disagree', 3: 'Neither agree nor disagree', 4: 'Agree', 5: 'Strongly agree', dk: "Don't know" },
    },
    code: {
      title: 'Type your code',
      intro: 'Did you get a letter about the leadership evaluation? Type the code from the letter here. Capitals, small letters and dashes do not matter.',
      kiosk: 'This screen is shared. When you have sent your answers, or after a few minutes unused, it starts over, and nothing you answered is kept on the screen.',
      label: 'Your personal code',
      placeholder: 'e.g. ABCD-EFGH-JKMN',
      open: 'Open the questionnaire',
      problem: {
        format: 'The code has 12 characters: the digits 2-9 and the letters A-Z except I, L and O, e.g. ABCD-EFGH-JKMN. Check that you typed it as in the letter.',
        unknown: 'We cannot find a questionnaire for this code. Check the code in your letter. If you got a newer letter, only its code works.',
        tooMany: 'Too many wrong codes from this connection. Wait a minute and try again.',
        network: 'We could not reach the server. Check the connection and try again.',
        server: 'Something went wrong on our side. Try again in a moment.',
      },
    },
    kiosk: {
      done: 'Done – hand the screen on',
      leaving: 'The screen starts over in a moment, so the next person can answer.',
      answerNow: 'You are answering on a shared screen: send your answers before you leave. A questionnaire you have not sent cannot be continued later.',
    },
    receipt: {
      title: 'Thank you – your answers have been received',
      text: 'Your answers {about} were received at {time}.',
      about: { employee: 'about your leader, {name},', self: 'about yourself as a leader', superior: 'about {name}, whose superior you are,', peer: 'about {name}, whom you work with as a fellow leader,' },
      edit: 'You can change your answers through your link in this browser until {closes}.',
      back: 'Back to the overview',
    },
    role: { employee: 'employee', self: 'leader', superior: 'superior', peer: 'peer' },
  },
} as const;

/** A language the survey speaks. */
export type SurveyLocale = keyof typeof messages;

/**
 * Words an added language does not translate: the Danish/English toggle's (a round with more
 * languages lists them by their own names), and the note that part of the page is in English.
 */
export const UNTRANSLATED_KEYS: readonly string[] = ['language.other', 'language.otherLang', 'language.label', 'language.partly'];

/** A nested message object, as vue-i18n reads it. */
export interface MessageTree { readonly [key: string]: string | MessageTree }

/** The survey's words by dotted key (`form.scale.1`), the form a translation file lists them in. */
export function flatMessages(tree: MessageTree, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat[path] = value;
    else Object.assign(flat, flatMessages(value, path));
  }
  return flat;
}

/** Dotted keys back into the nested object vue-i18n reads (the inverse of `flatMessages`). */
export function nestedMessages(flat: Readonly<Record<string, string>>): MessageTree {
  const tree: Record<string, unknown> = {};
  for (const [path, text] of Object.entries(flat)) {
    const parts = path.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1] as string] = text;
  }
  return tree as MessageTree;
}

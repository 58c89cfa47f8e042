/** Texts of the data protection page: retention period, record of processing, one person's data on request. */
const da = {
  nav: 'Databeskyttelse',
  title: 'Databeskyttelse',
  intro: 'Hvilke personoplysninger Spejl gemmer for organisationen, hvorfor, hvor længe og hvor. Det er den fortegnelse, databehandleraftalen henviser til.',
  retention: {
    heading: 'Opbevaringsperiode',
    label: 'Måneder efter en måling er lukket',
    help: 'Derefter sletter Spejl målingens navne, e-mailadresser, links, fremdrift og mails. Resultaterne og rapporterne bliver, og lederne vises ved deres plads (»Leder af <enhed>«). Sletningen sker i en daglig kørsel.',
    bounds: 'Mellem {min} og {max} måneder.',
    save: 'Gem periode',
    saved: 'Opbevaringsperioden er gemt.',
  },
  record: {
    heading: 'Fortegnelse over personoplysninger',
    where: 'Hvor (tabel)',
    what: 'Hvad',
    why: 'Hvorfor',
    kept: 'Hvor længe',
    forms: 'Besvarelser gemmes uden nogen kobling til, hvem der svarede, og er derfor ikke personoplysninger.',
  },
  person: {
    heading: 'En persons oplysninger',
    help: 'På anmodning: hent alt, hvad der er gemt om en person, eller slet personen. Sletning ændrer ingen offentliggjorte tal, for besvarelser er aldrig koblet til en person.',
    label: 'Medarbejdernr.',
    export: 'Hent oplysninger (JSON)',
    erase: 'Slet person…',
    confirmTitle: 'Slet {personId} for altid?',
    confirmIntro: 'Personen slettes fra hierarkiet, målingernes lister, konti, opfølgning og udbakke. I revisionsloggen erstattes navn og e-mail af et pseudonym. Det kan ikke fortrydes.',
    confirmLabel: 'Skriv medarbejdernummeret igen for at bekræfte',
    confirm: 'Slet for altid',
    erased: '{personId} er slettet. Revisionsloggen kalder nu personen {pseudonym}.',
  },
};

const en: typeof da = {
  nav: 'Data protection',
  title: 'Data protection',
  intro: 'Which personal data Spejl stores for the organisation, why, for how long and where. This is the record the data processing agreement refers to.',
  retention: {
    heading: 'Retention period',
    label: 'Months after a round has closed',
    help: 'Then Spejl deletes the round’s names, e-mail addresses, links, progress and mail. Results and reports stay, with leaders shown by their place ("Leder af <unit>"). Deletion runs in a daily job.',
    bounds: 'Between {min} and {max} months.',
    save: 'Save period',
    saved: 'The retention period is saved.',
  },
  record: {
    heading: 'Record of personal data',
    where: 'Where (table)',
    what: 'What',
    why: 'Why',
    kept: 'How long',
    forms: 'Answers are stored without any link to who gave them, so they are not personal data.',
  },
  person: {
    heading: 'One person’s data',
    help: 'On request: download everything stored about a person, or erase them. Erasure changes no published number, as answers were never linked to a person.',
    label: 'Employee no.',
    export: 'Download data (JSON)',
    erase: 'Erase person…',
    confirmTitle: 'Erase {personId} for good?',
    confirmIntro: 'The person is removed from the hierarchy, the rounds’ lists, accounts, follow-up and outbox. In the audit log their name and e-mail become a pseudonym. This cannot be undone.',
    confirmLabel: 'Type the employee no. again to confirm',
    confirm: 'Erase for good',
    erased: '{personId} is erased. The audit log now calls them {pseudonym}.',
  },
};

export default { da, en };

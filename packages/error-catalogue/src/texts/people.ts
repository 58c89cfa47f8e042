/**
 * What is wrong with a people file's rows, and why a change to the leadership chain was refused.
 * `{person}` is a name with its id ("Bo Jensen (200001)"), as both languages write it.
 */
export const peopleTexts = {
  'people.largeChange': {
    en: 'The import marks {left} of the {people} people as having left and moves {moved} to another manager. That is more than the {limit} % that may change without confirmation. Check who leaves and who moves, then confirm the import.',
    da: 'Importen markerer {left} af de {people} personer som fratrådt og flytter {moved} til en ny leder. Det er mere end de {limit} %, der må ændres uden bekræftelse. Tjek, hvem der fratræder og flyttes, og bekræft så importen.',
  },
  'people.managerIsSelf': {
    en: '{person} cannot be their own manager. Choose someone else, or make them a top of their own chain.',
    da: '{person} kan ikke være sin egen leder. Vælg en anden, eller gør personen øverst i sin egen kæde.',
  },
  'people.managerNotFound': {
    en: 'No person has employee no. "{managerId}". Choose an existing manager.',
    da: 'Ingen person har medarbejdernr. "{managerId}". Vælg en leder, der findes.',
  },
  'people.managerInOwnChain': {
    en: '{manager} is below {person} in the leadership chain, so {personName} cannot report to {managerName}. Choose a manager outside the chain, or move {managerName} first.',
    da: '{manager} er under {person} i ledelseskæden, så {personName} kan ikke have {managerName} som leder. Vælg en leder uden for kæden, eller flyt {managerName} først.',
  },
  'people.idEmpty': {
    en: 'The person_id is empty. Every person needs the id the HR system knows them by.',
    da: 'Medarbejdernummeret (person_id) er tomt. Hver person skal have det nummer, HR-systemet kender dem ved.',
  },
  'people.idTooLong': {
    en: 'The person_id "{value}…" is {length} characters long. At most {limit} are allowed.',
    da: 'Medarbejdernummeret "{value}…" har {length} tegn. Det må højst have {limit}.',
  },
  'people.nameEmpty': {
    en: 'The name is empty. Every person needs a name.',
    da: 'Navnet er tomt. Hver person skal have et navn.',
  },
  'people.nameTooLong': {
    en: 'The name is {length} characters long. At most {limit} are allowed.',
    da: 'Navnet har {length} tegn. Det må højst have {limit}.',
  },
  'people.emailInvalid': {
    en: '"{value}" is not a valid email address. Write it like navn@kommune.dk.',
    da: '"{value}" er ikke en gyldig e-mailadresse. Skriv den som navn@kommune.dk.',
  },
  'people.cellTooLong': {
    en: 'The value in {column} is {length} characters long. At most {limit} are allowed.',
    da: 'Værdien i {column} har {length} tegn. Den må højst have {limit}.',
  },
  'people.duplicateId': {
    en: 'The person_id "{personId}" is also on line {otherLine}. Every person needs their own id.',
    da: 'Medarbejdernummeret "{personId}" står også på linje {otherLine}. Hver person skal have sit eget nummer.',
  },
  'people.duplicateEmail': {
    en: 'The email address "{email}" is also used by {person} on line {otherLine}. Each person needs their own email address.',
    da: 'E-mailadressen "{email}" bruges også af {person} på linje {otherLine}. Hver person skal have sin egen adresse.',
  },
  'people.ownManagerInFile': {
    en: '{person} is their own manager. Leave manager_id empty for a top leader, or give the id of their real manager.',
    da: '{person} står som sin egen leder. Lad manager_id være tom for en øverste leder, eller skriv nummeret på personens rigtige leder.',
  },
  'people.managerNotInFile': {
    en: '"{managerId}" is not a person_id in this file. Give the person_id of {person}\'s manager, or leave it empty for a top leader.',
    da: '"{managerId}" er ikke et medarbejdernummer i filen. Skriv nummeret på lederen af {person}, eller lad feltet være tomt for en øverste leder.',
  },
  'people.cycle': {
    en: 'The managers form a cycle, so none of these people has a top leader above them: {chain} (→ reads "has as manager"). Give one of them a manager outside the cycle, or leave their manager_id empty.',
    da: 'Lederne danner en ring, så ingen af disse personer har en øverste leder over sig: {chain} (→ læses "har som leder"). Giv en af dem en leder uden for ringen, eller lad deres manager_id være tom.',
  },
  'people.unknownFaggruppe': {
    en: 'The faggruppe "{value}" is not known ({count|line|lines} {lines}). Those people get the general examples. Known faggrupper: {known}',
    da: 'Faggruppen "{value}" kendes ikke ({count|linje|linjer} {lines}). De personer får de generelle eksempler. Kendte faggrupper: {known}',
  },
  'people.noEmail': {
    en: '{count} {count|person has|people have} no email address ({count|line|lines} {lines}). They cannot be invited by email.',
    da: '{count} {count|person har|personer har} ingen e-mailadresse ({count|linje|linjer} {lines}). {count|Personen|De} kan ikke inviteres på e-mail.',
  },
  'people.columnMissing': {
    en: 'No column is mapped to {wanted}. The file\'s columns are {columns}: choose the one that holds {wanted}, or add a column named {wanted}.',
    da: 'Ingen kolonne er valgt til {wanted}. Filens kolonner er {columns}: vælg den, der indeholder {wanted}, eller tilføj en kolonne med navnet {wanted}.',
  },
  'people.fileHasProblems': {
    en: '{fileName} has {count} {count|problem|problems}, so nothing was imported. Fix {count|it|them}, and upload the file again.',
    da: '{fileName} har {count} {count|fejl|fejl}, så intet blev importeret. Ret {count|den|dem}, og upload filen igen.',
  },
  'people.changedSincePreview': {
    en: 'The people changed since this file was previewed (someone else imported or edited). Preview the file again before saving.',
    da: 'Personerne er ændret, siden filen blev vist (en anden har importeret eller rettet). Vis filen igen, før du gemmer.',
  },
  'people.personNotFound': {
    en: 'no person has person_id "{personId}" in this organisation',
    da: 'Ingen person i organisationen har medarbejdernummeret "{personId}".',
  },
  'people.emailInUse': {
    en: 'email "{email}" is already used by {person}; each person needs their own email address',
    da: 'E-mailadressen "{email}" bruges allerede af {person}. Hver person skal have sin egen adresse.',
  },
  'people.idInUse': {
    en: 'person_id "{personId}" is already in use; every person needs their own id',
    da: 'Medarbejdernummeret "{personId}" er allerede i brug. Hver person skal have sit eget nummer.',
  },
  'people.newManagerNotFound': {
    en: 'no person has person_id "{managerId}"; choose an existing manager or none for a top leader',
    da: 'Ingen person har medarbejdernummeret "{managerId}". Vælg en leder, der findes, eller ingen for en øverste leder.',
  },
  'people.hasReports': {
    en: '{person} has {count} direct {count|report|reports}; move {count|them|them} to another manager first, or remove with {count|the report|the reports} handed to {personName}\'s own superior',
    da: '{person} har {count} {count|medarbejder|medarbejdere} direkte under sig. Flyt {count|vedkommende|dem} til en anden leder først, eller fjern personen og giv {count|medarbejderen|medarbejderne} til {personName}s egen leder.',
  },
} as const;

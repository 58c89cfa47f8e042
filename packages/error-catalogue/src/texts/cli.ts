/**
 * What the `spejl` command line refuses itself: its options and arguments (commander's own
 * complaints, said again here), files it cannot read or write, a tenant or round it cannot find,
 * a database it cannot open. Refusals from the domain keep their own codes.
 */
export const cliTexts = {
  'cli.unknownCommand': {
    en: 'unknown command "{command}"; see spejl --help',
    da: 'Kommandoen "{command}" findes ikke. Se spejl --help.',
  },
  'cli.unknownOption': {
    en: 'unknown option "{option}"; --help lists the options of this command',
    da: 'Tilvalget "{option}" findes ikke. --help viser kommandoens tilvalg.',
  },
  'cli.optionMissing': {
    en: 'the option {option} is required',
    da: 'Tilvalget {option} skal angives.',
  },
  'cli.optionValueMissing': {
    en: 'the option {option} needs a value',
    da: 'Tilvalget {option} skal have en værdi.',
  },
  'cli.argumentMissing': {
    en: 'the argument <{argument}> is missing',
    da: 'Argumentet <{argument}> mangler.',
  },
  'cli.tooManyArguments': {
    en: 'too many arguments for "{command}"; see its --help',
    da: 'Der er for mange argumenter til "{command}". Se dens --help.',
  },
  'cli.invalidOptionValue': {
    en: '{option} "{value}" is not allowed; choose one of {allowed}',
    da: '{option} "{value}" er ikke tilladt. Vælg en af {allowed}.',
  },
  'cli.safetynetPair': {
    en: 'a SafetyNet import takes two files: --safetynet UNITS EMPLOYEES (the unit file, then the employee file); a people file is one file, without --safetynet',
    da: 'En SafetyNet-import tager to filer: --safetynet ENHEDER MEDARBEJDERE (enhedsfilen, derefter medarbejderfilen). En personfil er én fil, uden --safetynet.',
  },
  'cli.cannotRead': {
    en: 'cannot read {path}: check the path',
    da: 'Kan ikke læse {path}. Tjek stien.',
  },
  'cli.cannotWrite': {
    en: 'cannot write {path}; check that the folder exists and is writable',
    da: 'Kan ikke skrive {path}. Tjek, at mappen findes, og at du må skrive i den.',
  },
  'cli.mapPairInvalid': {
    en: '--map "{pair}" must look like field=Header, e.g. person_id=Medarbejdernr',
    da: '--map "{pair}" skal skrives som felt=Overskrift, fx person_id=Medarbejdernr.',
  },
  'cli.mapFieldUnknown': {
    en: 'unknown field in --map; the fields are person_id, name, email, manager_id, faggruppe, unit_name',
    da: 'Ukendt felt i --map. Felterne er person_id, name, email, manager_id, faggruppe og unit_name.',
  },
  'cli.delimiterUnknown': {
    en: '--delimiter "{delimiter}" is not a separator Spejl reads; use a semicolon, a comma, a vertical bar or tab',
    da: '--delimiter "{delimiter}" er ikke et skilletegn, Spejl læser. Brug semikolon, komma, lodret streg eller tab.',
  },
  'cli.fileHasProblems': {
    en: '{fileName} has {count} {count|problem|problems}; nothing was imported',
    da: '{fileName} har {count} fejl, så intet blev importeret.',
  },
  'cli.fileHasProblemsReading': {
    en: '{fileName} has {count} {count|problem|problems}; nothing was imported; read with {flags} it has its columns: run again with {flagCount|that|those}',
    da: '{fileName} har {count} fejl, så intet blev importeret. Læst med {flags} får filen sine kolonner: kør igen med {flagCount|det|dem}.',
  },
  'cli.largeChange': {
    en: '{fileName}: nothing was imported: this import marks {left} of the {people} people as having left and moves {moved} to another manager ({share} %), more than the {limit} % that may change without confirmation; check who leaves and who moves (--dry-run lists them), then run again with --confirm-large-change',
    da: '{fileName}: Intet blev importeret. Importen markerer {left} af de {people} personer som fratrådt og flytter {moved} til en ny leder ({share} %). Det er mere end de {limit} %, der må ændres uden bekræftelse. Tjek, hvem der fratræder og flyttes (--dry-run viser dem), og kør så igen med --confirm-large-change.',
  },
  'cli.tenantNotFound': {
    en: 'there is no tenant "{slug}"; tenants: {tenants}',
    da: 'Der er ingen organisation med kortnavnet "{slug}". Organisationerne er: {tenants}.',
  },
  'cli.userNotFound': {
    en: 'there is no account with the e-mail "{email}"',
    da: 'Der er ingen konto med e-mailen "{email}".',
  },
  'cli.noTenants': {
    en: 'there is no tenant "{slug}"; there are no tenants yet (spejl tenant create)',
    da: 'Der er ingen organisation med kortnavnet "{slug}". Der er ingen organisationer endnu (spejl tenant create).',
  },
  'cli.roundNotFound': {
    en: 'there is no round "{round}" in this organisation. Rounds, newest first:',
    da: 'Der er ingen måling "{round}" i organisationen. Målingerne, nyeste først:',
  },
  'cli.roundAmbiguous': {
    en: 'several rounds are called "{round}"; give the id. Rounds, newest first:',
    da: 'Flere målinger hedder "{round}". Angiv målingens id. Målingerne, nyeste først:',
  },
  'cli.noRounds': {
    en: 'there is no round "{round}" in this organisation; it has no rounds yet (spejl round create)',
    da: 'Der er ingen måling "{round}" i organisationen. Den har ingen målinger endnu (spejl round create).',
  },
  'cli.notADate': {
    en: '{option} "{value}" is not a date; write it as 2026-05-31 or 2026-05-31T16:00 (the organisation\'s time)',
    da: '{option} "{value}" er ikke en dato. Skriv den som 2026-05-31 eller 2026-05-31T16:00 (organisationens tid).',
  },
  'cli.roleNeedsTenant': {
    en: '--role needs --tenant with the short name of the organisation',
    da: '--role kræver --tenant med organisationens kortnavn.',
  },
  'cli.tenantNeedsRole': {
    en: '--tenant needs --role admin, analyst or leader',
    da: '--tenant kræver --role admin, analyst eller leader.',
  },
  'cli.databaseInUse': {
    en: 'the embedded database in {dataDir} is in use by another Spejl process (pid {pid}); stop the server before running commands against it, or run both against PostgreSQL with DATABASE_URL',
    da: 'Den indbyggede database i {dataDir} bruges af en anden Spejl-proces (pid {pid}). Stop serveren, før du kører kommandoer mod den, eller kør begge mod PostgreSQL med DATABASE_URL.',
  },
  'cli.databaseUnreachable': {
    en: 'cannot reach the database in DATABASE_URL ({reason}); check that PostgreSQL is running and that the address is right',
    da: 'Kan ikke nå databasen i DATABASE_URL ({reason}). Tjek, at PostgreSQL kører, og at adressen er rigtig.',
  },
  'cli.smtpMissing': {
    en: 'SMTP_URL is not set, so the invitations were not sent; the outbox keeps them without their personal links. Set SMTP_URL and send them again from the round\'s page.',
    da: 'SMTP_URL er ikke sat, så invitationerne blev ikke sendt. Udbakken gemmer dem uden de personlige links. Sæt SMTP_URL, og send dem igen fra målingens side.',
  },
  'cli.unexpected': {
    en: 'something went wrong: {detail}',
    da: 'Noget gik galt: {detail}',
  },
} as const;

/** The HR system's SafetyNet pair (unit file and employee file) and its scheduled fetch over SFTP. */
export const safetyNetTexts = {
  'safetynet.columnMissing': {
    en: 'the {file} has no column "{column}"; its header is: {columns}',
    da: '{file} har ingen kolonne "{column}". Dens overskrift er: {columns}',
  },
  'safetynet.unitCodeMissing': {
    en: 'the unit has no Afdelingskode; every unit needs one',
    da: 'Enheden har ingen afdelingskode. Alle enheder skal have en.',
  },
  'safetynet.duplicateUnit': {
    en: 'the Afdelingskode "{code}" is also used on line {otherLine}; each unit needs its own code',
    da: 'Afdelingskoden "{code}" bruges også på linje {otherLine}. Hver enhed skal have sin egen kode.',
  },
  'safetynet.parentUnknown': {
    en: 'the parent unit "{code}" is not a unit in the unit file; give an Afdelingskode of the file, or leave it empty for the top unit',
    da: 'Forældreafdelingen "{code}" er ikke en enhed i enhedsfilen. Skriv en afdelingskode fra filen, eller lad feltet være tomt for den øverste enhed.',
  },
  'safetynet.unitCycle': {
    en: 'the units form a cycle, so none of them has a top unit above it: {chain}',
    da: 'Enhederne danner en ring, så ingen af dem har en øverste enhed over sig: {chain}',
  },
  'safetynet.unitUnknown': {
    en: 'the Afdelingskode "{code}" is not a unit in the unit file',
    da: 'Afdelingskoden "{code}" er ikke en enhed i enhedsfilen.',
  },
  'safetynet.badDate': {
    en: '"{value}" is not a date; write it as 2026-12-31 or 31-12-2026',
    da: '"{value}" er ikke en dato. Skriv den som 2026-12-31 eller 31-12-2026.',
  },
  'safetynet.nameMissing': {
    en: 'the person has neither a Fornavn nor an Efternavn',
    da: 'Personen har hverken fornavn eller efternavn.',
  },
  'safetynet.unreachable': {
    en: 'the SFTP server {host}:{port} could not be reached ({detail}); check the host and port, and that the server lets Spejl in',
    da: 'SFTP-serveren {host}:{port} kunne ikke nås ({detail}). Tjek vært og port, og at serveren lukker Spejl ind.',
  },
  'safetynet.badKey': {
    en: 'the SFTP server refused the user "{user}" with the saved private key; check the user name and that the server knows the key',
    da: 'SFTP-serveren afviste brugeren "{user}" med den gemte private nøgle. Tjek brugernavnet, og at serveren kender nøglen.',
  },
  'safetynet.keyUnreadable': {
    en: 'the private key could not be read; paste the whole key in OpenSSH or PEM format, without a passphrase',
    da: 'Den private nøgle kunne ikke læses. Indsæt hele nøglen i OpenSSH- eller PEM-format uden adgangskode.',
  },
  'safetynet.missingFile': {
    en: 'the file {path} is not on the SFTP server; check the path in the settings',
    da: 'Filen {path} findes ikke på SFTP-serveren. Tjek stien i indstillingerne.',
  },
  'safetynet.badFile': {
    en: 'the fetched files have {count} {count|problem|problems}, so nothing was changed: {first}',
    da: 'De hentede filer har {count} {count|fejl|fejl}, så intet blev ændret: {first}',
  },
  'safetynet.notConfigured': {
    en: 'no SFTP location is saved for this organisation',
    da: 'Der er ikke gemt en SFTP-placering for organisationen.',
  },
  'safetynet.noHeldSync': {
    en: 'this sync is no longer waiting for approval',
    da: 'Denne synkronisering venter ikke længere på godkendelse.',
  },
  'safetynet.keyRequired': {
    en: 'give a private key: none is saved yet',
    da: 'Angiv en privat nøgle. Der er ikke gemt en endnu.',
  },
} as const;

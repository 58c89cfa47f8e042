/**
 * Peers (sideordnede ledere): what is wrong with a peers file's rows, and why a round's peers were
 * refused. `{subject}` and `{peer}` are names with their ids ("Bo Jensen (200001)").
 */
export const peerTexts = {
  'peers.fileHasProblems': {
    en: '{fileName} was not imported: {count} {count|problem|problems}; fix {count|it|them} and import the whole file again (nothing was changed)',
    da: '{fileName} blev ikke importeret: {count} {count|fejl|fejl}. Ret {count|den|dem}, og importér hele filen igen (intet blev ændret).',
  },
  'peers.columnMissing': {
    en: 'the file has no {column} column; the header must name subject_id and peer_id',
    da: 'Filen har ingen kolonne {column}. Overskriften skal have subject_id og peer_id.',
  },
  'peers.noPairs': {
    en: 'the file has a header but no peers below it',
    da: 'Filen har en overskrift, men ingen sideordnede ledere under den.',
  },
  'peers.idEmpty': {
    en: '{column} is empty: give the person_id of a leader',
    da: '{column} er tom. Skriv medarbejdernummeret (person_id) på en leder.',
  },
  'peers.notAPerson': {
    en: '"{id}" is not a person_id in the organisation\'s hierarchy',
    da: '"{id}" er ikke et medarbejdernummer i organisationens hierarki.',
  },
  'peers.notALeader': {
    en: '{person} has no direct reports, so is not a leader: subjects and their peers are leaders',
    da: '{person} har ingen medarbejdere og er derfor ikke leder. Både den evaluerede og de sideordnede ledere skal være ledere.',
  },
  'peers.isSubject': {
    en: '{peer} cannot be their own peer',
    da: '{peer} kan ikke være sideordnet leder for sig selv.',
  },
  'peers.isSuperior': {
    en: '{peer} is the superior of {subject} and answers about them as their superior, so cannot be their peer too',
    da: '{peer} er overordnet leder for {subject}, svarer om vedkommende som overordnet og kan derfor ikke også være sideordnet leder.',
  },
  'peers.isEmployee': {
    en: '{peer} is one of the employees of {subject}: their answers would stand beside the employee answers and could be told apart; choose leaders who are not employees of {subject}',
    da: '{peer} er medarbejder hos {subject}. Svarene ville stå ved siden af medarbejdernes og kunne skilles fra dem. Vælg ledere, der ikke er medarbejdere hos {subject}.',
  },
  'peers.duplicate': {
    en: '{peer} is already listed as a peer of {subject} on line {other}',
    da: '{peer} står allerede som sideordnet leder for {subject} i linje {other}.',
  },
  'peers.roundNotDraft': {
    en: 'the round is {status}: its peers were fixed when it was launched',
    da: 'Målingen er {status}. Dens sideordnede ledere lå fast, da den blev sat i gang.',
  },
  'peers.invalidAtLaunch': {
    en: 'the round was not launched: {count} {count|pair|pairs} of its peers no longer {count|follows|follow} the rules in today\'s hierarchy; import the peers again',
    da: 'Målingen blev ikke sat i gang: {count} {count|par|par} af dens sideordnede ledere følger ikke længere reglerne i det nuværende hierarki. Importér de sideordnede ledere igen.',
  },
  'peers.noPeerTheme': {
    en: 'the round has peers, but none of its themes has statements for peers; add a theme written for peers (e.g. Samarbejde) or remove the peers',
    da: 'Målingen har sideordnede ledere, men ingen af dens temaer har udsagn til sideordnede ledere. Tilføj et tema skrevet til dem (fx Samarbejde), eller fjern de sideordnede ledere.',
  },
} as const;

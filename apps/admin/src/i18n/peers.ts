const da = {
  heading: 'Sideordnede ledere',
  helpStanding: 'Organisationens faste liste over sideordnede ledere: ledere, der arbejder tæt sammen med den evaluerede leder, og som svarer om vedkommende. Listen bruges af alle målinger, der ikke har deres egen liste for en leder. Upload en CSV- eller Excel-fil med kolonnerne subject_id (den evaluerede leder) og peer_id (den sideordnede leder). Hele filen importeres, eller intet.',
  helpRound: 'Målingens egne sideordnede ledere. For ledere, som filen ikke nævner, bruges organisationens faste liste. Listen kan ændres, indtil målingen sættes i gang; derefter ligger den fast. En sideordnet leder er aldrig lederen selv, lederens overordnede eller en af lederens medarbejdere.',
  empty: 'Der er endnu ingen sideordnede ledere.',
  caption: 'Sideordnede ledere pr. leder',
  subject: 'Leder',
  peers: 'Sideordnede ledere',
  file: 'Fil med sideordnede ledere',
  submit: 'Importér',
  done: '{pairs} sideordnede ledere for {subjects} ledere er importeret. | 1 sideordnet leder for 1 leder er importeret. | {pairs} sideordnede ledere for {subjects} ledere er importeret.',
  problems: 'Intet blev ændret. Ret disse rækker, og importér hele filen igen:',
};

const en: typeof da = {
  heading: 'Peers',
  helpStanding: 'The organisation\'s standing list of peers: leaders who work closely with the leader evaluated and answer about them. Every round without its own list for a leader uses it. Upload a CSV or Excel file with the columns subject_id (the leader evaluated) and peer_id (the peer). The whole file is imported, or nothing.',
  helpRound: 'This round\'s own peers. For leaders the file does not name, the organisation\'s standing list is used. The list can change until the round is launched; then it is fixed. A peer is never the leader themselves, their superior or one of their employees.',
  empty: 'There are no peers yet.',
  caption: 'Peers by leader',
  subject: 'Leader',
  peers: 'Peers',
  file: 'File with peers',
  submit: 'Import',
  done: '{pairs} peers of {subjects} leaders were imported. | 1 peer of 1 leader was imported. | {pairs} peers of {subjects} leaders were imported.',
  problems: 'Nothing was changed. Fix these rows and import the whole file again:',
};

export default { da, en };

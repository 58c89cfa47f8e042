/** Refusals on the way to a report: who may read it, whether the round has one, and report settings. */
export const reportTexts = {
  'report.roundNotClosed': {
    en: 'round "{round}" is {status}; its reports are made when it has closed',
    da: 'Målingen "{round}" er {status}. Dens rapporter laves, når den er lukket.',
  },
  'report.notUsed': {
    en: 'the report "{reportId}" is not used in this organisation\'s round',
    da: 'Rapporten "{reportId}" bruges ikke i organisationens måling.',
  },
  'report.overviewForbidden': {
    en: 'the organisation overview is for admins and analysts',
    da: 'Organisationsoversigten er kun for administratorer og analytikere.',
  },
  // Only the id: a reader refused a report learns nothing of whom the id belongs to, or whether it exists.
  'report.leaderForbidden': {
    en: 'you may not read the leader report of leader "{leaderId}"',
    da: 'Du må ikke læse lederrapporten for leder "{leaderId}".',
  },
  'report.chainForbidden': {
    en: 'you may not read the chain report of leader "{leaderId}"',
    da: 'Du må ikke læse kæderapporten for leder "{leaderId}".',
  },
  'report.leaderNotEvaluated': {
    en: '{leaderName} ({leaderId}) was not evaluated in round "{round}", so there is no leader report',
    da: '{leaderName} ({leaderId}) blev ikke evalueret i målingen "{round}", så der er ingen lederrapport.',
  },
  'report.chainNotEvaluated': {
    en: 'no leader in the chain of {leaderName} ({leaderId}) was evaluated in round "{round}"',
    da: 'Ingen leder i kæden under {leaderName} ({leaderId}) blev evalueret i målingen "{round}".',
  },
  'report.notALeader': {
    en: '"{leaderId}" is not a leader in this round',
    da: '"{leaderId}" er ikke leder i denne måling.',
  },
  'report.pluginNotFound': {
    en: 'there is no report "{reportId}"',
    da: 'Der er ingen rapport "{reportId}".',
  },
  'report.roundNotLaunched': {
    en: 'round "{round}" has not been launched, so it has no answers to roll up yet',
    da: 'Målingen "{round}" er ikke sat i gang, så den har endnu ingen svar at samle.',
  },
  'report.roundStillOpen': {
    en: 'round "{round}" is still open; its answers are rolled up when it has closed',
    da: 'Målingen "{round}" er stadig åben. Dens svar samles, når den er lukket.',
  },
  'report.noFrozenHierarchy': {
    en: 'the round has no frozen hierarchy with leaders; launch it first',
    da: 'Målingen har intet fastfrosset hierarki med ledere. Sæt den i gang først.',
  },
  'report.needsLeader': {
    en: 'this report needs a leader; give the person id of the leader',
    da: 'Rapporten skal have en leder. Angiv lederens medarbejdernummer.',
  },
  'reportSettings.invalid': {
    en: 'some report options are not valid; nothing was saved',
    da: 'Nogle af rapportindstillingerne er ikke gyldige, så intet blev gemt.',
  },
  'reportSettings.changedMeanwhile': {
    en: 'someone else saved the report settings after you opened them; reload to see their changes, then save again',
    da: 'En anden har gemt rapportindstillingerne, efter du åbnede dem. Genindlæs for at se ændringerne, og gem så igen.',
  },
  'pdfJob.notFound': {
    en: 'there is no such PDF job of yours in this organisation; start a new one',
    da: 'Du har ikke et PDF-job som det i organisationen. Start et nyt.',
  },
  'pdfJob.notDone': {
    en: 'the PDF job is {status} ({done} of {total} leaders); download it when it is done',
    da: 'PDF-jobbet er {status} ({done} af {total} ledere). Hent det, når det er færdigt.',
  },
  'pdfJob.noLeaderReport': {
    en: 'the leader report is not used in round "{round}", so there are no leader PDFs to make',
    da: 'Lederrapporten bruges ikke i målingen "{round}", så der er ingen leder-PDF\'er at lave.',
  },
  'pdfJob.nothingReadable': {
    en: 'there is no leader report in round "{round}" that this account may read',
    da: 'Der er ingen lederrapport i målingen "{round}", som denne konto må læse.',
  },
  'pdfJob.starterGone': {
    en: 'the account that started it is no longer a member of this organisation',
    da: 'Kontoen, der startede jobbet, er ikke længere medlem af organisationen.',
  },
} as const;

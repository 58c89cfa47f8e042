/**
 * Pulses (issue 15): a short round asking a few statements of the same teams a few months after a
 * main round, reported as change. Who may start one, of which round and team, and when.
 */
export const pulseTexts = {
  'pulse.notFound': {
    en: 'there is no such pulse, or it is not yours to see',
    da: 'Pulsmålingen findes ikke, eller du har ikke adgang til den.',
  },
  'pulse.onlyLeaderOrAdmin': {
    en: 'only a leader (for their own team) or an admin of the organisation can start a pulse',
    da: 'Kun en leder (for sit eget team) eller en administrator i organisationen kan starte en pulsmåling.',
  },
  'pulse.onlyOwnTeam': {
    en: 'a leader can start a pulse for their own team only',
    da: 'En leder kan kun starte en pulsmåling for sit eget team.',
  },
  'pulse.parentIsPulse': {
    en: 'a pulse follows up a main round, not another pulse',
    da: 'En pulsmåling følger op på en hovedmåling, ikke på en anden pulsmåling.',
  },
  'pulse.parentErased': {
    en: 'the round "{round}" is past its retention period and its people\'s names and addresses are deleted: a pulse can no longer ask its teams',
    da: 'Målingen "{round}" er ældre end opbevaringsperioden, og deltagernes navne og adresser er slettet: en pulsmåling kan ikke længere spørge dens teams.',
  },
  'pulse.parentNotClosed': {
    en: 'the round "{round}" is not closed (or is archived): a pulse compares with a closed round',
    da: 'Målingen "{round}" er ikke lukket (eller er arkiveret): en pulsmåling sammenlignes med en lukket måling.',
  },
  'pulse.notInRound': {
    en: 'the round "{round}" did not evaluate leader {leader}: a pulse asks only teams the round asked',
    da: 'Målingen "{round}" evaluerede ikke leder {leader}: en pulsmåling spørger kun teams, som målingen spurgte.',
  },
  'pulse.teamTooSmall': {
    en: '{leader}’s team had {count} employees in the round, fewer than the anonymity threshold of {k}: no mean of a pulse could be shown, so it is not started',
    da: '{leader}s team havde {count} medarbejdere i målingen, færre end anonymitetsgrænsen på {k}: intet gennemsnit af en pulsmåling kunne vises, så den startes ikke.',
  },
  'pulse.noTeams': {
    en: 'no team in the round has at least {k} employees (the anonymity threshold): there is nobody to ask',
    da: 'Intet team i målingen har mindst {k} medarbejdere (anonymitetsgrænsen): der er ingen at spørge.',
  },
  'pulse.alreadyRunning': {
    en: 'a pulse of this round is already asking {leader}’s team; wait until it has closed',
    da: 'En pulsmåling af denne måling spørger allerede {leader}s team. Vent, til den er lukket.',
  },
  'pulse.itemNotInRound': {
    en: 'the round did not ask employees the statement "{item}"',
    da: 'Målingen spurgte ikke medarbejderne om udsagnet "{item}".',
  },
  'pulse.closesBeforeOpens': {
    en: 'the closing date must be after the opening date',
    da: 'Slutdatoen skal ligge efter startdatoen.',
  },
  'pulse.closesInPast': {
    en: 'the closing date has passed',
    da: 'Slutdatoen er overskredet.',
  },
  'pulse.tooLong': {
    en: 'a pulse is open for at most 42 days',
    da: 'En pulsmåling er højst åben i 42 dage.',
  },
} as const;

/** The leader's dialogue meeting with the staff: who may plan it, print its kit, record and share its agreements. */
export const dialogueMeetingTexts = {
  'dialogueMeeting.notALeader': {
    en: 'only a leader linked to their place in the hierarchy can plan a dialogue meeting, and only their own',
    da: 'Kun en leder, der er knyttet til sin plads i hierarkiet, kan planlægge et dialogmøde, og kun sit eget.',
  },
  // The same answer whether the meeting is someone else's or does not exist: an id reveals nothing.
  'dialogueMeeting.notFound': {
    en: 'there is no such dialogue meeting of yours',
    da: 'Du har ikke et sådant dialogmøde.',
  },
  'dialogueMeeting.notPlanned': {
    en: 'plan the dialogue meeting for this round first',
    da: 'Planlæg først dialogmødet for denne måling.',
  },
  'dialogueMeeting.othersKit': {
    en: 'a dialogue meeting kit is for the leader whose report it is, and only for them',
    da: 'Et materiale til dialogmødet er kun for den leder, hvis rapport det bygger på.',
  },
  'dialogueMeeting.themeNotInRound': {
    en: 'the theme "{themeId}" was not part of round "{round}"',
    da: 'Temaet "{themeId}" var ikke med i målingen "{round}".',
  },
  'dialogueMeeting.noAgreements': {
    en: 'write down the team\'s agreements before you share them',
    da: 'Skriv teamets aftaler ned, før du deler dem.',
  },
  'dialogueMeeting.notHeld': {
    en: 'mark the meeting as held before you share its agreements',
    da: 'Marker mødet som afholdt, før du deler aftalerne.',
  },
  'dialogueMeeting.alreadyShared': {
    en: 'the agreements were shared with the team on {date} and can no longer be changed',
    da: 'Aftalerne blev delt med teamet den {date} og kan ikke længere ændres.',
  },
} as const;

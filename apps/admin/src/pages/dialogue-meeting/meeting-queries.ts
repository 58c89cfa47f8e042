/** Query keys of the dialogue meeting page, so a change refreshes exactly what it touched. */
export const meetingKeys = {
  mine: (tenantId: string, roundId: string, locale: string) => ['dialogueMeeting', 'mine', tenantId, roundId, locale] as const,
  all: (tenantId: string, roundId: string) => ['dialogueMeeting', 'mine', tenantId, roundId] as const,
};

export { MEETING_MODEL_IDS, meetingAgenda, meetingModelMinutes, meetingModelTitle, type AgendaItem, type MeetingModelId } from './meeting-models.ts';
export { meetingPlanInput, agreementsInput, type MeetingPlanInput } from './meeting-input.ts';
export { meetingSight, type MeetingSight } from './meeting-access.ts';
export { leaderMeeting, plannedMeeting, saveMeetingPlan, saveAgreements, saveHeld, type DialogueMeeting } from './meeting-store.ts';
export { meetingLeader, meetingReportView, assertRoundThemes } from './meeting-report.ts';
export { dialogueKitDocument } from './meeting-kit.ts';
export { shareAgreements, type ShareResult } from './meeting-share.ts';
export { meetingForReader, meetingStatuses, type MeetingForReader, type MeetingStatus } from './meeting-status.ts';

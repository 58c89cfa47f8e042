export { chainFollowUpStatus, type ChainFollowUpStatus, type LeaderFollowUpStatus } from './chain-status.ts';
export { conversationGuide, readingQuestionsOf, type GuideTheme } from './conversation-guide.ts';
export { followUpPolicySchema, loadFollowUpPolicy, saveFollowUpPolicy } from './follow-up-settings.ts';
export { confirmsTalk, planAccess, readsPlanText, type FollowUpPolicy, type PlanAccess, type PlanReader } from './plan-access.ts';
export { planDraftSchema, type FocusPoint, type FocusStatus, type PlanDraft } from './plan-input.ts';
export { confirmTalk, loadPlan, openOwnPlan, planFor, savePlan, type StoredPlan } from './plan-store.ts';
export { planView, type PlanText, type PlanView } from './plan-view.ts';
export { chainLeaders, type RoundLeader } from './round-leaders.ts';
export { sendDueTalkReminders } from './talk-reminders.ts';

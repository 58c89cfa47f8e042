import type { AccountTables } from './accounts.ts';
import type { HierarchyTables } from './hierarchy.ts';
import type { TenancyTables } from './tenancy.ts';
import type { RoundTables } from './rounds.ts';
import type { ThemeTables } from './themes.ts';
import type { ReportJobTables, ReportTables } from './reports.ts';
import type { SurveyGuardTables } from './survey-guards.ts';
import type { DialogueMeetingTables } from './dialogue-meetings.ts';
import type { FollowUpTables } from './follow-up.ts';
import type { InitiativeTables } from './initiatives.ts';
import type { SafetyNetTables } from './safetynet.ts';
import type { SsoTables } from './sso.ts';

export type * from './accounts.ts';
export type * from './hierarchy.ts';
export type * from './tenancy.ts';
export type * from './rounds.ts';
export type * from './themes.ts';
export type * from './reports.ts';
export type * from './survey-guards.ts';
export type * from './dialogue-meetings.ts';
export type * from './follow-up.ts';
export type * from './initiatives.ts';
export type * from './safetynet.ts';
export type * from './sso.ts';

/** Every table Spejl's code may query; each concept adds its own interface here. */
export interface Database extends AccountTables, HierarchyTables, TenancyTables, RoundTables, ThemeTables, ReportTables, ReportJobTables, SurveyGuardTables, DialogueMeetingTables, FollowUpTables, InitiativeTables, SafetyNetTables, SsoTables {}

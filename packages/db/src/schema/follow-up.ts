import type { ColumnType, Generated } from 'kysely';

/** Where a focus point stands. */
export type FocusPointStatus = 'not-started' | 'in-progress' | 'done';

/** Who beyond the leader reads follow-up plans: the tenant's policy (migration 0030). */
export interface FollowUpTables {
  follow_up_settings: {
    tenant_id: string;
    /** A leader reads the plans of the leaders directly below them. */
    superior_reads_plans: Generated<boolean>;
    /** What admins and analysts read: the status only, or the plans' text as well. */
    staff_reads: Generated<'status' | 'everything'>;
    updated_at: Generated<Date>;
  };
  /** A leader's follow-up plan (udviklingsplan) for one closed round, with the talk with their superior. */
  follow_up_plans: {
    tenant_id: string;
    id: Generated<string>;
    round_id: string;
    leader_id: string;
    /** The leader's manager in the round's frozen hierarchy; null for the top. */
    superior_id: string | null;
    /** The leader's notes to the report's three reading questions, in their order. */
    reading_notes: ColumnType<string[], string | undefined, string>;
    talk_at: ColumnType<Date, Date | string, Date | string>;
    agreements: Generated<string>;
    talk_held_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
    talk_confirmed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
    talk_confirmed_by: string | null;
    reminder_sent_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
    revision: Generated<number>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  /** One of a plan's one to three focus points, tied to a theme or one of its items. */
  follow_up_focus_points: {
    tenant_id: string;
    plan_id: string;
    position: number;
    theme_id: string;
    item_id: string | null;
    actions: string;
    due_on: string | null;
    status: FocusPointStatus;
  };
}

import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** The leader's dialogue meeting with the staff after a round (migration 0031). */
export interface DialogueMeetingTables {
  dialogue_meetings: {
    tenant_id: string;
    id: Generated<string>;
    round_id: string;
    /** The leader's person id in the round's snapshot. */
    leader_id: string;
    /** A meeting model's id (core dialogue-meeting/meeting-models.ts). */
    model: string;
    /** The day, `YYYY-MM-DD` on the tenant's clock. */
    meeting_date: ColumnType<string, string, string>;
    /** When the meeting starts, `HH:MM` on the tenant's clock. */
    start_time: Generated<string>;
    theme_ids: Json<string[]>;
    agreements: string | null;
    held_at: Date | null;
    shared_at: Date | null;
    planned_by: string | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
}

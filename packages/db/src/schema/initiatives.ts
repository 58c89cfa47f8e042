import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** A link of an initiative's material (an inspiration video, a page): http or https only. */
export interface InitiativeLink {
  title: string;
  url: string;
}

/** How an initiative's leaders were chosen, as the admin asked. */
export type InitiativeTarget =
  | { kind: 'chain'; leaderId: string }
  | { kind: 'levels'; levels: number[] }
  | { kind: 'all' }
  | { kind: 'below'; roundId: string; themeId: string; value: number };

/** Initiatives (indsatser), their files and the leaders they are aimed at. */
export interface InitiativeTables {
  initiatives: {
    tenant_id: string;
    id: Generated<string>;
    title: string;
    description: string;
    themes: Json<string[]>;
    links: Json<InitiativeLink[]>;
    target: Json<InitiativeTarget>;
    follow_up_months: number;
    /** A calendar date (YYYY-MM-DD) in the tenant's time zone. */
    follow_up_on: ColumnType<string, string, string>;
    created_by: string | null;
    created_at: Generated<Date>;
  };
  initiative_files: {
    tenant_id: string;
    id: Generated<string>;
    initiative_id: string;
    file_name: string;
    content_type: string;
    bytes: Uint8Array;
    created_at: Generated<Date>;
  };
  initiative_targets: {
    tenant_id: string;
    initiative_id: string;
    person_id: string;
    opened_at: Date | null;
    material_mailed_at: Date | null;
    follow_up_mailed_at: Date | null;
    answer_did: string | null;
    answer_worked: string | null;
    answer_wish: string | null;
    answered_at: Date | null;
  };
}

import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** Where a people import came from. */
export type PeopleImportSource = 'console' | 'cli' | 'demo' | 'sftp';

/** The people of a tenant and their history; round snapshots are the frozen copies rounds read. */
export interface HierarchyTables {
  people: {
    tenant_id: string;
    person_id: string;
    name: string;
    email: string | null;
    manager_id: string | null;
    faggruppe: string | null;
    unit_name: string | null;
    /** The HR system's stable code of the unit this person leads (optional; follows units across rounds). */
    unit_code: Generated<string | null>;
    /** The language the person reads a survey and its mails in (a BCP-47 tag, optional; the tenant's locale otherwise). */
    language: Generated<string | null>;
    exempt: Generated<boolean>;
    exempt_reason: string | null;
    /** name, person_id and email lower-cased for search. */
    search_key: string;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  people_imports: {
    tenant_id: string;
    id: Generated<string>;
    at: Generated<Date>;
    actor_user_id: string | null;
    actor_label: string;
    source: PeopleImportSource;
    file_name: string;
    format: 'csv' | 'xlsx';
    rows: number;
    added: number;
    moved: number;
    renamed: number;
    updated: number;
    left: number;
    unchanged: number;
    warnings: number;
  };
  people_import_settings: {
    tenant_id: string;
    column_mapping: Json<Record<string, string>>;
    /** Past this share of the stored people left or moved, an import must be confirmed (whole percent). */
    large_change_percent: Generated<number>;
    updated_at: Generated<Date>;
  };
  round_snapshots: {
    tenant_id: string;
    round_id: string;
    frozen_at: Generated<Date>;
    people: number;
    leaders: number;
    tops: number;
    max_depth: number;
  };
  round_people: {
    tenant_id: string;
    round_id: string;
    person_id: string;
    /** Pre-order position: the chain of this person is ord..subtree_end. */
    ord: number;
    parent_ord: number | null;
    subtree_end: number;
    depth: number;
    direct_reports: number;
    name: string;
    email: string | null;
    manager_id: string | null;
    faggruppe: string | null;
    unit_name: string | null;
    /** The unit code as it was at launch. */
    unit_code: Generated<string | null>;
    /** The people file's language as it was at launch. */
    language: Generated<string | null>;
    exempt: boolean;
  };
  /** An admin's word on which unit of an earlier round became which unit of this one (renamed, split, merged). */
  unit_mappings: {
    tenant_id: string;
    round_id: string;
    earlier_round_id: string;
    /** The earlier unit's leader in the earlier round's snapshot. */
    earlier_leader_id: string;
    /** This round's unit's leader in this round's snapshot. */
    leader_id: string;
    created_by: string | null;
    created_at: Generated<Date>;
  };
  /** Every (ancestor, descendant) pair of a frozen round by ord, self included; join round_people for ids. */
  round_closure: {
    tenant_id: string;
    round_id: string;
    ancestor_ord: number;
    descendant_ord: number;
    /** 0 for the person themselves, 1 for a direct report, … */
    distance: number;
  };
}

import type { ColumnType, Generated } from 'kysely';

/** Sectors decide default framing texts and benchmark groups. */
export type Sector = 'kommune' | 'region' | 'stat';
/** What a member may do inside one tenant. Operators are users with `operator = true`, not members. */
export type MemberRole = 'admin' | 'analyst' | 'leader';

export interface Branding {
  primaryColor?: string;
  logoDataUrl?: string;
}

type Json<T> = ColumnType<T, string, string>;

/** Tenants are a global table (one row per client organisation); the rest here carry tenant_id first in every key. */
export interface TenancyTables {
  tenants: {
    id: Generated<string>;
    slug: string;
    name: string;
    sector: Sector;
    locale: Generated<'da' | 'en'>;
    threshold: Generated<number>;
    /** Comments' threshold; null means the default max(threshold, 5); never below threshold (migration 0026). */
    comment_threshold: number | null;
    /** Whether comments go through the review queue before release (migration 0027). */
    comment_review: Generated<boolean>;
    /** The peers' anonymity threshold: default 3, never below 3 (migration 0025). */
    peer_threshold: Generated<number>;
    /** IANA time zone every time of the tenant is shown in (migration 0016). */
    time_zone: Generated<string>;
    /** Months a round's personal data is kept after it closes: default 24, 6 to 120 (migration 0036). */
    retention_months: Generated<number>;
    /** Admins (and operators acting here) must have two-factor on to use the tenant (migration 0037). */
    require_two_factor: Generated<boolean>;
    branding: Json<Branding>;
    created_at: Generated<Date>;
  };
  memberships: {
    tenant_id: string;
    user_id: string;
    role: MemberRole;
    person_id: string | null;
    created_at: Generated<Date>;
  };
  invitations: {
    tenant_id: string;
    id: Generated<string>;
    email: string;
    role: MemberRole;
    /** The person a leader invitation binds the new member to. */
    person_id: string | null;
    token_hash: string;
    invited_by: string | null;
    expires_at: Date;
    accepted_at: Date | null;
    created_at: Generated<Date>;
  };
  audit_log: {
    tenant_id: string;
    id: Generated<string>;
    at: Generated<Date>;
    actor_user_id: string | null;
    action: string;
    target: string | null;
    details: Json<Record<string, unknown>>;
  };
  mail_outbox: {
    tenant_id: string;
    id: Generated<string>;
    to_address: string;
    subject: string;
    text_body: string;
    html_body: string | null;
    /** The copy still holds its personal links (kept in a demo without a mail server). */
    links_kept: boolean;
    status: Generated<'stored' | 'sent' | 'failed'>;
    error: string | null;
    created_at: Generated<Date>;
  };
}

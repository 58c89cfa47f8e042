import type { ColumnType, Generated } from 'kysely';
import type { MemberRole } from './tenancy.ts';

/** Single sign-on (migration 0038): a tenant's OpenID Connect provider, and the global index sign-in pages read. */
export interface SsoTables {
  sso_configs: {
    tenant_id: string;
    enabled: Generated<boolean>;
    issuer: string;
    client_id: string;
    /** The client secret sealed with AES-256-GCM (core/src/sso/secret-box.ts); never sent to a client. */
    client_secret_sealed: string;
    email_claim: Generated<string>;
    allowed_domains: ColumnType<string[], string[], string[]>;
    provision: Generated<boolean>;
    provision_role: ColumnType<MemberRole, MemberRole | undefined, MemberRole>;
    sso_only: Generated<boolean>;
    updated_by: string | null;
    updated_at: Generated<Date>;
  };
  /** Global: which tenant claims which e-mail domains, and whether its console users may use a password. */
  sso_directory: {
    tenant: string;
    domains: ColumnType<string[], string[], string[]>;
    enabled: boolean;
    sso_only: boolean;
  };
}

import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Global (reference) tables owned by better-auth; names and columns follow its schema. */
export interface AccountTables {
  user: {
    id: string;
    name: string;
    email: string;
    emailVerified: boolean;
    image: string | null;
    operator: Generated<boolean>;
    locale: Generated<string>;
    /** Whether sign-in asks for a TOTP code (better-auth's twoFactor plugin, migration 0037). */
    twoFactorEnabled: Generated<boolean>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  session: {
    id: string;
    expiresAt: Timestamp;
    token: string;
    createdAt: Timestamp;
    updatedAt: Timestamp;
    ipAddress: string | null;
    userAgent: string | null;
    userId: string;
  };
  account: {
    id: string;
    accountId: string;
    providerId: string;
    userId: string;
    accessToken: string | null;
    refreshToken: string | null;
    idToken: string | null;
    accessTokenExpiresAt: Timestamp | null;
    refreshTokenExpiresAt: Timestamp | null;
    scope: string | null;
    password: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  verification: {
    id: string;
    identifier: string;
    value: string;
    expiresAt: Timestamp;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  /** An account's TOTP secret and recovery codes, both encrypted with the auth secret (migration 0037). */
  twoFactor: {
    id: string;
    secret: string;
    backupCodes: string;
    userId: string;
    verified: Generated<boolean>;
    failedVerificationCount: Generated<number>;
    lockedUntil: Timestamp | null;
  };
  rateLimit: {
    id: string;
    key: string;
    count: number;
    lastRequest: number;
  };
  system_mail_outbox: {
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
  /** Failed sign-ins per account or client address in the current window (migration 0012); keyed by a sha256 hash. */
  sign_in_throttle: {
    key: string;
    attempts: number;
    window_started: Timestamp;
  };
}

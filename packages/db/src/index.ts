export { openDatabase, type ConnectionOptions, type SpejlDatabase } from './connection.ts';
export { migrateToLatest } from './migrate.ts';
export { databaseFromEnv, databaseConfigFromEnv, dataDirFromEnv, DEFAULT_DATA_DIR, type DatabaseConfig } from './config.ts';
export { DataDirInUseError } from './data-dir-lock.ts';
export { APP_ROLE } from './roles.ts';
export { withTenant, withUser, isolateTenantTable, TENANT_PREDICATE, type TenantTx } from './tenancy.ts';
export { tenantStatement, inlineParameters } from './tenant-statement.ts';
export type * from './schema/index.ts';
export { sql, type Kysely, type Transaction, type Selectable, type Insertable, type Updateable } from 'kysely';

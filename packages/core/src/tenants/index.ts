export * from './settings.ts';
export { createTenant, listTenants, getTenant, tenantBySlug, updateTenant, tenantsForUser, type Tenant, type TenantChoice } from './tenants.ts';

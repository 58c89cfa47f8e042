/** The role every tenant-scoped query runs as: no superuser, no BYPASSRLS, so row-level security always applies. */
export const APP_ROLE = 'spejl_app';

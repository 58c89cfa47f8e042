export { recordAudit, listAudit, type AuditEntry, type AuditRecord } from './log.ts';

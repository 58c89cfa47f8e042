export { recordAudit, listAudit, type AuditEntry, type AuditRecord } from './log.ts';
export { auditFilterSchema, auditPageSchema, auditPage, allAudit, auditActors, auditActions, type AuditFilter, type AuditRow } from './audit-query.ts';
export { auditCsv } from './audit-csv.ts';
export { operatorOwnAudit, type OperatorAuditRow } from './operator-audit.ts';

/** An audit entry as the console's pages receive it. */
export interface ShownAuditRow {
  id: string;
  at: Date | string;
  actorEmail: string | null;
  actorRole: string;
  action: string;
  subject: string | null;
  details: Record<string, unknown>;
  tenantName?: string;
}

type Translate = (key: string) => string;
type Known = (key: string) => boolean;

/** A known action in words; any other as its action code, which says what happened as it is. */
export function actionLabel(action: string, t: Translate, te: Known): string {
  // Codes nest (report.bulk-pdf and report.bulk-pdf.download), so the messages are keyed flat.
  const key = `audit.actions.${action.replace(/[.-]/g, '_')}`;
  return te(key) ? t(key) : action;
}

/** The actor's role in words. */
export function roleLabel(role: string, t: Translate, te: Known): string {
  return te(`audit.roles.${role}`) ? t(`audit.roles.${role}`) : role;
}

/** A date field's day as the filter's bound: from the start of the day, to its end (UTC days). */
export function dayBound(day: string, end: boolean): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return new Date(`${day}T${end ? '23:59:59.999' : '00:00:00.000'}Z`);
}

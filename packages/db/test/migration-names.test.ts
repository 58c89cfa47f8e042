import { describe, expect, it } from 'vitest';
import { migrations } from '../src/migrations/index.ts';

/*
 * A database remembers the names of the migrations it ran, and Kysely refuses to start when one of
 * them is missing or a new one sorts before the last it ran. These are the names released so far:
 * renaming one, or numbering a new one below them, would stop every existing installation.
 */
const RELEASED = [
  '0001_foundation', '0002_hierarchy', '0003_themes', '0004_rounds', '0005_reports', '0006_leader_person',
  '0007_survey_submit', '0008_survey_submit_tenant', '0009_report_jobs', '0010_forms_unpaired',
  '0011_survey_link_guesses', '0012_secrets_and_sign_in', '0015_people_import_safety', '0016_tenant_time_zone',
  '0017_reminders_by_hand', '0018_audit_by_actor', '0019_outbox_subjects_without_links', '0020_reminder_forms',
  '0021_reminders_not_needed',
];

describe('migration names', () => {
  const names = Object.keys(migrations);

  it('keeps every released name', () => {
    expect(RELEASED.filter((n) => !names.includes(n))).toEqual([]);
  });

  it('numbers every new migration after the last released one, in order', () => {
    const last = RELEASED.at(-1)!;
    const added = names.filter((n) => !RELEASED.includes(n));
    expect(added.filter((n) => n <= last)).toEqual([]);
    expect(names).toEqual([...names].sort());
  });
});

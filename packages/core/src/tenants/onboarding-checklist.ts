import { sql, type TenantTx } from '@spejl/db';

/** The steps a new organisation goes through before its first round, in order. */
export const ONBOARDING_STEPS = ['branding', 'people', 'themes', 'reports', 'round'] as const;
/** One step of the checklist. */
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/** One step and whether the organisation's data shows it done, with the counts that tell. */
export interface ChecklistItem {
  step: OnboardingStep;
  done: boolean;
  /** What was found: people in the hierarchy, theme choices and framing saved, rounds launched or in draft. */
  facts: Record<string, number>;
}

interface Counts {
  branded: boolean;
  people: number;
  themeChoices: number;
  framing: number;
  localQuestions: number;
  reportSettings: number;
  launched: number;
  drafts: number;
}

async function counts(tx: TenantTx, tenantId: string): Promise<Counts> {
  const t = sql`${tenantId}::uuid`;
  const result = await sql<Omit<Counts, 'branded'> & { branding: { primaryColor?: string; logoDataUrl?: string } }>`
    select
      (select branding from tenants where id = ${t}) as branding,
      (select count(*) from people where tenant_id = ${t})::int as people,
      (select count(*) from tenant_themes where tenant_id = ${t})::int as "themeChoices",
      (select count(*) from tenant_framing where tenant_id = ${t})::int as framing,
      (select count(*) from local_questions where tenant_id = ${t})::int as "localQuestions",
      (select count(*) from report_settings where tenant_id = ${t})::int as "reportSettings",
      (select count(*) from rounds where tenant_id = ${t} and status <> 'draft')::int as launched,
      (select count(*) from rounds where tenant_id = ${t} and status = 'draft')::int as drafts`.execute(tx);
  const row = result.rows[0]!;
  return { ...row, branded: Boolean(row.branding?.primaryColor || row.branding?.logoDataUrl) };
}

/**
 * What a new organisation has set up, read from its data (never from flags someone ticks): a
 * colour or logo, people in the hierarchy, a saved choice of themes, framing or local questions,
 * saved report settings, a launched round.
 */
export async function onboardingChecklist(tx: TenantTx, tenantId: string): Promise<ChecklistItem[]> {
  const c = await counts(tx, tenantId);
  const done: Record<OnboardingStep, [boolean, Record<string, number>]> = {
    branding: [c.branded, {}],
    people: [c.people > 0, { people: c.people }],
    themes: [c.themeChoices + c.framing + c.localQuestions > 0, { themeChoices: c.themeChoices, framing: c.framing, localQuestions: c.localQuestions }],
    reports: [c.reportSettings > 0, {}],
    round: [c.launched > 0, { launched: c.launched, drafts: c.drafts }],
  };
  return ONBOARDING_STEPS.map((step) => ({ step, done: done[step][0], facts: done[step][1] }));
}

import { faggruppeKey, tenantFramingFrom, type SomeTexts, type TenantFraming } from '@spejl/plugin-sdk/render';

/** One editable row of the framing editor. */
export interface FramingRow {
  faggruppe: string;
  da: string;
  en: string;
}

/** The framing editor's unsaved state. */
export interface FramingForm {
  defaultDa: string;
  defaultEn: string;
  rows: FramingRow[];
}

/** A field's problem as an i18n key, keyed by the same path the server uses. */
export type FramingErrors = Record<string, string>;

const texts = (da: string, en: string): SomeTexts | null => (da.trim() ? { da: da.trim(), ...(en.trim() ? { en: en.trim() } : {}) } : null);

/** The form as the server's framing input (and, unsaved, as the preview's framing). */
export function framingInput(form: FramingForm) {
  return {
    defaultExample: texts(form.defaultDa, form.defaultEn),
    faggruppeExamples: form.rows.map((r) => ({ faggruppe: r.faggruppe.trim(), example: texts(r.da, r.en) ?? { da: '' } })),
  };
}

/** What the live preview resolves against: the unsaved form with the tenant's sector. */
export function previewFraming(form: FramingForm, sector: TenantFraming['sector']): TenantFraming {
  const input = framingInput(form);
  return tenantFramingFrom({ sector, defaultExample: input.defaultExample, faggruppeExamples: input.faggruppeExamples.filter((r) => r.faggruppe && r.example.da) });
}

// The server refuses "{{" and "}}" in an example; the editor says so before saving.
const hasBraces = (text: string) => /\{\{|\}\}/.test(text);

/** The same rules the server applies, so a person sees each problem beside its field before saving. */
export function validateFraming(form: FramingForm): FramingErrors {
  const errors: FramingErrors = {};
  if (hasBraces(form.defaultDa)) errors['defaultExample.da'] = 'themes.framing.invalid.braces';
  if (hasBraces(form.defaultEn)) errors['defaultExample.en'] = 'themes.framing.invalid.braces';
  const seen = new Set<string>();
  form.rows.forEach((row, i) => {
    const key = faggruppeKey(row.faggruppe);
    if (!key) errors[`faggruppeExamples.${i}.faggruppe`] = 'themes.framing.invalid.faggruppe';
    else if (seen.has(key)) errors[`faggruppeExamples.${i}.faggruppe`] = 'themes.framing.invalid.duplicate';
    seen.add(key);
    if (!row.da.trim()) errors[`faggruppeExamples.${i}.example.da`] = 'themes.framing.invalid.danish';
    else if (hasBraces(row.da)) errors[`faggruppeExamples.${i}.example.da`] = 'themes.framing.invalid.braces';
    if (hasBraces(row.en)) errors[`faggruppeExamples.${i}.example.en`] = 'themes.framing.invalid.braces';
  });
  return errors;
}

/** The editor's starting state from saved settings. */
export function formFromSettings(settings: { readonly defaultExample: SomeTexts | null; readonly faggruppeExamples: readonly { readonly faggruppe: string; readonly example: SomeTexts }[] }): FramingForm {
  return {
    defaultDa: settings.defaultExample?.da ?? '',
    defaultEn: settings.defaultExample?.en ?? '',
    rows: settings.faggruppeExamples.map((r) => ({ faggruppe: r.faggruppe, da: r.example.da ?? '', en: r.example.en ?? '' })),
  };
}

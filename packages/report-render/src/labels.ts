import type { Cell, GapReading, Locale, SuppressionReason } from '@spejl/plugin-sdk';

/** The words a renderer adds around a report document's own texts, per locale. */
export interface RenderLabels {
  readonly statement: string;
  /** The first column's heading when every row of a score table is a theme. */
  readonly theme: string;
  readonly withheld: string;
  readonly reasons: Record<SuppressionReason, string>;
  readonly answers: (n: number) => string;
  readonly scale: readonly [string, string, string, string, string];
  readonly dontKnow: string;
  readonly self: string;
  readonly others: string;
  readonly gap: string;
  readonly readings: Record<GapReading, string>;
  readonly answered: string;
  readonly invited: string;
  readonly rate: string;
  readonly group: string;
  readonly withheldLegend: string;
  /** Between the ends of a range in a heatmap's legend. */
  readonly to: string;
  /** A trend table's last column: the change since the last earlier figure. */
  readonly change: string;
}

const da: RenderLabels = {
  statement: 'Udsagn',
  theme: 'Tema',
  withheld: 'skjult',
  reasons: {
    'below-threshold': 'skjult: for få besvarelser',
    'too-few-answers': 'skjult: for få svar',
    complementary: 'skjult: kunne regnes ud fra andre tal',
    'no-forms': 'ingen besvarelser',
  },
  answers: (n) => `${n} svar`,
  scale: ['Helt uenig', 'Uenig', 'Hverken enig eller uenig', 'Enig', 'Helt enig'],
  dontKnow: 'Ved ikke',
  self: 'Selv',
  others: 'Medarbejdere',
  gap: 'Forskel',
  readings: { 'blind-spot': 'Blind plet', 'hidden-strength': 'Skjult styrke', aligned: 'Samstemmende' },
  answered: 'Svaret',
  invited: 'Inviteret',
  rate: 'Svarprocent',
  group: 'Respondentgruppe',
  withheldLegend: 'Tal, der ikke vises, er skjult for at beskytte anonymiteten.',
  to: 'til',
  change: 'Ændring',
};

const en: RenderLabels = {
  statement: 'Statement',
  theme: 'Theme',
  withheld: 'hidden',
  reasons: {
    'below-threshold': 'hidden: too few forms',
    'too-few-answers': 'hidden: too few answers',
    complementary: 'hidden: could be worked out from other figures',
    'no-forms': 'no forms',
  },
  answers: (n) => `${n} answers`,
  scale: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
  dontKnow: "Don't know",
  self: 'Self',
  others: 'Employees',
  gap: 'Gap',
  readings: { 'blind-spot': 'Blind spot', 'hidden-strength': 'Hidden strength', aligned: 'Aligned' },
  answered: 'Answered',
  invited: 'Invited',
  rate: 'Response rate',
  group: 'Respondent group',
  withheldLegend: 'Figures not shown are hidden to protect anonymity.',
  to: 'to',
  change: 'Change',
};

/** The renderer's labels in `locale`. */
export function renderLabels(locale: Locale): RenderLabels {
  return locale === 'en' ? en : da;
}

// One formatter per locale: creating an Intl formatter per number costs more than the rest of a table.
const ONE_DECIMAL: Record<Locale, Intl.NumberFormat> = {
  da: new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** A mean with one decimal, as readers of that locale write it (3,9 in Danish). */
export function formatMean(value: number, locale: Locale): string {
  return ONE_DECIMAL[locale].format(value);
}

/** A signed difference with one decimal (+0,4 / −1,2). */
export function formatGap(value: number, locale: Locale): string {
  const text = formatMean(Math.abs(value), locale);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** A whole percentage of answered over invited, or an en dash when nobody was invited. */
export function formatRate(answered: number, invited: number): string {
  return invited > 0 ? `${Math.round((answered / invited) * 100)} %` : '–';
}

/** A cell's text: the mean, the reason it is withheld, or nothing. */
export function cellText(cell: Cell | undefined, locale: Locale): string {
  if (!cell) return '';
  return cell.suppressed ? renderLabels(locale).withheld : formatMean(cell.mean, locale);
}

/** The SDK 1.0 heatmap colour (a heatmap without a scale) for a mean on 1–5: red through amber to green, pale enough for black text; hex, which PDF and CSS both read. */
export function heatColour(mean: number): string {
  const t = Math.min(1, Math.max(0, (mean - 1) / 4));
  // HSL (hue 0–120°, 60 % saturation, 80 % lightness) to RGB.
  const hue = t * 120;
  const chroma = (1 - Math.abs(2 * 0.8 - 1)) * 0.6;
  const x = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = 0.8 - chroma / 2;
  const [r, g] = hue < 60 ? [chroma, x] : [x, chroma];
  const hex = (v: number) => Math.round((v + m) * 255).toString(16).padStart(2, '0');
  return `#${hex(r)}${hex(g)}${hex(0)}`;
}

/** The first column's heading of a score table: "Tema" when its rows are all themes, else "Udsagn". */
export function firstColumnLabel(labels: RenderLabels, rows: readonly { readonly kind: string }[]): string {
  return rows.length > 0 && rows.every((r) => r.kind === 'theme') ? labels.theme : labels.statement;
}

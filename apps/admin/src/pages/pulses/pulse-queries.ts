import { trpc } from '../../api/trpc.ts';

/** Query keys of pulses: everything about one tenant's pulses invalidates together. */
export const pulseKeys = {
  all: (tenantId: string) => ['pulses', tenantId] as const,
  mine: (tenantId: string, roundId: string) => ['pulses', tenantId, 'mine', roundId] as const,
  list: (tenantId: string, roundId: string) => ['pulses', tenantId, 'list', roundId] as const,
  result: (tenantId: string, pulseId: string, leaderId: string | null) => ['pulses', tenantId, 'result', pulseId, leaderId] as const,
  preview: (tenantId: string, request: unknown) => ['pulses', tenantId, 'preview', request] as const,
};

/** A pulse as the lists show it. */
export type PulseSummary = Awaited<ReturnType<typeof trpc.pulses.list.query>>[number];
/** One team's pulse result. */
export type PulseResult = Awaited<ReturnType<typeof trpc.pulses.result.query>>;
/** What a pulse would ask of whom. */
export type PulsePreview = Awaited<ReturnType<typeof trpc.pulses.preview.query>>;

/** How many statements a pulse asks at most (the server's MAX_PULSE_ITEMS). */
export const MAX_PULSE_ITEMS = 8;

/** The statements a focus point names: its one statement, or its whole theme's. */
export function focusItems(themes: readonly { id: string; items: readonly { id: string }[] }[], p: { themeId: string; itemId: string | null }): { theme: string; item: string }[] {
  if (p.itemId !== null) return [{ theme: p.themeId, item: p.itemId }];
  const theme = themes.find((t) => t.id === p.themeId);
  return (theme?.items ?? []).slice(0, MAX_PULSE_ITEMS).map((i) => ({ theme: p.themeId, item: i.id }));
}

/** A mean with two decimals in the reader's language (3,25 in Danish). */
export function formatMean(value: number, locale: string): string {
  return value.toLocaleString(locale === 'en' ? 'en-GB' : 'da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A change with its sign (+0,80 / −0,25). */
export function formatChange(value: number, locale: string): string {
  const text = formatMean(Math.abs(value), locale);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

// The plugins Spejl was built with, as the core and the API load them (no folder scanning at run time).
import type { AnyTheme, ReportPlugin } from '@spejl/plugin-sdk';
import { generatedPlugins } from './registry.generated.ts';

/** Every theme plugin, in folder order. */
export const themes: readonly AnyTheme[] = generatedPlugins.flatMap((p) => (p.kind === 'theme' ? [p.plugin] : []));
/** Every report plugin, in folder order. */
export const reports: readonly ReportPlugin[] = generatedPlugins.flatMap((p) => (p.kind === 'report' ? [p.plugin] : []));

/** The theme plugin with this id, if any. */
export function findTheme(id: string): AnyTheme | undefined {
  return themes.find((t) => t.id === id);
}

/** The report plugin with this id, if any. */
export function findReport(id: string): ReportPlugin | undefined {
  return reports.find((r) => r.id === id);
}


import { openQuestionKeys } from '@spejl/plugin-sdk';
import type { PinnedTheme, RoundItem } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';

/** The part of a theme a round needs (structurally the plugin SDK's AnyTheme). */
export interface RoundTheme {
  readonly id: string;
  readonly version: string;
  readonly items: readonly { readonly id: string }[];
  readonly questions?: readonly { readonly id: string }[];
}

/** Where themes come from: the generated plugin registry in production, a list in tests. */
export interface ThemeSource {
  /** Every version of a theme the platform has, newest first. */
  versions(id: string): readonly RoundTheme[];
  /** Ids of every available theme, for error messages. */
  ids(): readonly string[];
}

/** A theme source over a fixed list (what the registry adapter and tests build). */
export function themeSourceOf(themes: readonly RoundTheme[]): ThemeSource {
  return {
    versions: (id) => themes.filter((t) => t.id === id),
    ids: () => [...new Set(themes.map((t) => t.id))],
  };
}

/** Pins each chosen theme at the requested (or newest) version, copying its content into the round. */
export function pinThemes(source: ThemeSource, chosen: readonly { id: string; version?: string | undefined }[]): { themes: PinnedTheme[]; items: RoundItem[]; questions: string[] } {
  const issues: { path: string; message: string }[] = [];
  const themes: PinnedTheme[] = [];
  chosen.forEach((c, i) => {
    const versions = source.versions(c.id);
    const theme = c.version ? versions.find((t) => t.version === c.version) : versions[0];
    if (!versions.length) issues.push({ path: `themes.${i}.id`, message: `there is no theme "${c.id}"; available: ${source.ids().join(', ') || 'none'}` });
    else if (!theme) issues.push({ path: `themes.${i}.version`, message: `theme "${c.id}" has no version ${c.version}; available: ${versions.map((t) => t.version).join(', ')}` });
    else themes.push(JSON.parse(JSON.stringify(theme)) as PinnedTheme);
  });
  if (issues.length) throw codedError('BAD_INPUT', 'round.themesUnavailable', {}, issues);
  const items = themes.flatMap((t) => (t.items as { id: string }[]).map((item) => ({ theme: t.id, item: item.id })));
  const questions = openQuestionKeys(themes as unknown as RoundTheme[]);
  return { themes, items, questions };
}

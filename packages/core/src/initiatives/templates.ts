import type { AnyTheme, SomeTexts } from '@spejl/plugin-sdk';

/** An initiative a theme suggests, with the theme it belongs to: what an admin starts a new initiative from. */
export interface InitiativeTemplate {
  themeId: string;
  themeTitle: SomeTexts;
  id: string;
  title: SomeTexts;
  description: SomeTexts;
  followUpMonths: number;
}

/** Every initiative the given themes suggest (SDK 1.4's optional `initiatives`), in the themes' order. */
export function initiativeTemplates(themes: readonly AnyTheme[]): InitiativeTemplate[] {
  return themes.flatMap((theme) => (theme.initiatives ?? []).map((t) => ({
    themeId: theme.id, themeTitle: theme.title, id: t.id, title: t.title, description: t.description, followUpMonths: t.followUpMonths,
  })));
}

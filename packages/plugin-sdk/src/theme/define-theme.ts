import type { Locale } from '../locales.ts';
import type { RaterRole } from '../roles.ts';
import { PluginDefinitionError, issuesFromZod } from '../errors.ts';
import { deepFreeze } from '../freeze.ts';
import { ThemeHeader, crossCheckTheme, themeSchema } from './theme-schema.ts';
import type { AnyTheme, Theme, ThemeDefinition } from './types.ts';

function describe(input: unknown): string {
  const id = input && typeof input === 'object' && 'id' in input && typeof input.id === 'string' ? input.id : undefined;
  return id ? `theme "${id}"` : 'theme';
}

/**
 * Validates any theme-shaped data (a plugin's definition, a tenant's local questions,
 * a round's pinned snapshot) and returns it frozen. Throws PluginDefinitionError naming
 * the path and reason of every problem.
 */
export function parseTheme(input: unknown, subject = describe(input)): AnyTheme {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    throw new PluginDefinitionError(subject, [{ path: '', message: 'a theme must be an object with id, version, roles, locales, title, about, intro and items' }]);
  }
  const header = ThemeHeader.safeParse(input);
  if (!header.success) throw new PluginDefinitionError(subject, issuesFromZod(header.error));
  const { roles, locales } = header.data as { roles: RaterRole[]; locales: Locale[] };
  const parsed = themeSchema(roles, locales).safeParse(input);
  const issues = [...(parsed.success ? [] : issuesFromZod(parsed.error)), ...crossCheckTheme(input as Record<string, unknown>)];
  if (issues.length || !parsed.success) throw new PluginDefinitionError(subject, issues);
  return deepFreeze({ kind: 'theme' as const, ...parsed.data });
}

/**
 * Defines a theme (*ledelsestema*). The types make every intro and statement carry a
 * text for each role in `roles` and each locale in `locales`; at run time the same is
 * checked with zod, with the path and reason of any error.
 */
export function defineTheme<const R extends RaterRole, const L extends Locale>(definition: ThemeDefinition<R, L>): Theme<R, L> {
  return parseTheme(definition) as unknown as Theme<R, L>;
}

/** True when `value` is a theme made by defineTheme or parseTheme. */
export function isTheme(value: unknown): value is AnyTheme {
  return !!value && typeof value === 'object' && (value as { kind?: unknown }).kind === 'theme';
}

import { z } from 'zod';
import semver from 'semver';
import { PluginDefinitionError, issuesFromZod } from '../errors.ts';

/** The version of this SDK's contract; a plugin's manifest `sdk` range must include it. */
export const SDK_VERSION = '1.4.0';

/** What a plugin provides. */
export const PLUGIN_KINDS = ['theme', 'report'] as const;
/** One kind of plugin. */
export type PluginKind = (typeof PLUGIN_KINDS)[number];

/** The `"spejl"` key of a plugin's package.json: what it is and which SDK versions it was written for. */
export const PluginManifest = z.strictObject({
  kind: z.enum(PLUGIN_KINDS, { error: (iss) => (iss.input === undefined ? 'missing "kind": "theme" or "report"' : `${JSON.stringify(iss.input)} is not a plugin kind; use "theme" or "report"`) }),
  sdk: z
    .string({ error: 'missing "sdk": the range of SDK versions the plugin works with, e.g. "^1"' })
    .refine((range) => semver.validRange(range) !== null, { error: (iss) => `${JSON.stringify(iss.input)} is not a semver range such as "^1"` })
    .refine((range) => semver.satisfies(SDK_VERSION, range), { error: (iss) => `the plugin needs SDK ${String(iss.input)}, but this is SDK ${SDK_VERSION}; update the plugin or its "sdk" range` }),
});
/** A validated plugin manifest. */
export type PluginManifest = z.infer<typeof PluginManifest>;

/** The parts of package.json the registry reads. */
export const PluginPackageJson = z
  .looseObject({ name: z.string({ error: 'missing "name"' }).min(1), spejl: PluginManifest.optional() })
  .superRefine((pkg, ctx) => {
    if (!pkg.spejl) ctx.addIssue({ code: 'custom', path: ['spejl'], message: 'missing the "spejl" manifest, e.g. { "kind": "theme", "sdk": "^1" }' });
  });

/** Validates a plugin's package.json; `where` names the file in the error. */
export function parsePluginPackageJson(input: unknown, where: string): { name: string; manifest: PluginManifest } {
  const parsed = PluginPackageJson.safeParse(input);
  if (!parsed.success) throw new PluginDefinitionError(where, issuesFromZod(parsed.error));
  return { name: parsed.data.name, manifest: parsed.data.spejl as PluginManifest };
}

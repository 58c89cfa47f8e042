import { z } from 'zod';
import semver from 'semver';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A plugin or item id: lower-case kebab-case, so it can stand in a `<theme>.<item>` file column. */
export const PluginId = z
  .string({ error: 'must be a text id such as "borgerorientering"' })
  .regex(KEBAB, { error: (iss) => `${JSON.stringify(iss.input)} is not a valid id: use lower-case a–z, 0–9 and single "-" (e.g. "oplevet-kvalitet")` });

/** A semantic version such as "1.0.0". */
export const SemverVersion = z
  .string({ error: 'must be a version text such as "1.0.0"' })
  .refine((v) => semver.valid(v) !== null, { error: (iss) => `${JSON.stringify(iss.input)} is not a semantic version such as "1.0.0"` });

import { describe, expect, it } from 'vitest';
import { PluginDefinitionError, parsePluginPackageJson, SDK_VERSION } from '../src/index.ts';

function issues(pkg: unknown) {
  try {
    parsePluginPackageJson(pkg, 'plugins/theme-x/package.json');
  } catch (error) {
    if (error instanceof PluginDefinitionError) return error.issues;
    throw error;
  }
  return [];
}

describe('plugin manifest', () => {
  it('accepts a theme written for this SDK', () => {
    expect(parsePluginPackageJson({ name: '@spejl/theme-x', spejl: { kind: 'theme', sdk: '^1' } }, 'p')).toEqual({ name: '@spejl/theme-x', manifest: { kind: 'theme', sdk: '^1' } });
    expect(SDK_VERSION).toMatch(/^1\./);
  });

  it('rejects a plugin written for another major version of the SDK', () => {
    expect(issues({ name: 'x', spejl: { kind: 'theme', sdk: '^2' } })).toEqual([
      { path: 'spejl.sdk', message: `the plugin needs SDK ^2, but this is SDK ${SDK_VERSION}; update the plugin or its "sdk" range` },
    ]);
  });

  it('names a missing manifest, a wrong kind and a malformed range', () => {
    expect(issues({ name: 'x' })).toEqual([{ path: 'spejl', message: 'missing the "spejl" manifest, e.g. { "kind": "theme", "sdk": "^1" }' }]);
    expect(issues({ name: 'x', spejl: { kind: 'widget', sdk: '^1' } })).toEqual([{ path: 'spejl.kind', message: '"widget" is not a plugin kind; use "theme" or "report"' }]);
    expect(issues({ name: 'x', spejl: { kind: 'report', sdk: 'one' } })[0]).toEqual({ path: 'spejl.sdk', message: '"one" is not a semver range such as "^1"' });
  });

  it('says which file is wrong', () => {
    expect(() => parsePluginPackageJson({ name: 'x', spejl: {} }, 'plugins/theme-x/package.json')).toThrow(/^plugins\/theme-x\/package.json is invalid:/);
  });
});

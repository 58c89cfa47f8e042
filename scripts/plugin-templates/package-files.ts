/** A scaffolded file: path inside the new package and its content. */
export type TemplateFiles = Record<string, string>;

/** The files every plugin package has: manifest, TypeScript, turbo and vitest configuration. */
export function packageFiles(kind: 'theme' | 'report', name: string, description: string): TemplateFiles {
  const pkg = {
    name: `@spejl/${kind}-${name}`,
    version: '1.0.0',
    private: true,
    type: 'module',
    description,
    exports: { '.': './src/index.ts' },
    spejl: { kind, sdk: '^1' },
    scripts: { build: 'spejl-plugin validate', typecheck: 'tsc -p tsconfig.json', test: 'vitest run' },
    dependencies: { '@spejl/plugin-sdk': 'workspace:*' },
    devDependencies: { '@spejl/plugin-testing': 'workspace:*', vitest: 'catalog:' },
  };
  return {
    'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
    'tsconfig.json': '{ "extends": "../../tsconfig.base.json", "include": ["src", "test"] }\n',
    'turbo.json': '{ "extends": ["//"], "tasks": { "build": { "outputs": [] } } }\n',
    'vitest.config.ts': `import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: '${kind}-${name}', include: ['test/**/*.test.ts'] },
});
`,
  };
}

/** "lokal-trivsel" → "Lokal trivsel": a readable starting title from the package name. */
export function titleFrom(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

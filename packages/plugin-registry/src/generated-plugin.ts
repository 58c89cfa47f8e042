import type { AnyTheme, ReportPlugin } from '@spejl/plugin-sdk';

/** One entry of the generated registry: the package, its folder and the validated plugin. */
export type GeneratedPlugin =
  | { readonly name: string; readonly dir: string; readonly kind: 'theme'; readonly plugin: AnyTheme }
  | { readonly name: string; readonly dir: string; readonly kind: 'report'; readonly plugin: ReportPlugin };

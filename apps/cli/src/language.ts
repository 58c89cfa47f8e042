import type { Language } from '@spejl/core';

/** The languages `--lang` takes. */
export const CLI_LANGUAGES = ['da', 'en'] as const;

// A locale naming a language: "da", "da_DK.UTF-8", "en-GB"; C, POSIX and C.UTF-8 name none.
const NAMED = /^(da|en)(?:$|[_.@-])/i;

/**
 * The language the command line speaks: `--lang`, else the shell's locale when it names Danish
 * or English (LC_ALL, LC_MESSAGES, LANG), else Danish — Spejl's first language, as in the console.
 */
export function cliLanguage(option: unknown, env: NodeJS.ProcessEnv = process.env): Language {
  if (option === 'da' || option === 'en') return option;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return NAMED.exec(locale)?.[1]?.toLowerCase() === 'en' ? 'en' : 'da';
}

import { defineTheme } from '@spejl/plugin-sdk';
import { about, framing, guidance, intro, title } from './texts.ts';
import { items } from './statements.ts';
import { questions } from './questions.ts';

/** Faglig ledelse: how the leader sets direction for, and develops, the professional quality of the work. */
export default defineTheme({
  id: 'faglig-ledelse',
  version: '1.1.0',
  roles: ['employee', 'self', 'superior'],
  locales: ['da', 'en'],
  title,
  about,
  intro,
  items,
  questions,
  framing,
  guidance,
});

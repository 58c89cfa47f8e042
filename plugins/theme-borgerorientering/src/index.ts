import { defineTheme } from '@spejl/plugin-sdk';
import { about, title } from './about.ts';
import { framing, intro } from './intro.ts';
import { items } from './statements.ts';
import { questions } from './questions.ts';
import { guidance } from './guidance.ts';
import { initiatives } from './initiatives.ts';

/** Borgerorientering: the leader's focus on putting citizens at the centre (four statements, agree5). */
export default defineTheme({
  id: 'borgerorientering',
  version: '1.2.0',
  roles: ['employee', 'self', 'superior'],
  locales: ['da', 'en'],
  title,
  about,
  intro,
  items,
  questions,
  framing,
  guidance,
  initiatives,
});

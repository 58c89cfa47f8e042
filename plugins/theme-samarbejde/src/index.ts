import { defineTheme } from '@spejl/plugin-sdk';
import { about, intro, title } from './about.ts';
import { questions } from './questions.ts';
import { items } from './statements.ts';

/**
 * Samarbejde: collaboration and trust between leaders (five statements, agree5). Worded for the
 * peers (sideordnede ledere), the leader and the superior, not for employees: it is the battery
 * peers answer.
 */
export default defineTheme({
  id: 'samarbejde',
  version: '1.0.0',
  roles: ['self', 'superior', 'peer'],
  locales: ['da', 'en'],
  title,
  about,
  intro,
  items,
  questions,
});

import { defineTheme } from '@spejl/plugin-sdk';

const both = (da: string, en: string) => ({ da, en });

/** A small complete theme for report plugins' tests (two statements, every role, Danish and English). */
export const sampleTheme = defineTheme({
  id: 'tillid',
  version: '1.0.0',
  roles: ['employee', 'self', 'superior'],
  locales: ['da', 'en'],
  title: both('Tillid', 'Trust'),
  about: { what: both('Tillid handler om at give plads og ansvar.', 'Trust is about giving room and responsibility.'), why: both('Tillid giver arbejdsglæde.', 'Trust makes work meaningful.') },
  intro: {
    employee: both('De næste spørgsmål handler om din leder.', 'The next questions are about your leader.'),
    self: both('De næste spørgsmål handler om dig som leder.', 'The next questions are about you as a leader.'),
    superior: both('De næste spørgsmål handler om lederen.', 'The next questions are about the leader.'),
  },
  items: [
    {
      id: 'ansvar',
      label: both('Ansvar', 'Responsibility'),
      text: {
        employee: both('Min leder giver os ansvar for vores opgaver.', 'My leader gives us responsibility for our tasks.'),
        self: both('Jeg giver mine medarbejdere ansvar for deres opgaver.', 'I give my employees responsibility for their tasks.'),
        superior: both('Lederen giver sine medarbejdere ansvar for deres opgaver.', 'The leader gives their employees responsibility for their tasks.'),
      },
    },
    {
      id: 'aabenhed',
      label: both('Åbenhed', 'Openness'),
      text: {
        employee: both('Min leder er åben om beslutninger.', 'My leader is open about decisions.'),
        self: both('Jeg er åben om beslutninger.', 'I am open about decisions.'),
        superior: both('Lederen er åben om beslutninger.', 'The leader is open about decisions.'),
      },
    },
  ],
});

import type { RoundTexts } from '@spejl/db';

/**
 * The invitation and reminder texts a new round starts with; admins edit them before launch.
 * `{{anonymity}}` says, per recipient, which of their answers are anonymous (anonymity-sentence.ts):
 * one sentence for all would promise a leader or a superior an anonymity they do not have.
 */
export const DEFAULT_ROUND_TEXTS: RoundTexts = {
  invitation: {
    da: {
      subject: 'Ledelsesevaluering: {{round}}',
      body: 'Kære {{name}}\n\nDu inviteres til at deltage i ledelsesevalueringen "{{round}}". {{anonymity}}\n\nDit personlige link:\n{{link}}\n\nDu kan gemme undervejs, komme tilbage og rette dine svar indtil {{closes}}.\n\nLinket er personligt: send det ikke videre.',
    },
    en: {
      subject: 'Leadership evaluation: {{round}}',
      body: 'Dear {{name}}\n\nYou are invited to take part in the leadership evaluation "{{round}}". {{anonymity}}\n\nYour personal link:\n{{link}}\n\nYou can save as you go, come back and change your answers until {{closes}}.\n\nThe link is personal: please do not forward it.',
    },
  },
  reminder: {
    da: {
      subject: 'Påmindelse: {{round}}',
      body: 'Kære {{name}}\n\nVi mangler stadig dine svar til ledelsesevalueringen "{{round}}". Målingen lukker {{closes}}.\n\nDit personlige link:\n{{link}}',
    },
    en: {
      subject: 'Reminder: {{round}}',
      body: 'Dear {{name}}\n\nWe are still missing your answers to the leadership evaluation "{{round}}". It closes {{closes}}.\n\nYour personal link:\n{{link}}',
    },
  },
};

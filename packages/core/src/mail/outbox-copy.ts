import type { MailMessage } from './message.ts';

/** What stands in an outbox copy where a personal link was, in the mail's own language. */
export const WITHHELD_LINK = {
  da: '[personligt link – kun til modtageren]',
  en: '[personal link – for the addressee only]',
} as const;

/** What stands in an outbox copy where words for the addressees alone were. */
export const WITHHELD_PRIVATE = {
  da: '[kun til modtagerne]',
  en: '[for the addressees only]',
} as const;

/** The mail as the outbox keeps it: subject, text and HTML, and whether text and HTML still hold the personal links. */
export interface OutboxCopy {
  /** Never holds a link, demo or not: subjects are listed and searched, and a link is no subject's business. */
  subject: string;
  text: string;
  html: string | null;
  /** True only when the links were kept (a demo without a mail server). */
  linksKept: boolean;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The forms a link can take inside HTML: as written, and with each escapable character as a named or numeric entity. */
function htmlForms(secret: string): string[] {
  const named = secret.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
  const numeric = secret.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return [...new Set([secret, named, numeric])];
}

function withhold(body: string, forms: string[], placeholder: string): string {
  // Longest first, so an escaped form is not half-replaced through a shorter one it contains.
  return [...forms].sort((a, b) => b.length - a.length).reduce((out, form) => out.split(form).join(placeholder), body);
}

/**
 * The copy of a mail the outbox stores: every secret the mail declares replaced by a
 * placeholder in every part of it. Only the text and HTML keep their links, and only with
 * `keepLinks` (a demo without a mail server, where the console is the only way a link reaches
 * anyone and says so); the subject never does, since the outbox lists and searches subjects
 * even where it hides a kept text.
 */
export function outboxCopy(message: MailMessage, keepLinks: boolean): OutboxCopy {
  const withLinks = withoutLinks(message, keepLinks);
  const words = (message.private ?? []).filter((s) => s.length > 0);
  if (words.length === 0) return withLinks;
  const placeholder = WITHHELD_PRIVATE[message.locale ?? 'da'];
  return {
    ...withLinks,
    subject: withhold(withLinks.subject, words, placeholder),
    text: withhold(withLinks.text, words, placeholder),
    html: withLinks.html === null ? null : withhold(withLinks.html, words.flatMap(htmlForms), placeholder),
  };
}

function withoutLinks(message: MailMessage, keepLinks: boolean): OutboxCopy {
  const secrets = (message.secrets ?? []).filter((s) => s.length > 0);
  const placeholder = WITHHELD_LINK[message.locale ?? 'da'];
  const subject = withhold(message.subject, secrets, placeholder);
  if (keepLinks || secrets.length === 0) return { subject, text: message.text, html: message.html ?? null, linksKept: keepLinks && secrets.length > 0 };
  const text = withhold(message.text, secrets, placeholder);
  const html = message.html === undefined ? null : withhold(message.html, secrets.flatMap(htmlForms), placeholder);
  return { subject, text, html, linksKept: false };
}

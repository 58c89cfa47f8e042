import type { Branding, FormRole, MailText } from '@spejl/db';
import { formatInstant } from '@spejl/plugin-sdk';
import type { MailMessage } from '../../mail/message.ts';
import { anonymitySentence, withoutLegacyAnonymity } from './anonymity-sentence.ts';
import { fillPlaceholders, SECRET_PLACEHOLDERS } from './placeholders.ts';

/** What fills a round mail's placeholders. */
export interface MailFields {
  name: string;
  round: string;
  link: string;
  closes: Date;
  threshold: number;
  /** The peers' threshold, said to those who answer as a peer. */
  peerThreshold: number;
  /** The roles the addressee answers in this round: what `{{anonymity}}` promises them (none: nothing). */
  roles?: readonly FormRole[];
  locale: 'da' | 'en';
  /** The tenant's IANA zone: the closing time is said as its clocks show it. */
  timeZone: string;
  organisation: string;
  branding: Branding;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The subject with its placeholders filled, a secret one (the link) left out: round texts may not
 * put it there (round-input.ts), but a round saved before that rule may, and a subject is seen by
 * more than the addressee.
 */
function subjectLine(template: string, values: Record<string, string>): string {
  const withoutSecrets = Object.fromEntries(SECRET_PLACEHOLDERS.map((key) => [key, '']));
  return fillPlaceholders(template, { ...values, ...withoutSecrets }).replace(/\s+/g, ' ').trim();
}

/** A safe CSS colour from the tenant's branding, or Spejl's own blue. */
function colour(branding: Branding): string {
  return branding.primaryColor && /^#[0-9a-fA-F]{3,8}$/.test(branding.primaryColor) ? branding.primaryColor : '#1f4e79';
}

/**
 * Renders an invitation or reminder: plain text always, and HTML in the tenant's colour and
 * logo with the link as a large button (most respondents open it on a phone).
 */
export function renderRoundMail(to: string, text: MailText, f: MailFields): MailMessage {
  const anonymity = anonymitySentence(f.roles ?? [], f.threshold, f.locale, f.peerThreshold);
  const values = { name: f.name, round: f.round, link: f.link, closes: formatInstant(f.closes, { locale: f.locale, timeZone: f.timeZone, style: 'longDateTime' }), threshold: String(f.threshold), anonymity, organisation: f.organisation };
  const template = withoutLegacyAnonymity(text.body);
  const body = fillPlaceholders(template, values).replace(/ +\n/g, '\n');
  const htmlValues = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, escape(v)]));
  const button = `<a href="${escape(f.link)}" style="display:inline-block;padding:12px 20px;background:${colour(f.branding)};color:#fff;text-decoration:none;border-radius:6px;font-weight:bold">${f.locale === 'da' ? 'Åbn spørgeskemaet' : 'Open the survey'}</a>`;
  const paragraphs = escape(template)
    .split(/\n{2,}/)
    .map((p) => `<p>${fillPlaceholders(p, { ...htmlValues, link: button }).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  const logo = f.branding.logoDataUrl?.startsWith('data:image/') ? `<img src="${escape(f.branding.logoDataUrl)}" alt="${escape(f.organisation)}" style="max-height:48px">` : `<strong>${escape(f.organisation)}</strong>`;
  const html = `<!doctype html><html lang="${f.locale}"><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a"><div style="border-top:6px solid ${colour(f.branding)};padding:16px;max-width:600px">${logo}\n${paragraphs}</div></body></html>`;
  return { to, subject: subjectLine(text.subject, values), text: body, html, locale: f.locale, secrets: [f.link] };
}

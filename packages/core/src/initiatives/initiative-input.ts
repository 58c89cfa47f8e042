import { z } from 'zod';
import { codedParams } from '../errors/zod-issues.ts';

/*
 * What an admin sends to create an initiative and what a leader sends to answer its follow-up.
 * Links are checked here, before anything is stored: only http and https reach a leader's screen,
 * so a `javascript:` or `data:` address can never become a link in the console.
 */

/** Whether a string is an absolute http(s) address a browser opens as a page. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** A link of the material: a title and an http(s) address. */
export const initiativeLinkSchema = z.object({
  title: z.string().trim().min(1).max(200),
  url: z.string().trim().min(1).max(2000).superRefine((url, ctx) => {
    if (!isWebAddress(url)) ctx.addIssue({ code: 'custom', message: 'must be an http or https address', params: codedParams('initiatives.linkNotWeb', { url: url.slice(0, 80) }) });
  }),
});

const personId = z.string().trim().min(1).max(64);

/** Which leaders an initiative is aimed at. `below` reads only means the anonymity filter published. */
export const initiativeTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chain'), leaderId: personId }),
  z.object({ kind: z.literal('levels'), levels: z.array(z.number().int().min(1).max(50)).min(1).max(50) }),
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('below'), roundId: z.uuid(), themeId: z.string().trim().min(1).max(64), value: z.number().min(1).max(5.01) }),
]);

/** One of the aims above. */
export type InitiativeTargetInput = z.infer<typeof initiativeTargetSchema>;

/** A calendar day, YYYY-MM-DD. */
export const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d));

/** A new initiative (files are added one by one after it exists). */
export const initiativeInputSchema = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(10000),
  themes: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
  links: z.array(initiativeLinkSchema).max(20).default([]),
  target: initiativeTargetSchema,
  followUpMonths: z.number().int().min(1).max(24),
  /** The follow-up day; omitted, it is today plus `followUpMonths` months. */
  followUpOn: calendarDay.optional(),
});

/** What an admin sends to create an initiative. */
export type InitiativeInput = z.input<typeof initiativeInputSchema>;

/** A leader's answer to the follow-up: what they did, what worked, what they would ask for. */
export const followUpAnswerSchema = z.object({
  did: z.string().trim().max(4000),
  worked: z.string().trim().max(4000),
  wish: z.string().trim().max(4000),
});

/** A leader's follow-up answer. */
export type FollowUpAnswer = z.infer<typeof followUpAnswerSchema>;

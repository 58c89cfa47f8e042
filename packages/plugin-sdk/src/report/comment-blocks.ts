import { textIn, type Locale } from '../locales.ts';
import { RATER_ROLE_LABELS, type RaterRole } from '../roles.ts';
import type { CommentsView, RoleComments } from './comments-view.ts';
import type { ReportBlock } from './document.ts';
import type { ReportView } from './view.ts';

interface CommentTexts {
  title: string;
  notReleased: string;
  belowThreshold: (group: string, t: number) => string;
  shownHigher: (t: number) => string;
  chainGroup: string;
  tenantGroup: string;
}

const da: CommentTexts = {
  title: 'Kommentarer',
  notReleased: 'Kommentarerne bliver gennemset, før de vises, og kommer med i rapporten, når de er frigivet.',
  belowThreshold: (group, t) => `Kommentarer fra ${group.toLowerCase()} vises ikke, fordi færre end ${t} har svaret. Det beskytter den enkelte.`,
  shownHigher: (t) => `Færre end ${t} af dine medarbejdere har svaret, så deres kommentarer vises ikke her, men samlet med andre enheders i rapporten for ledelseskæden over dig, uden at det fremgår, hvilken enhed de kommer fra.`,
  chainGroup: 'medarbejdere i enheder i kæden med for få svar til egne kommentarer',
  tenantGroup: 'medarbejdere i enheder med for få svar til egne kommentarer',
};

const en: CommentTexts = {
  title: 'Comments',
  notReleased: 'The comments are reviewed before they are shown, and appear in the report once they are released.',
  belowThreshold: (group, t) => `Comments from ${group.toLowerCase()} are not shown because fewer than ${t} answered. This protects each person.`,
  shownHigher: (t) => `Fewer than ${t} of your employees answered, so their comments are not shown here but together with other units' in the report of the leadership chain above you, without saying which unit they come from.`,
  chainGroup: 'employees in units of the chain with too few answers for comments of their own',
  tenantGroup: 'employees in units with too few answers for comments of their own',
};

function withheldNotice(role: RaterRole, comments: RoleComments, view: CommentsView, locale: Locale, texts: CommentTexts): ReportBlock[] {
  if (comments.shown || comments.reason === 'none' || comments.reason === 'not-released') return [];
  const text = comments.reason === 'shown-higher' ? texts.shownHigher(view.threshold) : texts.belowThreshold(textIn(RATER_ROLE_LABELS[role], locale), view.threshold);
  return [{ type: 'notice', tone: 'info', text }];
}

/**
 * The standard comments section of a report (SDK 1.3): why any group's comments are withheld,
 * then per theme each question's comments per group, as the view allows — `chain` adds the
 * chain's (or, in a tenant report, the organisation's) own set. Empty when the round asked no
 * open questions or nobody wrote one.
 */
export function commentBlocks(view: ReportView, options: { chain: boolean }): ReportBlock[] {
  const comments = view.comments;
  if (!comments) return [];
  const texts = view.locale === 'en' ? en : da;
  if (!comments.released) return [{ type: 'heading', level: 1, text: texts.title }, { type: 'notice', tone: 'info', text: texts.notReleased }];
  const groups: { label: string; role: RaterRole; comments: RoleComments }[] = [];
  for (const [role, c] of Object.entries(comments.direct ?? {}) as [RaterRole, RoleComments][]) groups.push({ label: textIn(RATER_ROLE_LABELS[role], view.locale), role, comments: c });
  if (options.chain && comments.chain?.employee) groups.push({ label: view.scope === 'tenant' ? texts.tenantGroup : texts.chainGroup, role: 'employee', comments: comments.chain.employee });
  const notices = groups.flatMap((g) => withheldNotice(g.role, g.comments, comments, view.locale, texts));
  const perTheme = view.themes.flatMap((theme): ReportBlock[] => {
    const blocks = groups.flatMap((g): ReportBlock[] => (g.comments.shown ? g.comments.questions.filter((q) => q.themeId === theme.id) : [])
      .map((q) => ({ type: 'comments', question: q.question, group: g.label, comments: q.comments })));
    return blocks.length ? [{ type: 'heading', level: 2, text: theme.title }, ...blocks] : [];
  });
  if (!notices.length && !perTheme.length) return [];
  return [{ type: 'heading', level: 1, text: texts.title }, ...notices, ...perTheme];
}

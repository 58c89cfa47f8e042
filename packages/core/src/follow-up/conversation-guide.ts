import type { RaterRole, ReportBlock, ReportDocument, ReportView } from '@spejl/plugin-sdk';

/** One theme of the conversation guide: its published means and the leader's reflection questions. */
export interface GuideTheme {
  readonly themeId: string;
  readonly title: string;
  /** Published theme means by rater role; a role the filter withheld or the round did not ask is absent. */
  readonly means: { readonly [R in RaterRole]?: number };
  readonly items: readonly { readonly id: string; readonly label: string }[];
  readonly questions: readonly string[];
}

/**
 * The guide for the talk with the superior, drawn from the leader's report view: the anonymity
 * filter has already run, so only published theme means are there to take. `withMeans` false
 * gives the themes and questions without any figure (a reader the tenant lets read the plan but
 * not the report).
 */
export function conversationGuide(view: ReportView, withMeans: boolean): GuideTheme[] {
  return view.themes.map((theme) => {
    const scores = view.scores.direct?.themes[theme.id]?.theme ?? {};
    const means: { -readonly [R in RaterRole]?: number } = {};
    if (withMeans) {
      for (const [role, aggregate] of Object.entries(scores) as [RaterRole, (typeof scores)[RaterRole]][]) {
        if (aggregate && !aggregate.suppressed && aggregate.mean !== null) means[role] = aggregate.mean;
      }
    }
    return {
      themeId: theme.id, title: theme.title, means, items: theme.items.map((i) => ({ id: i.id, label: i.label })),
      // The leader level's questions where the theme has them, else the organisation's (the seed text has only those).
      questions: theme.guidance?.leader?.questions.length ? theme.guidance.leader.questions : (theme.guidance?.organisation?.questions ?? []),
    };
  });
}

function lastReflection(blocks: readonly ReportBlock[]): readonly string[] | null {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.type === 'reflectionQuestions' && block.questions.length === 3) return block.questions;
  }
  return null;
}

/** The three reading questions the leader report closes with (its last top-level set of three), in the report's language. */
export function readingQuestionsOf(document: ReportDocument): readonly string[] {
  return lastReflection(document.blocks) ?? [];
}

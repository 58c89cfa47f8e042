import type { PinnedTheme, PlannedReminder, RoundItem, RoundScope, RoundStatus, RoundTexts, Selectable, Database } from '@spejl/db';

/** A survey round as the services and the console see it. */
export interface Round {
  id: string;
  name: string;
  status: RoundStatus;
  themes: PinnedTheme[];
  items: RoundItem[];
  scope: RoundScope;
  exemptLeaderIds: string[];
  opensAt: Date;
  closesAt: Date;
  reminders: PlannedReminder[];
  texts: RoundTexts;
  threshold: number | null;
  /** The peers' threshold, locked at launch; null while a draft. */
  peerThreshold: number | null;
  /** The comments' threshold, locked at launch; null while a draft. */
  commentThreshold: number | null;
  /** The open questions (`<theme>.<question>`) in the order forms ask them. */
  questions: string[];
  /** Whether comments wait for review before release (locked at launch). */
  commentReview: boolean;
  /** When comments became readable in reports; null while under review or not closed. */
  commentsReleasedAt: Date | null;
  launchedAt: Date | null;
  closedAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  /** The main round a pulse follows up (pulses/); null for a main round. */
  parentRoundId: string | null;
}

/** Maps a `rounds` row to a Round. */
export function toRound(row: Selectable<Database['rounds']>): Round {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    themes: row.themes,
    items: row.items,
    scope: row.scope,
    exemptLeaderIds: row.exempt_leader_ids,
    opensAt: new Date(row.opens_at),
    closesAt: new Date(row.closes_at),
    reminders: row.reminders,
    texts: row.texts,
    threshold: row.threshold,
    peerThreshold: row.peer_threshold,
    commentThreshold: row.comment_threshold,
    questions: row.questions,
    commentReview: row.comment_review,
    commentsReleasedAt: row.comments_released_at && new Date(row.comments_released_at),
    launchedAt: row.launched_at && new Date(row.launched_at),
    closedAt: row.closed_at && new Date(row.closed_at),
    archivedAt: row.archived_at && new Date(row.archived_at),
    createdAt: new Date(row.created_at),
    parentRoundId: row.parent_round_id ?? null,
  };
}

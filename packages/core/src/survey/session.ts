import { sql, type TenantTx } from '@spejl/db';
import type { RoundStatus } from '@spejl/db';
import { tokenHash } from './link-token.ts';
import { DEFAULT_PEER_THRESHOLD } from '../anonymity/suppression.ts';
import { defaultCommentThreshold } from '../comments/comment-threshold.ts';

/** Who a link belongs to and the state of their round: what every survey request starts from. */
export interface SurveySession {
  tenantId: string;
  roundId: string;
  personId: string;
  name: string;
  /** The language from the round's snapshot (the people file's, else the organisation's): a BCP-47 tag. */
  locale: string;
  faggruppe: string | null;
  roundName: string;
  status: RoundStatus;
  closesAt: Date;
  /** When it actually closed (earlier than closesAt when an admin closed it by hand). */
  closedAt: Date | null;
  threshold: number;
  /** Peers' threshold locked at launch. */
  peerThreshold: number;
  /** Comments' threshold locked at launch (a draft's link never opens a form). */
  commentThreshold: number;
  itemCount: number;
}

/** Finds the respondent a link secret belongs to (one indexed query), or null for an unknown link. */
export async function findSession(tx: TenantTx, tenantId: string, secret: Buffer): Promise<SurveySession | null> {
  const row = await tx
    .selectFrom('round_respondents as r')
    .innerJoin('rounds as d', (j) => j.onRef('d.tenant_id', '=', 'r.tenant_id').onRef('d.id', '=', 'r.round_id'))
    .select([
      'r.round_id', 'r.person_id', 'r.name', 'r.locale', 'r.faggruppe',
      'd.name as round_name', 'd.status', 'd.closes_at', 'd.closed_at', 'd.threshold', 'd.peer_threshold', 'd.comment_threshold',
      sql<number>`jsonb_array_length(d.items)`.as('item_count'),
    ])
    .where('r.token_hash', '=', tokenHash(secret))
    .executeTakeFirst();
  if (!row) return null;
  return {
    tenantId,
    roundId: row.round_id,
    personId: row.person_id,
    name: row.name,
    locale: row.locale,
    faggruppe: row.faggruppe,
    roundName: row.round_name,
    status: row.status,
    closesAt: new Date(row.closes_at),
    closedAt: row.closed_at ? new Date(row.closed_at) : null,
    threshold: row.threshold ?? 5,
    peerThreshold: row.peer_threshold ?? DEFAULT_PEER_THRESHOLD,
    commentThreshold: row.comment_threshold ?? defaultCommentThreshold(row.threshold ?? 5),
    itemCount: Number(row.item_count),
  };
}

import { codedIssue, type InputIssue } from '../errors/spejl-error.ts';
import { IssueCollector } from '../files/issue-cap.ts';
import { isBlankRow, type RawTable } from '../hierarchy/raw-table.ts';
import { peerPairBreaches, personLabel, type PeerPair, type PeerRuleContext } from './peer-rules.ts';

const COLUMNS = ['subject_id', 'peer_id'] as const;

/** A pair read from the file, with the line it came from. */
export interface PeerLine extends PeerPair {
  line: number;
}

/**
 * Validates a peers file (DESIGN.md: `subject_id,peer_id`, columns by header, extra columns
 * ignored) against a hierarchy: every pair, or every problem (line, column, coded reason; the
 * first ISSUE_CAP listed, all counted). Nothing is returned unless the whole file is right.
 */
export function validatePeersFile(table: RawTable, context: PeerRuleContext): { pairs: PeerLine[]; errors: InputIssue[]; problems: number } {
  const collected = new IssueCollector();
  collected.addCapped(table.errors);
  for (const column of COLUMNS) if (!table.headers.includes(column)) collected.add(codedIssue('peers.columnMissing', { column }, { line: 1, column }));
  const result = (pairs: PeerLine[]) => ({ pairs: collected.any ? [] : pairs, errors: collected.list(), problems: collected.total });
  if (collected.kept.some((e) => e.line === 1)) return result([]);
  const at = { subject_id: table.headers.indexOf('subject_id'), peer_id: table.headers.indexOf('peer_id') };
  const seen = new Map<string, number>();
  const pairs: PeerLine[] = [];
  for (const { line, cells } of table.rows) {
    if (isBlankRow(cells)) continue;
    const pair = { line, subjectId: (cells[at.subject_id] ?? '').trim(), peerId: (cells[at.peer_id] ?? '').trim() };
    const empty = COLUMNS.filter((c) => !(c === 'subject_id' ? pair.subjectId : pair.peerId));
    if (empty.length) {
      collected.addAll(empty.map((column) => codedIssue('peers.idEmpty', { column }, { line, column })));
      continue;
    }
    const breaches = peerPairBreaches(context, pair);
    if (breaches.length) {
      collected.addAll(breaches.map((b) => ({ ...b, line })));
      continue;
    }
    const key = `${pair.subjectId}\u0000${pair.peerId}`;
    const other = seen.get(key);
    if (other !== undefined) {
      collected.add(codedIssue('peers.duplicate', { peer: personLabel(context, pair.peerId), subject: personLabel(context, pair.subjectId), other }, { line, column: 'peer_id' }));
      continue;
    }
    seen.set(key, line);
    pairs.push(pair);
  }
  if (!pairs.length && !collected.any) collected.add(codedIssue('peers.noPairs', {}, { line: 2 }));
  return result(pairs);
}

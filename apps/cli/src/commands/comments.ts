import type { Command } from 'commander';
import { commentExportCsv, commentExportJson, loadCommentExport, recordAudit } from '@spejl/core';
import { registerRoundExport } from './round-export.ts';

/** `spejl comments export`: the comments a closed round's reports show, once each, as DESIGN.md's CSV or JSON. */
export function register(program: Command): void {
  const comments = program.command('comments').description('comments of a round');
  registerRoundExport(comments, 'export the comments shown under the anonymity rules (one row per comment, no time or author)', async (tx, tenantId, roundId, format) => {
    const rows = await loadCommentExport(tx, tenantId, roundId);
    await recordAudit(tx, { tenantId, actorUserId: null, action: 'comments.export', target: roundId, details: { format, comments: rows.length, via: 'cli' } });
    return format === 'csv' ? commentExportCsv(rows) : commentExportJson(rows);
  });
}

import type { Command } from 'commander';
import { loadRoundRollup, recordAudit, rollupCsv, rollupJson } from '@spejl/core';
import { registerRoundExport } from './round-export.ts';

/** `spejl rollup export`: the round's roll-up with anonymity applied, as DESIGN.md's CSV or JSON. */
export function register(program: Command): void {
  const rollup = program.command('rollup').description('roll-ups of a round');
  registerRoundExport(rollup, 'export a round\'s roll-up (one row per group, role, theme and item; withheld groups blank)', async (tx, tenantId, roundId, format) => {
    const { rollup: filtered } = await loadRoundRollup(tx, roundId);
    await recordAudit(tx, { tenantId, actorUserId: null, action: 'rollup.export', target: roundId, details: { format, via: 'cli' } });
    return format === 'csv' ? rollupCsv(filtered) : rollupJson(filtered);
  });
}

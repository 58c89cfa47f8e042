import type { GapBlock, GapReading, ItemAggregate, RoleAggregates, SuppressionReason, ThemeAggregate } from '@spejl/plugin-sdk';
import { meanOf } from '@spejl/plugin-sdk';

/** A third of the 1–5 scale's range: beyond it self and employees see the leader differently (DESIGN.md). */
const THRESHOLD = 4 / 3;

type GapRow = GapBlock['rows'][number];

/** Self − employee mean for one theme or item, read as blind spot, hidden strength or aligned; withheld with its reason. */
export function gapRow(label: string, themeId: string, itemId: string | null, roles: RoleAggregates<ThemeAggregate | ItemAggregate>): GapRow {
  const self = meanOf(roles.self);
  const other = meanOf(roles.employee);
  if (self === null || other === null) {
    const reason: SuppressionReason = (roles.employee?.suppressed && roles.employee.reason) || (roles.self?.suppressed && roles.self.reason) || 'no-forms';
    return { label, themeId, itemId, suppressed: true, reason };
  }
  const gap = self - other;
  const reading: GapReading = gap > THRESHOLD ? 'blind-spot' : gap < -THRESHOLD ? 'hidden-strength' : 'aligned';
  return { label, themeId, itemId, suppressed: false, self, other, gap, reading };
}

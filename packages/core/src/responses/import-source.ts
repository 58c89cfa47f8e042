import type { TenantTx } from '@spejl/db';
import { codedError, codedIssue } from '../errors/spejl-error.ts';
import type { Round } from '../rounds/round.ts';

/**
 * A round's answers come from personal links or from a file, never both (DESIGN.md, anonymity
 * rules 1 and 2). Forms an admin typed in are answers the admin knows: mixed with a few link
 * answers they would lift a group to k, and the published mean minus the known forms would give
 * the real answers back. So a file is imported only into a closed round (no link answer can
 * arrive after it) that holds no form sent through a link.
 */
export async function assertImportable(tx: TenantTx, round: Pick<Round, 'id' | 'status'>): Promise<void> {
  if (round.status !== 'closed') {
    throw codedError('CONFLICT', 'responses.roundNotClosed', {}, [codedIssue('responses.roundNotClosed', {})]);
  }
  const linked = await tx.selectFrom('round_forms').select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', round.id).where('source', '=', 'link').executeTakeFirstOrThrow();
  const count = Number(linked.n);
  if (count > 0) throw codedError('CONFLICT', 'responses.roundHasLinkForms', { count }, [codedIssue('responses.roundHasLinkForms', { count })]);
}

import type { TenantTx } from '@spejl/db';
import { SpejlError, type InputIssue } from '../errors/spejl-error.ts';
import type { Round } from '../rounds/round.ts';

function refuse(issue: InputIssue): never {
  throw new SpejlError('CONFLICT', issue.message, [issue]);
}

/**
 * A round's answers come from personal links or from a file, never both (DESIGN.md, anonymity
 * rules 1 and 2). Forms an admin typed in are answers the admin knows: mixed with a few link
 * answers they would lift a group to k, and the published mean minus the known forms would give
 * the real answers back. So a file is imported only into a closed round (no link answer can
 * arrive after it) that holds no form sent through a link.
 */
export async function assertImportable(tx: TenantTx, round: Pick<Round, 'id' | 'status'>): Promise<void> {
  if (round.status !== 'closed') {
    refuse({ code: 'responses.roundNotClosed', params: {}, message: 'forms can be imported only into a closed round: close the round first (its answers then come only from the file)' });
  }
  const linked = await tx.selectFrom('round_forms').select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', round.id).where('source', '=', 'link').executeTakeFirstOrThrow();
  const count = Number(linked.n);
  if (count > 0) {
    const forms = count === 1 ? 'form' : 'forms';
    refuse({
      code: 'responses.roundHasLinkForms',
      params: { count },
      message: `the round holds ${count} ${forms} answered through personal links: a round's answers come from links or from a file, never both, so that typed-in forms never help a small group of real answers reach the threshold`,
    });
  }
}

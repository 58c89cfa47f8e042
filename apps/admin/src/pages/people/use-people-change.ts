import { useMutation, useQueryClient } from '@tanstack/vue-query';
import { useI18n } from 'vue-i18n';
import { describeError, errorSentence } from '../../api/errors.ts';
import { useNotify } from '../../layout/notify.ts';
import { peopleKeys } from './people-api.ts';

/**
 * A change to the people (move, edit, exempt …): on success it says so, refreshes every
 * view of the tenant's people and calls `after` (the tree reloads); on failure it shows the server's reason.
 */
export function usePeopleChange<I, O>(tenantId: () => string, run: (input: I) => Promise<O>, done: (result: O, input: I) => string, after?: () => void) {
  const { t } = useI18n();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (result, input) => {
      notify.success(done(result, input));
      await queryClient.invalidateQueries({ queryKey: peopleKeys.all(tenantId()) });
      after?.();
    },
    onError: (error) => {
      notify.error(errorSentence(describeError(error), t));
    },
  });
}

import { useMessage } from 'naive-ui';
import { ref } from 'vue';

/** The text of the polite live region App.vue renders; screen readers read what lands here. */
export const announcement = ref('');

function announce(text: string): void {
  // Clearing first makes the same sentence twice in a row be read twice.
  announcement.value = '';
  setTimeout(() => (announcement.value = text), 50);
}

/**
 * Short confirmations and failures after an action: a toast for the eye and the live region for
 * screen readers (Naive UI's toasts are not announced on their own).
 */
export function useNotify() {
  const message = useMessage();
  return {
    success(text: string): void {
      message.success(text);
      announce(text);
    },
    error(text: string): void {
      message.error(text, { duration: 8000 });
      announce(text);
    },
  };
}

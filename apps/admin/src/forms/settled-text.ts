import { ref, watch, type Ref } from 'vue';

/**
 * A text field's value and the same value once typing has paused for `delayMs`, trimmed: what
 * search fields send, so a name typed letter by letter costs one request rather than one a letter.
 */
export function useSettledText(delayMs: number): { text: Ref<string>; settled: Ref<string> } {
  const text = ref('');
  const settled = ref('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(text, (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => (settled.value = value.trim()), delayMs);
  });
  return { text, settled };
}

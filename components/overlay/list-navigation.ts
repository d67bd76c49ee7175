import { nextTick, onMounted, ref, type Ref } from 'vue';

/**
 * The keyboard of a search box over a list (palette, theme picker): arrows move, Enter
 * chooses, Escape closes, typing resets to the first entry. Keys never reach the page, and
 * Enter that confirms an IME composition is left to the IME.
 */
export function useListNavigation(opts: { count: () => number; choose: (index: number) => void; close: () => void }) {
  const query = ref('');
  const active = ref(0);
  const input: Ref<HTMLInputElement | null> = ref(null);

  function onKey(e: KeyboardEvent): void {
    e.stopPropagation();
    if (e.isComposing) return;
    if (e.key === 'ArrowDown') active.value = Math.max(0, Math.min(opts.count() - 1, active.value + 1));
    else if (e.key === 'ArrowUp') active.value = Math.max(0, active.value - 1);
    else if (e.key === 'Enter') opts.choose(active.value);
    else if (e.key === 'Escape') opts.close();
    else return;
    e.preventDefault();
  }

  onMounted(() => nextTick(() => input.value?.focus()));
  return { query, active, input, onKey, reset: () => (active.value = 0) };
}

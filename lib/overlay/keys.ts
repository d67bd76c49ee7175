/**
 * The overlay's single-key shortcuts. They never fire while the user types in a page field,
 * nor with Ctrl/Meta/Alt held (those belong to the browser and the page).
 */
export type OverlayAction =
  | 'next' | 'previous' | 'themes' | 'negative' | 'neutral' | 'positive' | 'follow-up' | 'close'
  | 'palette' | 'next-untagged' | 'next-follow-up' | 'toggle';

const keymap: Record<string, OverlayAction> = {
  j: 'next', ArrowDown: 'next', k: 'previous', ArrowUp: 'previous',
  t: 'themes', '1': 'negative', '2': 'neutral', '3': 'positive', f: 'follow-up', Escape: 'close',
  p: 'palette', u: 'next-untagged', n: 'next-follow-up', o: 'toggle',
};

export interface KeyInfo {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element the event came from (deepest, through shadow roots). */
  target: { tagName?: string; isContentEditable?: boolean; type?: string; getAttribute?(name: string): string | null } | null;
}

const typingInputTypes = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'datetime-local', 'month', 'week', 'time', '']);

/** True when the key goes to a field the user is typing in. */
export function isTypingTarget(target: KeyInfo['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return typingInputTypes.has((target.type ?? '').toLowerCase());
  const role = target.getAttribute?.('role');
  return role === 'textbox' || role === 'combobox' || role === 'searchbox';
}

const arrowInputTypes = new Set(['range', 'radio']);
const arrowRoles = new Set(['slider', 'spinbutton', 'radio', 'radiogroup', 'listbox', 'option', 'menu', 'menubar', 'menuitem', 'tab', 'tablist', 'tree', 'treeitem', 'grid', 'gridcell']);

/** True when the focused control moves its own value or selection with the arrow keys. */
export function usesArrows(target: KeyInfo['target']): boolean {
  if (!target) return false;
  if ((target.tagName ?? '').toUpperCase() === 'INPUT' && arrowInputTypes.has((target.type ?? '').toLowerCase())) return true;
  return arrowRoles.has(target.getAttribute?.('role') ?? '');
}

/**
 * The overlay action for a key press, or null to leave it to the page. Arrow keys are only
 * taken while a comment has the overlay's focus, so they still scroll an ordinary page, and
 * never from a control that uses them (a star-rating radio group, a slider, a tab list).
 */
export function actionFor(e: KeyInfo, state: { hasFocus: boolean }): OverlayAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (isTypingTarget(e.target)) return null;
  const action = keymap[e.key.length === 1 ? e.key.toLowerCase() : e.key] ?? null;
  if (!action) return null;
  if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && (!state.hasFocus || usesArrows(e.target))) return null;
  if (action === 'close' && !state.hasFocus) return null;
  return action;
}

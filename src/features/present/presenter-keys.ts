/** What a key does in presenter mode; pure, so the key map is tested without a browser. */
export type PresenterAction =
  'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'speaker' | 'sources' | 'leave';

const KEYS: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  s: 'speaker',
  S: 'speaker',
  i: 'sources',
  I: 'sources',
  Escape: 'leave',
};

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export function presenterAction(event: KeyLike): PresenterAction | null {
  // Browser and system shortcuts (Ctrl+F, Cmd+←) keep working.
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return Object.hasOwn(KEYS, event.key) ? KEYS[event.key]! : null;
}

/** Widgets that use arrows, Home and End themselves (a slider, tabs, a listbox…). */
const COMPOSITE_ROLES = new Set([
  'slider',
  'spinbutton',
  'tab',
  'tablist',
  'listbox',
  'option',
  'menu',
  'menuitem',
  'radio',
  'radiogroup',
  'grid',
  'gridcell',
  'tree',
  'treeitem',
  'combobox',
]);

/**
 * True when the key belongs to what has focus rather than to the deck: typing in a field, Space
 * on a button (it presses the button), arrows in a widget that moves with them.
 */
export function keyBelongsToTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, select, textarea, [contenteditable=""], [contenteditable="true"]'))
    return true;
  if (key === ' ' && target.closest('button, a[href], summary, [role="button"]')) return true;
  if (/^(Escape|[fFsSiI])$/.test(key)) return false;
  const role = target.closest('[role]')?.getAttribute('role');
  return role !== undefined && role !== null && COMPOSITE_ROLES.has(role);
}

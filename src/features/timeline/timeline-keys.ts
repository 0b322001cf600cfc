/** Where a key moves the focus among the timeline's items; pure, so the order is tested. */
export interface NavItem {
  /** Lane counted over all bands: ArrowUp and ArrowDown move between lanes. */
  row: number;
  /** Middle of the mark, px. */
  center: number;
}

/**
 * The index the key moves to, from `current` in `order` (time order), or null when the key is not
 * one the timeline handles. ArrowRight/ArrowLeft: next/previous in time; Home/End: first/last;
 * ArrowDown/ArrowUp: the nearest item in the next lane below/above that has one.
 */
export function nextItemIndex(order: NavItem[], current: number, key: string): number | null {
  const last = order.length - 1;
  if (last < 0) return null;
  const here = Math.min(Math.max(current, 0), last);
  switch (key) {
    case 'ArrowRight':
      return Math.min(here + 1, last);
    case 'ArrowLeft':
      return Math.max(here - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'ArrowDown':
    case 'ArrowUp':
      return nearestInNextRow(order, here, key === 'ArrowDown' ? 1 : -1);
    default:
      return null;
  }
}

function nearestInNextRow(order: NavItem[], here: number, direction: 1 | -1): number {
  const from = order[here]!;
  let row: number | null = null;
  for (const item of order) {
    const ahead = direction === 1 ? item.row > from.row : item.row < from.row;
    if (ahead && (row === null || (direction === 1 ? item.row < row : item.row > row)))
      row = item.row;
  }
  if (row === null) return here;
  let best = here;
  let distance = Infinity;
  order.forEach((item, index) => {
    const d = Math.abs(item.center - from.center);
    if (item.row === row && d < distance) {
      best = index;
      distance = d;
    }
  });
  return best;
}

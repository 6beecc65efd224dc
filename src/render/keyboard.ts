/** Keyboard navigation over events in time order: which item a key moves to. */

export type NavigationKey = 'ArrowRight' | 'ArrowDown' | 'ArrowLeft' | 'ArrowUp' | 'Home' | 'End' | 'PageUp' | 'PageDown';

const PAGE = 10;

export function isNavigationKey(key: string): key is NavigationKey {
  return ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'PageUp', 'PageDown'].includes(key);
}

/** The index reached from `current` by `key` among `count` items in time order (clamped, never wraps). */
export function nextIndex(key: NavigationKey, current: number, count: number): number {
  if (count <= 0) return -1;
  const at = Math.min(Math.max(current, 0), count - 1);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(at + 1, count - 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(at - 1, 0);
    case 'PageDown':
      return Math.min(at + PAGE, count - 1);
    case 'PageUp':
      return Math.max(at - PAGE, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
}

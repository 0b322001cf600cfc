/**
 * Whether a newer version of the app is installed and waiting, and how to switch to it. Kept
 * apart from the service-worker client (loaded late, with workbox-window) so the shell can show
 * the prompt without loading that code first.
 */
let apply: (() => void) | null = null;
const listeners = new Set<() => void>();

export function announceUpdate(applyUpdate: () => void): void {
  apply = applyUpdate;
  listeners.forEach((listener) => listener());
}

export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function pendingUpdate(): (() => void) | null {
  return apply;
}

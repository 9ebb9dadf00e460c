/**
 * Give the main thread back to the page between chunks of work (issue 4: no long task over
 * 50 ms). `scheduler.yield()` keeps our place in line where it exists; otherwise a macrotask.
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Milliseconds since an arbitrary origin. */
export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Retry an assertion until it passes or `ms` run out (UI updates land a few ticks after events). */
export async function until(check: () => void | Promise<void>, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

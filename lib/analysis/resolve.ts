/**
 * Overlap resolution: when annotators mark overlapping stretches, keep one. Longer spans win (a
 * money amount over the bare number inside it; "جامعة كاليفورنيا في بيركلي" over "كاليفورنيا"), then
 * higher confidence, then the earlier annotator in the registry.
 */
import type { Span } from './types';

export function resolveOverlaps(spans: Span[], order: readonly string[]): Span[] {
  const rank = (s: Span) => {
    const i = order.indexOf(s.source ?? '');
    return i < 0 ? order.length : i;
  };
  const sorted = [...spans]
    .filter((s) => s.end > s.start)
    .sort((a, b) => (b.end - b.start) - (a.end - a.start) || (b.confidence ?? 0.5) - (a.confidence ?? 0.5) || rank(a) - rank(b) || a.start - b.start);
  const kept: Span[] = [];
  // Interval check against kept spans (sorted insert keeps this O(n log n) in practice).
  const starts: number[] = [];
  for (const s of sorted) {
    // binary search for first kept span with start >= s.end
    let lo = 0, hi = starts.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (starts[m]! < s.end) lo = m + 1; else hi = m; }
    const prev = kept[lo - 1];
    if (prev && prev.end > s.start) continue;
    kept.splice(lo, 0, s);
    starts.splice(lo, 0, s.start);
  }
  return kept;
}

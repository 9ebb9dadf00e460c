/**
 * Overlap resolution: when annotators mark overlapping stretches, keep one. Longer spans win (a
 * money amount over the bare number inside it; "جامعة كاليفورنيا في بيركلي" over "كاليفورنيا"), then
 * higher confidence, then the earlier annotator in the registry.
 */
import type { Span } from './types';

export function resolveOverlaps(spans: Span[], order: readonly string[]): Span[] {
  // Sorted by (length desc, confidence desc, rank, start) through their indices, the keys read from
  // flat arrays (each span's rank found once, not at every comparison).
  const items = spans.filter((s) => s.end > s.start);
  const n = items.length;
  const len = new Float64Array(n), conf = new Float64Array(n), rank = new Int32Array(n), start = new Float64Array(n);
  const idx: number[] = [];
  for (let k = 0; k < n; k++) {
    const s = items[k]!;
    len[k] = s.end - s.start;
    conf[k] = s.confidence ?? 0.5;
    const i = order.indexOf(s.source ?? '');
    rank[k] = i < 0 ? order.length : i;
    start[k] = s.start;
    idx.push(k);
  }
  // (a stable sort of the indices in the spans' order: ties keep that order, as sorting the spans did)
  idx.sort((a, b) => len[b]! - len[a]! || conf[b]! - conf[a]! || rank[a]! - rank[b]! || start[a]! - start[b]!);
  const sorted = idx.map((k) => items[k]!);
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

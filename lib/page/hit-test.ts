/**
 * Which of our marks is under the pointer (issue 4 §3). Uses
 * `CSS.highlights.highlightsFromPoint` where the browser has it (results are `{highlight, ranges}`;
 * older drafts returned bare Highlights), else the caret position at the point mapped through the
 * text map, confirmed against the range's client rectangles.
 */
import type { TextMap } from './text-map';

export interface HitTarget {
  /** Mark ids by range object (for highlightsFromPoint results). */
  idByRange: ReadonlyMap<AbstractRange, number>;
  /** Spans in text order: [start, end) and the mark's range. */
  spans: readonly { id: number; start: number; end: number; range: Range }[];
  map: TextMap;
}

export interface Hit {
  id: number;
  rect: DOMRect;
}

function rectAt(range: Range, x: number, y: number, slack = 1): DOMRect | null {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return r;
  }
  return null;
}

function spanIndexAt(spans: HitTarget['spans'], off: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (off < s.start) hi = mid - 1;
    else if (off >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function hitTest(doc: Document, x: number, y: number, t: HitTarget): Hit | null {
  const registry = (doc.defaultView as (Window & { CSS?: { highlights?: { highlightsFromPoint?: (x: number, y: number) => unknown[] } } }) | null)?.CSS?.highlights;
  if (registry && typeof registry.highlightsFromPoint === 'function') {
    try {
      const res = registry.highlightsFromPoint(x, y) ?? [];
      for (const item of res) {
        const ranges = (item as { ranges?: AbstractRange[] }).ranges;
        if (!Array.isArray(ranges)) continue;
        for (const r of ranges) {
          const id = t.idByRange.get(r);
          if (id === undefined) continue;
          const rect = rectAt(r as Range, x, y, 2) ?? (r as Range).getBoundingClientRect();
          return { id, rect };
        }
      }
    } catch {
      /* fall through to the caret path */
    }
  }
  const d = doc as CaretDoc;
  let node: Node | null = null;
  let offset = 0;
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      if (p) [node, offset] = [p.offsetNode, p.offset];
    } else if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      if (r) [node, offset] = [r.startContainer, r.startOffset];
    }
  } catch {
    return null;
  }
  if (!node) return null;
  const off = t.map.offsetAt(node, offset);
  if (off === null) return null;
  for (const o of [off, off - 1]) {
    const i = spanIndexAt(t.spans, o);
    if (i < 0) continue;
    const s = t.spans[i]!;
    const rect = rectAt(s.range, x, y);
    if (rect) return { id: s.id, rect };
  }
  return null;
}

/**
 * Draws the annotations (issue 4 §2; STYLE.md §8: one owner, exact inverse).
 *
 * Main path: the CSS Custom Highlight API — one `Highlight` per kind named `sharh-<kind>`, no change
 * to the page's DOM. We keep our own list of the names we set: a Firefox content script cannot
 * iterate `CSS.highlights` (Xray wrappers), so only get/set/has/delete are used.
 *
 * Fallback (no `CSS.highlights`): `<sharh-mark>` elements around the marked text. Every split and
 * wrap is logged and undone in reverse order, so removal restores the article's HTML exactly.
 */
import type { Kind } from '../analysis/types';
import { ATTR, FLASH_HIGHLIGHT, MARK_TAG, highlightName } from './constants';
import { adoptCss, pageCss } from './styles';

export interface Mark {
  /** Caller's id (index of the span). */
  id: number;
  kind: Kind;
  range: Range;
}

export interface Highlighter {
  readonly mode: 'highlight' | 'marks';
  /** Replace everything drawn with these marks. */
  set(marks: readonly Mark[]): void;
  /** Flash one range (null clears the flash). */
  flash(range: Range | null): void;
  /** Remove all marks and the flash, keep the stylesheet. */
  clear(): void;
  /** Remove everything, stylesheet included. The page is as it was. */
  destroy(): void;
  /** Names of the highlights currently registered by us. */
  readonly names: ReadonlySet<string>;
  /** Fallback mode only: the mark id of an element inside one of our marks. */
  markIdAt(el: Element | null): number | null;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => { priority: number; add(r: AbstractRange): unknown };
interface RegistryLike {
  set(name: string, h: unknown): unknown;
  get(name: string): unknown;
  has(name: string): boolean;
  delete(name: string): boolean;
}

export interface HighlighterOptions {
  colors?: Partial<Record<Kind, string>>;
  /** Force the `<sharh-mark>` fallback (tests). */
  forceMarks?: boolean;
}

/** The page's highlight registry and constructor, if this browser has them. */
export function highlightApi(doc: Document): { registry: RegistryLike; Highlight: HighlightCtor } | null {
  const win = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: RegistryLike } }) | null;
  const registry = win?.CSS?.highlights ?? (globalThis as { CSS?: { highlights?: RegistryLike } }).CSS?.highlights;
  const Highlight = win?.Highlight ?? (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return registry && typeof Highlight === 'function' ? { registry, Highlight } : null;
}

export function createHighlighter(doc: Document, opts: HighlighterOptions = {}): Highlighter {
  const api = opts.forceMarks ? null : highlightApi(doc);
  const removeCss = adoptCss(doc, pageCss(opts.colors, api ? 'highlight' : 'marks'));
  return api ? new RegistryHighlighter(api.registry, api.Highlight, removeCss) : new MarkHighlighter(doc, removeCss);
}

class RegistryHighlighter implements Highlighter {
  readonly mode = 'highlight' as const;
  readonly names = new Set<string>();
  constructor(
    private registry: RegistryLike,
    private Highlight: HighlightCtor,
    private removeCss: () => void,
  ) {}

  set(marks: readonly Mark[]): void {
    const byKind = new Map<Kind, Range[]>();
    for (const m of marks) {
      const list = byKind.get(m.kind) ?? [];
      list.push(m.range);
      byKind.set(m.kind, list);
    }
    for (const name of [...this.names]) {
      if (name === FLASH_HIGHLIGHT) continue;
      if (![...byKind.keys()].some((k) => highlightName(k) === name)) {
        this.registry.delete(name);
        this.names.delete(name);
      }
    }
    for (const [kind, ranges] of byKind) {
      const name = highlightName(kind);
      this.registry.set(name, new this.Highlight(...ranges));
      this.names.add(name);
    }
  }

  flash(range: Range | null): void {
    if (!range) {
      this.registry.delete(FLASH_HIGHLIGHT);
      this.names.delete(FLASH_HIGHLIGHT);
      return;
    }
    const h = new this.Highlight(range);
    h.priority = 10;
    this.registry.set(FLASH_HIGHLIGHT, h);
    this.names.add(FLASH_HIGHLIGHT);
  }

  clear(): void {
    for (const name of this.names) {
      // Only delete what is still ours (another copy of Sharh may have replaced it).
      this.registry.delete(name);
    }
    this.names.clear();
  }

  destroy(): void {
    this.clear();
    this.removeCss();
  }

  markIdAt(): number | null {
    return null;
  }
}

type Op = { t: 'split'; node: Text; tail: Text } | { t: 'wrap'; mark: Element; text: Text };

class MarkHighlighter implements Highlighter {
  readonly mode = 'marks' as const;
  readonly names = new Set<string>();
  private ops: Op[] = [];
  private flashed: Element[] = [];

  constructor(
    private doc: Document,
    private removeCss: () => void,
  ) {}

  set(marks: readonly Mark[]): void {
    this.clear();
    // Capture every boundary before touching the DOM, then work from the end of the document
    // backwards: a split at offset a leaves [0, a) in the original node, so earlier boundaries stay valid.
    const jobs = marks
      .map((m) => ({ m, pieces: textPieces(m.range) }))
      .filter((j) => j.pieces.length)
      .sort((a, b) => compareDesc(a.pieces[0]!, b.pieces[0]!));
    for (const { m, pieces } of jobs) {
      for (let i = pieces.length - 1; i >= 0; i--) this.wrap(pieces[i]!, m);
    }
  }

  private wrap([node, a, b]: Piece, m: Mark): void {
    let target = node;
    if (b < target.length) {
      const tail = target.splitText(b);
      this.ops.push({ t: 'split', node: target, tail });
    }
    if (a > 0) {
      const mid = target.splitText(a);
      this.ops.push({ t: 'split', node: target, tail: mid });
      target = mid;
    }
    const mark = this.doc.createElement(MARK_TAG);
    mark.setAttribute(ATTR, 'mark');
    mark.setAttribute(`${ATTR}-kind`, m.kind);
    mark.setAttribute(`${ATTR}-id`, String(m.id));
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    this.ops.push({ t: 'wrap', mark, text: target });
  }

  flash(range: Range | null): void {
    for (const el of this.flashed) el.removeAttribute(`${ATTR}-flash`);
    this.flashed = [];
    if (!range) return;
    for (const op of this.ops) {
      if (op.t === 'wrap' && range.intersectsNode(op.text)) {
        op.mark.setAttribute(`${ATTR}-flash`, '');
        this.flashed.push(op.mark);
      }
    }
  }

  clear(): void {
    this.flash(null);
    for (let i = this.ops.length - 1; i >= 0; i--) {
      const op = this.ops[i]!;
      try {
        if (op.t === 'wrap') {
          if (op.mark.parentNode && op.text.parentNode === op.mark) {
            op.mark.parentNode.insertBefore(op.text, op.mark);
            op.mark.remove();
          } else op.mark.remove();
        } else if (op.tail.parentNode && op.tail.parentNode === op.node.parentNode && op.node.nextSibling === op.tail) {
          op.node.appendData(op.tail.data);
          op.tail.remove();
        }
      } catch {
        /* the page changed these nodes meanwhile: leave them */
      }
    }
    this.ops = [];
  }

  destroy(): void {
    this.clear();
    this.removeCss();
  }

  markIdAt(el: Element | null): number | null {
    const mark = el?.closest?.(`${MARK_TAG}[${ATTR}="mark"]`);
    const id = mark?.getAttribute(`${ATTR}-id`);
    return id == null ? null : Number(id);
  }
}

type Piece = [Text, number, number];

/** The text-node pieces a range covers, in document order. */
function textPieces(range: Range): Piece[] {
  const out: Piece[] = [];
  const sc = range.startContainer;
  const ec = range.endContainer;
  if (sc === ec && sc.nodeType === 3) {
    if (range.endOffset > range.startOffset) out.push([sc as Text, range.startOffset, range.endOffset]);
    return out;
  }
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const w = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
    if (!range.intersectsNode(n)) continue;
    const a = n === sc ? range.startOffset : 0;
    const b = n === ec ? range.endOffset : n.length;
    if (b > a && n.data.slice(a, b).trim()) out.push([n, a, b]);
  }
  return out;
}

function compareDesc(a: Piece, b: Piece): number {
  if (a[0] === b[0]) return b[1] - a[1];
  const pos = a[0].compareDocumentPosition(b[0]);
  return pos & 4 /* b follows a */ ? 1 : -1;
}

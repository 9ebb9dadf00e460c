/**
 * THE one bridge between analysis offsets and the page (STYLE.md §3; issue 4 §4). It builds the
 * article text from the root's text nodes — the text every analysis offset points into — and maps
 * offsets back to `Range`s (and a caret position back to an offset for hit testing). Nothing else
 * converts between the two.
 *
 * Text rules (an approximation of what a reader sees, kept stable so offsets stay exact):
 * - inline markup (links, <b>, <span>…) adds nothing, so a name split across nodes stays whole;
 * - `<br>` gives "\n"; block boundaries give one "\n" (never two in a row, none at the start);
 * - runs of collapsible white space become one " " (kept verbatim inside <pre>);
 * - skipped: script/style/noscript/template, form fields, media, contenteditable, hidden elements
 *   (`hidden`, inline or computed display:none / visibility:hidden), our own UI, and the caller's
 *   `exclude` selectors (share links and the like).
 *
 * Works on any DOM (browser, happy-dom, jsdom); uses `getComputedStyle` only where it is cheap and
 * meaningful (not under jsdom/happy-dom, whose cascade is slow or partial).
 */
import { ATTR, UI_TAG } from './constants';

/** One piece of the text. Verbatim when `te - ts === ne - ns`; else a collapsed white-space run (" "). */
interface Segment {
  node: Text;
  ns: number;
  ne: number;
  ts: number;
  te: number;
}

export interface TextMapOptions {
  /** Selectors whose subtrees are not article text. */
  exclude?: readonly string[];
  /** Use computed styles for hidden/block detection (default: yes, except under jsdom/happy-dom). */
  computedStyle?: boolean;
}

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME', 'FRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'svg', 'MATH', 'math', 'VIDEO', 'AUDIO', 'IMG', 'HEAD', 'TITLE', 'META', 'LINK',
  UI_TAG.toUpperCase(),
]);
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'CAPTION', 'HTML',
]);
/** Inline tags whose plain instances (no class/id/style) we never style-check: keeps 100k-span pages cheap. */
const PLAIN_INLINE = new Set(['A', 'SPAN', 'B', 'I', 'EM', 'STRONG', 'FONT', 'SMALL', 'SUB', 'SUP', 'BDI', 'BDO', 'ABBR', 'CITE', 'Q', 'U', 'MARK', 'CODE', 'S', 'TIME', 'SHARH-MARK']);
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

const squash = (s: string) => s.replace(COLLAPSIBLE, ' ');

function isFakeDom(doc: Document): boolean {
  const ua = doc.defaultView?.navigator?.userAgent ?? '';
  return /jsdom|HappyDOM/i.test(ua);
}

export class TextMap {
  private byNode = new Map<Text, number>();

  constructor(
    readonly root: Element,
    readonly text: string,
    private readonly segs: Segment[],
  ) {
    segs.forEach((s, i) => {
      if (!this.byNode.has(s.node)) this.byNode.set(s.node, i);
    });
  }

  /** The text nodes the text was built from, in order. */
  get nodes(): Text[] {
    return [...this.byNode.keys()];
  }

  /** First segment whose text end is after `off`. */
  private segAfter(off: number): number {
    let lo = 0;
    let hi = this.segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.segs[mid]!.te <= off) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** DOM position of a start offset (snaps forward over synthetic separators). */
  private startPos(off: number): [Text, number] | null {
    const s = this.segs[this.segAfter(off)];
    if (!s) return null;
    if (off <= s.ts) return [s.node, s.ns];
    return [s.node, s.te - s.ts === s.ne - s.ns ? s.ns + (off - s.ts) : s.ns];
  }

  /** DOM position of an end offset (snaps back over synthetic separators). */
  private endPos(off: number): [Text, number] | null {
    let i = this.segAfter(off - 1);
    let s = this.segs[i];
    if (!s || s.ts >= off) {
      i -= 1;
      s = this.segs[i];
    }
    if (!s) return null;
    if (off >= s.te) return [s.node, s.ne];
    return [s.node, s.te - s.ts === s.ne - s.ns ? s.ns + (off - s.ts) : s.ne];
  }

  /**
   * A Range covering text[start, end), or null when the offsets are out of bounds or the page no
   * longer holds those nodes. With `verify`, also null when the page's text there has changed.
   */
  rangeFor(start: number, end: number, verify = false): Range | null {
    if (!(start >= 0 && end > start && end <= this.text.length)) return null;
    const a = this.startPos(start);
    const b = this.endPos(end);
    if (!a || !b) return null;
    try {
      if (a[1] > a[0].length || b[1] > b[0].length) return null;
      const r = this.root.ownerDocument.createRange();
      r.setStart(a[0], a[1]);
      r.setEnd(b[0], b[1]);
      if (verify && (!this.root.contains(r.commonAncestorContainer) || squash(r.toString()) !== squash(this.text.slice(start, end)))) return null;
      return r;
    } catch {
      return null;
    }
  }

  /** Text offset of a DOM position (e.g. from caretPositionFromPoint), or null outside the map. */
  offsetAt(node: Node, offset: number): number | null {
    if (node.nodeType !== 3) return null;
    let i = this.byNode.get(node as Text);
    if (i === undefined) return null;
    let last: number | null = null;
    for (; i < this.segs.length && this.segs[i]!.node === node; i++) {
      const s = this.segs[i]!;
      if (offset < s.ns) return last ?? s.ts;
      if (offset <= s.ne) return s.te - s.ts === s.ne - s.ns ? s.ts + (offset - s.ns) : s.ts;
      last = s.te;
    }
    return last;
  }
}

/** Build the text map of `root` (see the module comment for the rules). */
export function buildTextMap(root: Element, opts: TextMapOptions = {}): TextMap {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const useComputed = (opts.computedStyle ?? !isFakeDom(doc)) && typeof view?.getComputedStyle === 'function';
  const exclude = (opts.exclude ?? []).filter(Boolean).join(',');
  const parts: string[] = [];
  const segs: Segment[] = [];
  let len = 0;
  let lastChar = '\n'; // nothing emitted yet: no leading space or break
  let pendingBreak = false;
  let pendingSpace: { node: Text; ns: number; ne: number } | null = null;

  const emit = (s: string, seg?: Omit<Segment, 'ts' | 'te'>) => {
    if (seg) segs.push({ node: seg.node, ns: seg.ns, ne: seg.ne, ts: len, te: len + s.length });
    parts.push(s);
    len += s.length;
    lastChar = s[s.length - 1]!;
  };
  const flushBeforeText = () => {
    if (pendingBreak) {
      if (lastChar !== '\n') emit('\n');
    } else if (pendingSpace && lastChar !== '\n' && lastChar !== ' ') {
      emit(' ', pendingSpace);
    }
    pendingBreak = false;
    pendingSpace = null;
  };
  const blockBoundary = () => {
    pendingBreak = true;
    pendingSpace = null;
  };

  const isSkipped = (el: Element): boolean => {
    if (SKIP_TAGS.has(el.tagName)) return true;
    if (el.hasAttribute(ATTR) && el.getAttribute(ATTR) === 'ui') return true;
    const ce = el.getAttribute('contenteditable');
    if (ce !== null && ce !== 'false') return true;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    // Inline style only where there is a style attribute (reading `.style` builds a declaration object).
    if (el.hasAttribute('style')) {
      const st = (el as HTMLElement).style;
      if (st && (st.display === 'none' || st.visibility === 'hidden')) return true;
    }
    if (exclude && (el.id || el.className || el.attributes.length)) {
      try {
        if (el.matches(exclude)) return true;
      } catch {
        /* bad selector in data */
      }
    }
    return false;
  };

  /** 'skip' | 'block' | 'inline' | 'pre' for an element, reading computed style only when useful. */
  const classify = (el: Element): 'skip' | 'block' | 'inline' | 'pre' => {
    if (isSkipped(el)) return 'skip';
    const tag = el.tagName.toUpperCase();
    const plain = PLAIN_INLINE.has(tag) && !el.id && !el.getAttribute('class') && !el.getAttribute('style');
    if (useComputed && !plain) {
      const cs = view!.getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse') return 'skip';
      if (cs.whiteSpace.startsWith('pre') || cs.whiteSpace === 'break-spaces') return 'pre';
      if (cs.display === 'contents') return 'inline';
      return cs.display.startsWith('inline') || cs.display === 'ruby' ? 'inline' : 'block';
    }
    if (tag === 'PRE') return 'pre';
    return BLOCK_TAGS.has(tag) ? 'block' : 'inline';
  };

  const walkText = (node: Text, pre: boolean) => {
    const data = node.data;
    if (!data) return;
    if (pre) {
      flushBeforeText();
      emit(data, { node, ns: 0, ne: data.length });
      return;
    }
    let i = 0;
    COLLAPSIBLE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COLLAPSIBLE.exec(data))) {
      // A single " " between two words of this node is already collapsed: it stays inside the
      // verbatim piece (one segment per run of words, not two per word: long articles build
      // their map several times faster, with the same text and offsets).
      if (m.index > i && m[0] === ' ' && m.index + 1 < data.length) continue;
      if (m.index > i) {
        flushBeforeText();
        emit(data.slice(i, m.index), { node, ns: i, ne: m.index });
      }
      if (!pendingSpace && !pendingBreak) pendingSpace = { node, ns: m.index, ne: m.index + m[0].length };
      i = m.index + m[0].length;
    }
    if (i < data.length) {
      flushBeforeText();
      emit(data.slice(i), { node, ns: i, ne: data.length });
    }
  };

  // Iterative depth-first walk (deep pages must not overflow the stack).
  type Frame = { el: Element; child: ChildNode | null; kind: 'block' | 'inline' | 'pre'; pre: boolean };
  const rootKind = classify(root);
  if (rootKind !== 'skip') {
    const stack: Frame[] = [{ el: root, child: root.firstChild, kind: rootKind === 'pre' ? 'block' : rootKind, pre: rootKind === 'pre' }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const node = top.child;
      if (!node) {
        stack.pop();
        if (top.kind === 'block' && stack.length) blockBoundary();
        continue;
      }
      top.child = node.nextSibling;
      if (node.nodeType === 3) {
        walkText(node as Text, top.pre);
      } else if (node.nodeType === 1) {
        const el = node as Element;
        if (el.tagName === 'BR' || el.tagName === 'br') {
          if (lastChar !== '\n') emit('\n');
          pendingSpace = null;
          pendingBreak = false;
          continue;
        }
        const kind = classify(el);
        if (kind === 'skip') continue;
        if (kind === 'block') blockBoundary();
        stack.push({ el, child: el.firstChild, kind: kind === 'pre' ? 'block' : kind, pre: top.pre || kind === 'pre' });
      }
    }
  }
  // No trailing separator.
  let text = parts.join('');
  while (text.endsWith('\n') || text.endsWith(' ')) {
    const cut = text.length - 1;
    text = text.slice(0, cut);
    // Shorten the last segment rather than dropping it: a trailing space or newline inside a
    // <pre>/white-space:pre node must not take the node's other text out of the map.
    const last = segs[segs.length - 1];
    if (last && last.te > cut) {
      if (last.ts >= cut) segs.pop();
      else {
        if (last.te - last.ts === last.ne - last.ns) last.ne -= last.te - cut;
        last.te = cut;
      }
    }
  }
  return new TextMap(root, text, segs);
}

// @vitest-environment happy-dom
/**
 * The highlighter: one `sharh-<kind>` highlight per kind in the registry (stubbed: happy-dom has no
 * CSS Custom Highlight API), only get/set/has/delete used, teardown removes everything; and the
 * `<sharh-mark>` fallback, whose removal restores the article's HTML exactly.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Kind } from '../../../lib/analysis/types';
import { createHighlighter, type Mark } from '../../../lib/page/highlighter';
import { buildTextMap } from '../../../lib/page/text-map';
import { hasFixture, loadPage, mount } from './helpers';

/** A registry that refuses iteration, like a Firefox content script's view of `CSS.highlights`. */
class StubRegistry {
  map = new Map<string, StubHighlight>();
  set(k: string, v: StubHighlight) {
    this.map.set(k, v);
    return this;
  }
  get(k: string) {
    return this.map.get(k);
  }
  has(k: string) {
    return this.map.has(k);
  }
  delete(k: string) {
    return this.map.delete(k);
  }
  keys(): never {
    throw new Error('iteration is not allowed (Xray)');
  }
  forEach(): never {
    throw new Error('iteration is not allowed (Xray)');
  }
}
class StubHighlight {
  priority = 0;
  ranges: Range[];
  constructor(...r: Range[]) {
    this.ranges = r;
  }
  add(r: Range) {
    this.ranges.push(r);
  }
}

const g = globalThis as unknown as { CSS?: unknown; Highlight?: unknown };
let registry: StubRegistry;
let savedCss: unknown;

function marksFor(root: Element, items: [string, Kind][]): Mark[] {
  const map = buildTextMap(root);
  const used = new Map<string, number>();
  return items.map(([needle, kind], id) => {
    const at = map.text.indexOf(needle, used.get(needle) ?? 0);
    used.set(needle, at + needle.length);
    return { id, kind, range: map.rangeFor(at, at + needle.length)! };
  });
}

describe('CSS Custom Highlight API path', () => {
  beforeEach(() => {
    registry = new StubRegistry();
    savedCss = (window as unknown as { CSS?: unknown }).CSS;
    (window as unknown as { CSS: unknown }).CSS = { highlights: registry };
    (window as unknown as { Highlight: unknown }).Highlight = StubHighlight;
    g.Highlight = StubHighlight;
  });
  afterEach(() => {
    (window as unknown as { CSS: unknown }).CSS = savedCss;
    delete (window as unknown as { Highlight?: unknown }).Highlight;
    delete g.Highlight;
  });

  test('one highlight per kind, named sharh-<kind>; the DOM is untouched', () => {
    const root = mount('<div id="root"><p>أصدرت "<a href="#">ديبسيك</a>" نموذج R1 في 20 يناير وأسسها ليانغ، واستخدمت 2048 وحدة.</p></div>');
    const before = root.innerHTML;
    const hl = createHighlighter(document);
    expect(hl.mode).toBe('highlight');
    hl.set(marksFor(root, [['ديبسيك', 'organization'], ['R1', 'product'], ['20 يناير', 'date'], ['ليانغ', 'person'], ['2048', 'quantity']]));
    expect([...registry.map.keys()].sort()).toEqual(['sharh-date', 'sharh-organization', 'sharh-person', 'sharh-product', 'sharh-quantity']);
    expect(registry.get('sharh-organization')!.ranges.map(String)).toEqual(['ديبسيك']);
    expect([...hl.names].sort()).toEqual([...registry.map.keys()].sort());
    expect(root.innerHTML).toBe(before);
    hl.destroy();
  });

  test('a second set replaces kinds no longer present; teardown removes our names and the stylesheet', () => {
    const root = mount('<p id="root">ديبسيك و إنفيديا في بكين.</p>');
    registry.set('page-own', new StubHighlight()); // the page's own highlight stays
    const sheetsBefore = document.adoptedStyleSheets.length;
    const stylesBefore = document.querySelectorAll('style').length;
    const hl = createHighlighter(document);
    const added = document.adoptedStyleSheets.length - sheetsBefore + document.querySelectorAll('style').length - stylesBefore;
    expect(added).toBe(1);
    hl.set(marksFor(root, [['ديبسيك', 'organization'], ['بكين', 'place']]));
    hl.set(marksFor(root, [['إنفيديا', 'organization']]));
    expect(registry.has('sharh-place')).toBe(false);
    expect(registry.get('sharh-organization')!.ranges.map(String)).toEqual(['إنفيديا']);
    hl.flash(marksFor(root, [['بكين', 'place']])[0]!.range);
    expect(registry.has('sharh-flash')).toBe(true);
    hl.destroy();
    expect([...registry.map.keys()]).toEqual(['page-own']);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore);
    expect(document.querySelectorAll('style').length).toBe(stylesBefore);
  });
});

describe('fallback without CSS.highlights: <sharh-mark> elements', () => {
  test('removal restores the HTML exactly (names across nodes, several marks per text node)', () => {
    const root = mount(
      '<div id="root"><p>أصدرت شركة "<a href="/d">ديبسيك</a>" نموذج <b>R1</b> في 20 يناير، وأسسها <span>ليانغ</span> <em>ون</em> فنغ.</p><p>واستخدمت 2048 وحدة و5.6 مليون دولار و2048 أخرى.</p></div>',
    );
    const before = root.innerHTML;
    const hl = createHighlighter(document, { forceMarks: true });
    expect(hl.mode).toBe('marks');
    hl.set(marksFor(root, [['ديبسيك', 'organization'], ['R1', 'product'], ['20 يناير', 'date'], ['ليانغ ون فنغ', 'person'], ['2048', 'quantity'], ['5.6 مليون دولار', 'money'], ['2048', 'number']]));
    const marks = root.querySelectorAll('sharh-mark');
    expect(marks.length).toBeGreaterThanOrEqual(7);
    expect(root.textContent).toBe(new DOMParser().parseFromString(`<div>${before}</div>`, 'text/html').body.textContent);
    expect(hl.markIdAt(marks[0]!)).toBe(0);
    hl.flash(null);
    hl.destroy();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelectorAll('p')[1]!.childNodes.length).toBe(1); // text nodes merged back
  });

  test.runIf(hasFixture('sample-article'))('on the sample article body', () => {
    const { doc } = loadPage('sample-article');
    const root = mount(`<div id="root">${doc.getElementById('artibody')!.innerHTML}</div>`);
    const before = root.innerHTML;
    const hl = createHighlighter(document, { forceMarks: true });
    const map = buildTextMap(root);
    const marks: Mark[] = [];
    const re = /ديبسيك|إنفيديا|\d+(\.\d+)?/g;
    for (let m = re.exec(map.text); m; m = re.exec(map.text)) marks.push({ id: marks.length, kind: 'organization', range: map.rangeFor(m.index, m.index + m[0].length)! });
    hl.set(marks);
    expect(root.querySelectorAll('sharh-mark').length).toBe(marks.length);
    hl.set(marks.slice(0, 3).map((m) => ({ ...m, range: buildTextMap(root).rangeFor(0, 2)! })));
    hl.destroy();
    expect(root.innerHTML).toBe(before);
  });
});

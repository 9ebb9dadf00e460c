// @vitest-environment happy-dom
/**
 * The one bridge between analysis offsets and the page: text built from text nodes (links, inline
 * tags, <br>, names split across nodes, skipped content, mixed RTL/LTR) and offsets mapped back to
 * Ranges whose text is exactly the slice.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { buildTextMap } from '../../../lib/page/text-map';
import { loadUnit, mount } from './helpers';

const rangeText = (r: Range | null) => r?.toString() ?? null;

describe('text from the inline-markup fixture', () => {
  let root: HTMLElement;
  beforeEach(() => {
    const { doc } = loadUnit('inline-markup.html');
    root = mount(doc.body.innerHTML);
  });

  test('links and inline tags add nothing; blocks and <br> add one "\\n"', () => {
    const map = buildTextMap(root);
    expect(map.text).toBe(
      [
        'أصدرت شركة "ديبسيك" نموذج R1 في 20 يناير.',
        'أسسها ليانغ ون فنغ',
        'وهو مدير صندوق.',
        'استخدمت 2048 وحدة من نوع H800إنفيديا و5.6 مليون دولار (Nvidia H800, $5.6M).',
      ].join('\n'),
    );
  });

  test('skips script, style, noscript, template, hidden, form fields, contenteditable and our own UI', () => {
    const t = buildTextMap(root).text;
    for (const gone of ['var x', 'color:red', 'لا\n', 'قالب', 'نص مخفي', 'حقل', 'تحرير', 'بطاقة']) expect(t).not.toContain(gone);
  });

  test('every offset pair maps back to a Range with exactly that text (split name included)', () => {
    const map = buildTextMap(root);
    const t = map.text;
    for (const needle of ['ديبسيك', 'R1', '20 يناير', 'ليانغ ون فنغ', 'فنغ', '2048', 'H800', 'إنفيديا', '5.6 مليون دولار', 'Nvidia H800, $5.6M']) {
      const at = t.indexOf(needle);
      expect(at, needle).toBeGreaterThanOrEqual(0);
      expect(rangeText(map.rangeFor(at, at + needle.length)), needle).toBe(needle);
    }
  });

  test('a range across a <br> or a block boundary covers both sides', () => {
    const map = buildTextMap(root);
    const at = map.text.indexOf('فنغ\nوهو');
    const r = map.rangeFor(at, at + 'فنغ\nوهو'.length)!;
    expect(r.toString()).toBe('فنغوهو');
  });

  test('offsetAt is the inverse of rangeFor on both ends', () => {
    const map = buildTextMap(root);
    const at = map.text.indexOf('ليانغ ون فنغ');
    const r = map.rangeFor(at, at + 12)!;
    expect(map.offsetAt(r.startContainer, r.startOffset)).toBe(at);
    expect(map.offsetAt(r.endContainer, r.endOffset)).toBe(at + 12);
    expect(map.offsetAt(root, 0)).toBeNull();
  });

  test('out of range and empty spans give null', () => {
    const map = buildTextMap(root);
    expect(map.rangeFor(5, 5)).toBeNull();
    expect(map.rangeFor(-1, 3)).toBeNull();
    expect(map.rangeFor(0, map.text.length + 1)).toBeNull();
  });
});

describe('white space and odd markup', () => {
  test('a trailing newline in the last <pre> does not take its text out of the map', () => {
    const root = mount('<article><p>alpha</p><pre>beta gamma\n</pre></article>');
    const map = buildTextMap(root);
    expect(map.text).toBe('alpha\nbeta gamma');
    for (const word of ['beta', 'gamma']) {
      const at = map.text.indexOf(word);
      expect(map.rangeFor(at, at + word.length)?.toString(), word).toBe(word);
    }
  });

  test('runs of white space collapse to one space, leading/trailing dropped; <pre> kept', () => {
    const root = mount('<div id="root">\n   <p>  ليانغ\n\n   ون   فنغ </p>\n<pre>a  b\nc</pre></div>');
    const map = buildTextMap(root);
    expect(map.text).toBe('ليانغ ون فنغ\na  b\nc');
    const at = map.text.indexOf('ون فنغ');
    expect(map.rangeFor(at, at + 6)!.toString()).toBe('ون   فنغ');
  });

  test('mixed RTL/LTR runs and bidi controls keep logical offsets', () => {
    const root = mount('<p id="root">قالت <bdi>OpenAI</bdi> إن نموذج <span dir="ltr">GPT-4o</span> كلف ‏100 مليون دولار‏.</p>');
    const map = buildTextMap(root);
    for (const needle of ['OpenAI', 'GPT-4o', '100 مليون دولار']) {
      const at = map.text.indexOf(needle);
      expect(map.rangeFor(at, at + needle.length)!.toString()).toBe(needle);
    }
  });

  test('exclude selectors drop share links inside the root', () => {
    const root = mount('<div id="root"><p>نص المقال هنا.</p><div class="share">انقلها الى... <a href="#">فيسبوك</a></div></div>');
    expect(buildTextMap(root, { exclude: ['.share'] }).text).toBe('نص المقال هنا.');
  });

  test('a deep tree does not overflow the stack', () => {
    const root = mount('<div id="root"></div>');
    let el: HTMLElement = root;
    for (let i = 0; i < 5000; i++) el = el.appendChild(document.createElement('span'));
    el.textContent = 'عميق';
    expect(buildTextMap(root).text).toBe('عميق');
  });
});

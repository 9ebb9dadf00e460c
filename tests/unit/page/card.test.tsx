// @vitest-environment happy-dom
/**
 * The hover card: page text only ever becomes text nodes (hostile markup stays inert, innerHTML is
 * never set), Arabic and English are bidi-isolated, and the card is never placed over the word.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { HoverCard, formatValue } from '../../../components/HoverCard';
import { createCard, placeCard } from '../../../lib/page/card';

const HOSTILE = '<img src=x onerror=alert(1)>';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.querySelectorAll('sharh-ui').forEach((e) => e.remove());
});

describe('HoverCard', () => {
  test('hostile page text is shown as text, never parsed as HTML', () => {
    const setter = vi.fn();
    const desc = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
    vi.spyOn(Element.prototype, 'innerHTML', 'set').mockImplementation(function (this: Element, v: string) {
      setter(v);
      desc.set!.call(this, v);
    });
    const host = document.createElement('div');
    document.body.append(host);
    render(<HoverCard data={{ kind: 'organization', english: HOSTILE, text: HOSTILE, mentions: 3 }} />, host);
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain(HOSTILE);
    expect(setter).not.toHaveBeenCalled();
  });

  test('English, kind, value, Arabic original (rtl bdi) and mentions', () => {
    const host = document.createElement('div');
    render(<HoverCard data={{ kind: 'money', english: '$5.6 million', text: '5.6 مليون دولار أمريكي', value: 5_600_000, unit: 'USD', mentions: 1 }} />, host);
    expect(host.querySelector('.english')!.textContent).toBe('$5.6 million');
    expect(host.querySelector('.kind')!.textContent).toBe('Money');
    expect(host.querySelector('.value')!.textContent).toBe('5,600,000 USD');
    const bdi = host.querySelector('.arabic bdi')!;
    expect(bdi.getAttribute('dir')).toBe('rtl');
    expect(bdi.getAttribute('lang')).toBe('ar');
    expect(bdi.textContent).toBe('5.6 مليون دولار أمريكي');
    expect(host.querySelector('.mentions')!.textContent).toBe('1 mention in this article');
    expect(host.querySelector('.card')!.getAttribute('dir')).toBe('ltr');
  });

  test.each([
    [{ kind: 'date' as const, value: '--01-20' }, 'January 20'],
    [{ kind: 'date' as const, value: '2025-01-27' }, 'January 27, 2025'],
    [{ kind: 'date' as const, value: '2023' }, '2023'],
    [{ kind: 'percent' as const, value: 83 }, '83%'],
    [{ kind: 'quantity' as const, value: 2048, unit: 'GPUs', qualifier: 'about' }, 'about 2,048 GPUs'],
  ])('formatValue %o → %s', (d, s) => expect(formatValue(d)).toBe(s));
});

describe('the card in the page', () => {
  test('lives in our own shadow host on <html>, removed on destroy; hostile text stays inert', () => {
    const card = createCard(document);
    card.show({ kind: 'person', english: HOSTILE, text: HOSTILE, mentions: 2 }, new DOMRect(100, 100, 40, 20));
    const host = document.documentElement.querySelector(':scope > sharh-ui')!;
    expect(host).toBeTruthy();
    expect(host.getAttribute('data-sharh')).toBe('ui');
    expect(document.querySelector('img')).toBeNull();
    expect(card.open).toBe(true);
    card.hide();
    expect(card.open).toBe(false);
    card.destroy();
    expect(document.querySelector('sharh-ui')).toBeNull();
  });
});

describe('placeCard never covers the word', () => {
  const overlaps = (a: DOMRectInit & { left: number; right: number; top: number; bottom: number }, p: { left: number; top: number }, w: number, h: number) =>
    p.left < a.right && p.left + w > a.left && p.top < a.bottom && p.top + h > a.top;
  const cases = [
    { left: 500, right: 560, top: 100, bottom: 120 }, // room below
    { left: 500, right: 560, top: 860, bottom: 880 }, // bottom of the viewport: above
    { left: 0, right: 60, top: 10, bottom: 30 }, // top-left corner
    { left: 1200, right: 1270, top: 450, bottom: 470 },
  ];
  test.each(cases)('%o', (a) => {
    const p = placeCard(a, 300, 120, 1280, 900);
    expect(overlaps(a, p, 300, 120)).toBe(false);
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(p.top).toBeGreaterThanOrEqual(0);
  });
  test('tiny viewport: beside the word', () => {
    const a = { left: 100, right: 160, top: 40, bottom: 60 };
    const p = placeCard(a, 200, 90, 800, 100);
    expect(overlaps(a, p, 200, 90)).toBe(false);
  });
});

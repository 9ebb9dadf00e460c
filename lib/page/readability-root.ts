/**
 * The generic path of article extraction: Readability on a *clone* of the document, its result
 * traced back to the live page. Kept apart from extract-core.ts so that the annotator bundle ships
 * without Readability (≈ 35 kB minified): the annotator injects it (entrypoints/readability.ts)
 * only on pages whose layout neither a site rule nor semantic markup explains.
 */
import { Readability } from '@mozilla/readability';
import { MIN_BODY, clean, isoDate, type ReadabilityRoot } from './extract-core';

/**
 * Readability on a clone of the document; the returned content's text nodes are traced back to
 * the live page through a clone→live node map, and the root is the deepest live element holding
 * ≥ 85 % of that text.
 */
export const readabilityRoot: ReadabilityRoot = (doc) => {
  const clone = doc.cloneNode(true) as Document;
  const toLive = new Map<Node, Node>();
  const a = doc.createTreeWalker(doc.documentElement, 0xffffffff);
  const b = clone.createTreeWalker(clone.documentElement, 0xffffffff);
  toLive.set(clone.documentElement, doc.documentElement);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) if (y.nodeType === 3) toLive.set(y, x);
  const parsed = new Readability<Node>(clone, { serializer: (n) => n, charThreshold: 300 }).parse();
  const content = parsed?.content;
  if (!content) return null;
  const weights = new Map<Element, number>();
  let total = 0;
  const w = clone.createTreeWalker(content, 4 /* SHOW_TEXT */);
  for (let t = w.nextNode(); t; t = w.nextNode()) {
    const live = toLive.get(t);
    const n = (t.nodeValue ?? '').trim().length;
    if (!live || !n) continue;
    total += n;
    for (let el = live.parentElement; el && el !== doc.documentElement; el = el.parentElement) weights.set(el, (weights.get(el) ?? 0) + n);
  }
  if (total < MIN_BODY) return null;
  let root: Element | null = null;
  let depth = -1;
  for (const [el, n] of weights) {
    if (n < total * 0.85) continue;
    let d = 0;
    for (let p = el.parentElement; p; p = p.parentElement) d++;
    if (d > depth) [root, depth] = [el, d];
  }
  if (!root) return null;
  return { root, title: clean(parsed?.title), date: parsed?.publishedTime ? isoDate(parsed.publishedTime) || clean(parsed.publishedTime) : '' };
};

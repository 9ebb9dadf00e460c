/**
 * Small English renderings for the popup's header: the article date and, where no translation is
 * at hand, a one-line gist of the headline made from the names it contains.
 */
import type { Analysis } from '../analysis/types';
import type { FactGroup } from './fact-groups';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-01-27" → "January 27, 2025"; "2025-01" → "January 2025"; anything else unchanged. */
export function formatDate(raw: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T\s].*)?$/.exec(raw.trim());
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return raw.trim();
  return m[3] ? `${month} ${Number(m[3])}, ${m[1]}` : `${month} ${m[1]}`;
}

/** "A", "A and B", "A, B and C". */
export function englishList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "About DeepSeek, Liang Wenfeng and Nvidia": the names found inside the headline (when the
 * headline is part of the analysed text), else the top names of the article. Empty when none.
 */
export function headlineGist(headline: string, a: Pick<Analysis, 'text' | 'annotations'>, groups: readonly FactGroup[]): string {
  const names: string[] = [];
  const h = headline.trim();
  const at = h ? a.text.indexOf(h) : -1;
  if (at >= 0) {
    for (const s of a.annotations) {
      if (s.start >= at && s.end <= at + h.length && s.kind !== 'date' && s.kind !== 'number' && s.english && !names.includes(s.english)) names.push(s.english);
    }
  }
  if (names.length === 0) {
    for (const g of groups) if (g.id === 'who') names.push(...g.items.slice(0, 3).map((i) => i.english));
  }
  return names.length ? `About ${englishList(names.slice(0, 4))}` : '';
}

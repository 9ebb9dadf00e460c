/**
 * The English side of composed text: lists, articles before names and capitalisation
 * (plurals: english-numbers.ts `pluralNoun`). Intl.ListFormat joins lists. Everything here
 * returns English only: `assertEnglish` is the guard that keeps Arabic letters out.
 */
import { hasArabic } from './normalize';

const LIST = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** "A", "A and B", "A, B and C" (news style: no serial comma). */
export function joinList(items: readonly string[]): string {
  const xs = items.filter(Boolean);
  if (xs.length <= 2) return LIST.format(xs);
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

// Place and organisation names that take "the" in running English text.
const THE_NAMES = /^(United (States|Kingdom|Arab Emirates|Nations)|European (Union|Commission|Central Bank)|Netherlands|Philippines|Gulf|Middle East|World (Bank|Health Organization|Trade Organization)|International Monetary Fund|Ministry of|Bank of|University of|Federal Reserve|People's Bank of China|Financial Times|Wall Street Journal|New York Times|Economist|Washington Post|Guardian|Red Sea|Arabian Gulf|Persian Gulf|Democratic Republic|Republic of|Czech Republic|Central African Republic|Dominican Republic|Gambia|Bahamas|Maldives|Vatican|UAE|UK|US|EU|IMF|WHO|WTO|UN)\b/;

/** Adds "the" where English wants it ("the United States", "the Ministry of Industry …"). */
export function withArticle(name: string): string {
  if (/^the\s/i.test(name)) return name;
  return THE_NAMES.test(name) ? `the ${name}` : name;
}

/** Capitalise the first letter of a sentence. */
export const capitalise = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Returns `s` if it holds no Arabic letters, otherwise `fallback` (the English fields' guard). */
export const assertEnglish = (s: string, fallback = ''): string => (hasArabic(s) ? fallback : s);

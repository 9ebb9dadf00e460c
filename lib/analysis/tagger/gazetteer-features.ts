/**
 * Word classes from the analysis core's own lists (and one npm name list), as tagger features: given names, places (ISO,
 * CLDR and hand-kept), lexicon people, organizations and products, nationality adjectives, person
 * titles, verbs of saying and common words. They tell the model about names ANERcorp never saw.
 *
 * The classes come from a snapshot (gazetteer-snapshot.ts, generated from the lists by
 * `npm run train:ner -- --refresh-gazetteer`), so the model and the features it was trained with
 * never drift apart when the lists change, and `npm run train:ner` reproduces the shipped model
 * exactly. The dependency is one-way: only the refresh reads the lists (gazetteer-lists.ts).
 *
 * Classes per normalised word (article and proclitics stripped): `1k` a one-word name of kind k,
 * `Bk`/`Ik` first/later word of a longer name, `G` given name, `g` a personal name (given or family)
 * of arabic-name-to-en's 2,350 (gazetteer-name-db.ts), `N` nationality stem, `T` title,
 * `V` saying verb, `C` common word. Kinds: L place, P person, O organization, R product.
 */
import { stemOf, withArticle } from './stem';
import { GAZETTEER_SNAPSHOT } from './gazetteer-snapshot';

let table: Map<string, string[]> | null = null;

function load(): Map<string, string[]> {
  const t = new Map<string, string[]>();
  for (const line of GAZETTEER_SNAPSHOT.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) t.set(line.slice(0, tab), line.slice(tab + 1).split(','));
  }
  return t;
}

const NONE: readonly string[] = [];

/**
 * Classes of a normalised token (its `w` view): exact classes under the word with its article,
 * loose `s…` classes under its stem; tried again without one leading و/ف/ب/ل/ك when nothing matches.
 */
export function gazClasses(w: string): readonly string[] {
  table ??= load();
  const exact = table.get(withArticle(w));
  const loose = (table.get(stemOf(w)) ?? NONE).filter((c) => c.startsWith('s'));
  if (exact || loose.length) return exact ? (loose.length ? [...exact.filter((c) => !c.startsWith('s')), ...loose] : exact.filter((c) => !c.startsWith('s'))) : loose;
  if (/^[وفبلك]/.test(w) && w.length >= 4) {
    const bare = table.get(withArticle(w.slice(1)));
    if (bare) return bare.filter((c) => !c.startsWith('s'));
  }
  return NONE;
}

/** Nationality adjective: a known stem plus a nisba ending (الامريكي, صينيه, الروس). */
export function isNisbaWord(w: string): boolean {
  table ??= load();
  const s = stemOf(w);
  const m = /^(.{2,}?)(ي|يه|يون|يين|يان|يتان|يتين|يات)$/.exec(s);
  return !!m && (table.get(m[1]!)?.some((c) => c === 'N' || c === 'sN') ?? false);
}

/**
 * Builds the gazetteer snapshot (gazetteer-snapshot.ts) from the analysis core's lists. Used only by
 * `npm run train:ner -- --refresh-gazetteer`; the tagger itself reads the snapshot.
 *
 * Classes per word key (normalised, Latin lower-cased, article kept, proclitics before it stripped): `1k` a
 * one-word name of kind k, `Bk`/`Ik` first/later word of a longer name, `G` given name, `g` a
 * personal name of arabic-name-to-en's list (gazetteer-name-db.ts), `N` nationality stem, `T` title, `V` saying verb, `C` common word; each also as `s…` under the word's
 * stem without the article. Kinds: L place, P person, O organization, R product.
 */
import { normaliseString } from '../normalize';
import { GIVEN_NAMES } from '../data/given-names';
import { lexiconLines } from '../data/lexicon';
import { placeEntries } from '../data/places';
import { NISBA_STEMS, COMMON_WORDS, PERSON_TITLES, SAYING_VERBS } from '../data/name-cues';
import type { EntityKind } from '../types';
import { withArticle, stemOf } from './stem';
import { NAME_DB } from './gazetteer-name-db';

const KIND_CODE: Partial<Record<EntityKind, string>> = { place: 'L', person: 'P', organization: 'O', product: 'R' };

/** Lookup key of a word: normalised, Latin lower-cased, proclitics before the article stripped (stem.ts). */
export const gazKey = (w: string): string => withArticle(normaliseString(w).toLowerCase());

/** The snapshot text: one `key<TAB>class,class` line per word, sorted. */
export function buildSnapshot(): string {
  const t = new Map<string, Set<string>>();
  const put = (k: string, cls: string) => {
    if (k.length < 2 || /[\t\n,]/.test(k)) return;
    let s = t.get(k);
    if (!s) t.set(k, (s = new Set()));
    s.add(cls);
  };
  // Exact key (article kept) and loose key (article dropped, class prefixed "s"): "الصور" (the
  // pictures) is only loosely "صور" (Tyre), while "الصين" is exactly the listed "الصين".
  const add = (w: string, cls: string) => {
    const k = gazKey(w);
    put(k, cls);
    put(stemOf(k), 's' + cls);
  };
  const name = (variant: string, kind: EntityKind) => {
    const code = KIND_CODE[kind];
    if (!code) return;
    const words = variant.split(/[\s\u00A0]+/).filter(Boolean);
    if (words.length === 1) add(words[0]!, '1' + code);
    else words.forEach((w, i) => add(w, (i ? 'I' : 'B') + code));
  };
  for (const [ar] of GIVEN_NAMES) add(ar, 'G');
  for (const n of NAME_DB.split(' ')) add(n, 'g');
  for (const line of lexiconLines()) {
    for (const v of line.entry.variants) name(v, line.entry.kind);
    for (const [v] of line.short) name(v, line.entry.kind);
  }
  for (const e of placeEntries()) for (const v of e.variants) name(v, 'place');
  for (const w of NISBA_STEMS) add(w, 'N');
  for (const w of PERSON_TITLES) add(w, 'T');
  for (const w of SAYING_VERBS) add(w, 'V');
  for (const w of COMMON_WORDS) add(w, 'C');
  return [...t.keys()]
    .sort()
    .map((k) => `${k}\t${[...t.get(k)!].sort().join(',')}`)
    .join('\n');
}

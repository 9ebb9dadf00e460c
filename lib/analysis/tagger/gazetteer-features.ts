/**
 * Word classes from the analysis core's own lists, as tagger features: given names, places (ISO,
 * CLDR and hand-kept), lexicon people, organizations and products, nationality adjectives, person
 * titles, verbs of saying and common words. They tell the model about names ANERcorp never saw.
 *
 * The dependency is one-way (the tagger reads the lists; the lists know nothing of the tagger). A
 * list that grows after training only adds evidence the model already weighs; retrain
 * (`npm run train:ner`) when the lists change much.
 *
 * Classes per normalised word (article and proclitics stripped): `1k` a one-word name of kind k,
 * `Bk`/`Ik` first/later word of a longer name, `G` given name, `N` nationality stem, `T` title,
 * `V` saying verb, `C` common word. Kinds: L place, P person, O organization, R product.
 */
import { normaliseString } from '../normalize';
import { GIVEN_NAMES } from '../data/given-names';
import { lexiconLines } from '../data/lexicon';
import { placeEntries } from '../data/places';
import { NISBA_STEMS, COMMON_WORDS, PERSON_TITLES, SAYING_VERBS } from '../data/name-cues';
import type { EntityKind } from '../types';
import { stemOf } from './stem';

const KIND_CODE: Record<EntityKind, string> = { place: 'L', person: 'P', organization: 'O', product: 'R' } as Record<EntityKind, string>;

let table: Map<string, string[]> | null = null;

/** Lookup key of a word: normalised, Latin lower-cased, article and proclitics before it stripped. */
export const gazKey = (w: string): string => stemOf(normaliseString(w).toLowerCase());

function build(): Map<string, string[]> {
  const t = new Map<string, Set<string>>();
  const add = (w: string, cls: string) => {
    const k = gazKey(w);
    if (k.length < 2) return;
    let s = t.get(k);
    if (!s) t.set(k, (s = new Set()));
    s.add(cls);
  };
  const name = (variant: string, kind: EntityKind) => {
    const code = KIND_CODE[kind];
    if (!code) return;
    const words = variant.split(/[\s\u00A0]+/).filter(Boolean);
    if (words.length === 1) add(words[0]!, '1' + code);
    else words.forEach((w, i) => add(w, (i ? 'I' : 'B') + code));
  };
  for (const [ar] of GIVEN_NAMES) add(ar, 'G');
  for (const line of lexiconLines()) {
    for (const v of line.entry.variants) name(v, line.entry.kind);
    for (const [v] of line.short) name(v, line.entry.kind);
  }
  for (const e of placeEntries()) for (const v of e.variants) name(v, 'place');
  for (const w of NISBA_STEMS) add(w, 'N');
  for (const w of PERSON_TITLES) add(w, 'T');
  for (const w of SAYING_VERBS) add(w, 'V');
  for (const w of COMMON_WORDS) add(w, 'C');
  const out = new Map<string, string[]>();
  for (const [k, s] of t) out.set(k, [...s].sort());
  return out;
}

const NONE: readonly string[] = [];

/** Classes of a normalised token (its `w` view); tries the word, then without one leading و/ف/ب/ل. */
export function gazClasses(w: string): readonly string[] {
  table ??= build();
  const k = stemOf(w);
  const hit = table.get(k);
  if (hit) return hit;
  if (/^[وفبلك]/.test(w) && w.length >= 4) return table.get(stemOf(w.slice(1))) ?? NONE;
  return NONE;
}

/** Nationality adjective: a known stem plus a nisba ending (الامريكي, صينيه, الروس). */
export function isNisbaWord(w: string): boolean {
  table ??= build();
  const s = stemOf(w);
  const m = /^(.{2,}?)(ي|يه|يون|يين|يان|يتان|يتين|يات)$/.exec(s);
  return !!m && (table.get(m[1]!)?.includes('N') ?? false);
}

/**
 * English plurals of counted nouns, from compromise. Used where the plural table is made
 * (scripts/gen-plurals.ts → data/plurals.generated.ts) and by the test that checks every shipped
 * plural against compromise; the extension itself does not load compromise. Only the second of
 * compromise's three builds is loaded (`compromise/two`: lexicon, tagger and the plural rules).
 *
 * Why a generated table: the analysis inflects only the counted nouns of data/units.ts, a closed
 * list, while loading compromise cost every start of the extension's background ≈ 300 ms on the
 * 2-core test machine (bundle import 400–480 → 73–143 ms without it) and its first parse another
 * ≈ 35 ms.
 */
import nlp from 'compromise/two';
import { regularPlural } from './english-numbers';

interface NounTransform {
  toPlural(word: string, model: object): string;
}
const transform = (nlp.methods() as { two: { transform: { noun: NounTransform } } }).two.transform.noun;
const model = nlp.model();

/**
 * Plural of one English word as compromise inflects it ("company" → "companies", "person" →
 * "people", "criterion" → "criteria"); words compromise reads as already plural or as
 * uncountable ("news", "equipment") are returned as they are.
 */
export function pluralWord(word: string): string {
  if (!word) return word;
  const doc = nlp(word);
  if (doc.has('#Plural') || doc.has('#Uncountable')) return word;
  return transform.toPlural(word, model) || word;
}

/**
 * Plural of a counted noun's English (its last word inflected): "GPU" → "GPUs", "data centre" →
 * "data centres", "person" → "people"; a word compromise leaves alone that does not end in s
 * takes the regular ending, since what is counted is countable ("patent" → "patents").
 */
export function pluralCounted(singular: string): string {
  const words = singular.split(' ');
  const last = words.pop() ?? singular;
  let plural: string;
  if (/^[A-Z0-9]{2,}$/.test(last)) plural = `${last}s`;
  else {
    plural = pluralWord(last);
    if (plural === last && !/s$/.test(last)) plural = regularPlural(last);
  }
  return [...words, plural].join(' ');
}

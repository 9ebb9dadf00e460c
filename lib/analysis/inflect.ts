/**
 * English noun plurals, from compromise. Only the second of compromise's three builds is loaded
 * (`compromise/two`: lexicon and part-of-speech tagger), not the full one: the plural rules and
 * irregulars are the same (all 283 counted nouns of data/units.ts inflect identically), and
 * without the third build's phrase APIs compromise itself imports ≈ 30% faster (466 → 337 ms on a
 * loaded 2-core machine) and the analysis bundle is 63 kB smaller.
 */
import nlp from 'compromise/two';

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

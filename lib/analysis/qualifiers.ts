/**
 * Qualifiers of approximate amounts (issue 3, item 2): نحو, حوالي, قرابة, أكثر من, أقل من, ما لا يقل
 * عن … before a number and تقريبًا after it, as English ("about", "more than"). Kept as data on the
 * span (`qualifier`), outside its text: gold spans hold the number itself ("مليار", not "نحو مليار").
 */
import { normaliseString } from './normalize';
import type { Doc } from './tokens';
import { isGluedProclitic, PROCLITIC } from './numbers';

export interface Qualifier {
  english: 'about' | 'more than' | 'less than' | 'nearly' | 'at least' | 'up to';
}

/** Qualifier phrases written before a number (normalised tokens), with their English. */
const QUALIFIERS_RAW: [string, Qualifier['english'], 'no-clitic'?][] = [
  ['نحو', 'about'], ['حوالي', 'about'], ['حوالى', 'about'], ['زهاء', 'about'], ['قرابة', 'nearly'],
  ['ما يقرب من', 'nearly'], ['ما يقارب', 'nearly'], ['يقارب', 'nearly'], ['تقريبا', 'about'],
  ['أكثر من', 'more than'], ['أزيد من', 'more than'], ['ما يزيد على', 'more than'], ['ما يزيد عن', 'more than'],
  ['ما يربو على', 'more than'], ['يزيد على', 'more than'], ['يزيد عن', 'more than'], ['ما يفوق', 'more than'], ['يفوق', 'more than'],
  ['أقل من', 'less than'], ['ما يقل عن', 'less than'], ['دون', 'less than'],
  ['ما لا يقل عن', 'at least'], ['لا يقل عن', 'at least'], ['على الأقل', 'at least'],
  // "استثمارات تصل إلى 500 مليار" is "up to", but "لتصل إلى 3.58 تريليون" (with لـ) is "reaching"
  ['ما يصل إلى', 'up to'], ['يصل إلى', 'up to', 'no-clitic'], ['تصل إلى', 'up to', 'no-clitic'],
];

interface QualifierPhrase { words: string[]; english: Qualifier['english']; noClitic: boolean }

/** Indexed by the phrase's last word (the one right before the number): one Map lookup per number. */
const BY_LAST = new Map<string, QualifierPhrase[]>();
for (const [p, english, flag] of QUALIFIERS_RAW) {
  const words = normaliseString(p).split(' ');
  const key = words[words.length - 1]!;
  const list = BY_LAST.get(key) ?? [];
  list.push({ words, english, noClitic: flag === 'no-clitic' });
  list.sort((a, b) => b.words.length - a.words.length);
  BY_LAST.set(key, list);
}

/** The qualifier ending right before token `first` (proclitics on a one-word qualifier allowed: "بنحو"). */
export function qualifierBefore(doc: Doc, first: number): Qualifier['english'] | undefined {
  let end = first - 1;
  if (end >= 0 && isGluedProclitic(doc, end)) end--;
  const tok = doc.tokens[end];
  if (!tok || tok.type !== 'ar' || doc.tokens[end + 1]?.lineBefore) return undefined;
  let list = BY_LAST.get(tok.norm);
  if (!list) {
    // "بنحو", "وبحوالي", "بأكثر من" (the proclitic sits on the first word, which is the last for one-word phrases)
    for (let k = 1; k <= 2 && !list && tok.norm.length - k >= 3; k++) {
      if (!PROCLITIC.test(tok.norm.slice(0, k))) break;
      list = BY_LAST.get(tok.norm.slice(k))?.filter((q) => q.words.length === 1);
    }
    if (!list?.length) return undefined;
  }
  for (const q of list) {
    const n = q.words.length;
    const s = end - n + 1;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < n - 1; k++) {
      const t = doc.tokens[s + k]!;
      const w = q.words[k]!;
      if ((k > 0 && t.lineBefore) || doc.tokens[s + k + 1]!.lineBefore) { ok = false; break; }
      if (t.norm === w) continue;
      if (k === 0 && !q.noClitic && t.norm.length > w.length && t.norm.endsWith(w) && PROCLITIC.test(t.norm.slice(0, t.norm.length - w.length))) continue;
      ok = false;
      break;
    }
    if (ok) return q.english;
  }
  return undefined;
}

/** "تقريبا" right after the expression (450 في المئة تقريبًا). */
export function qualifierAfter(doc: Doc, last: number): Qualifier['english'] | undefined {
  const t = doc.tokens[last + 1];
  return t && !t.lineBefore && t.norm === 'تقريبا' ? 'about' : undefined;
}

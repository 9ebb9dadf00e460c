/**
 * A small token-level phrase index for the numeric lexicons (currencies, counted nouns, months):
 * phrases are tokenised and normalised exactly like the text, grouped by their first token, and
 * matched longest-first at a token index. One Map lookup per candidate key: no regex per token.
 *
 * Matching tolerates what Arabic grammar does to a counted noun: the accusative alef (دولارًا →
 * دولارا, the tanwin itself is dropped by the normaliser) on every word, and — where the caller
 * allows it — the article ال (after "من": "عشرة من المدونين").
 */
import { makeDoc, type Doc } from './tokens';

export interface PhraseHit<T> {
  item: T;
  /** First and last token index of the phrase in the document. */
  first: number;
  last: number;
  /** Normalised chars of proclitic/article skipped at the start of the first token. */
  skip: number;
}

interface Entry<T> {
  words: string[];
  item: T;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** The last two letters of every first word (a filter: most tokens end like none of them). */
  private readonly ends = new Set<number>();
  /** Some first word is a single letter: the filter is off. */
  private short = false;

  /** Add one written phrase (tokenised and normalised like the text). */
  add(phrase: string, item: T): void {
    const words = makeDoc(phrase).tokens.map((t) => t.norm);
    if (!words.length) return;
    const key = words[0]!;
    if (key.length < 2) this.short = true;
    else this.ends.add(end2(key, key.length));
    let list = this.byFirst.get(key);
    if (!list) this.byFirst.set(key, (list = []));
    if (list.some((e) => e.words.join(' ') === words.join(' '))) return;
    list.push({ words, item });
    list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Longest phrase starting at token i (same line), or null. */
  match(doc: Doc, i: number, opts: { article?: boolean; clitic?: boolean } = NO_OPTS): PhraseHit<T> | null {
    const tok = doc.tokens[i];
    if (!tok) return null;
    // Keys to try for the first token: as is, without the accusative alef, without the article,
    // without a proclitic (the order of the keys decides between equally long phrases).
    const w = tok.norm;
    // Every key tried is w or a suffix of it, or one of those without a final alef: it ends like w
    // or like w without its last letter.
    const n = w.length;
    if (!this.short && !this.ends.has(end2(w, n)) && !(n >= 3 && w.charCodeAt(n - 1) === 0x0627 && this.ends.has(end2(w, n - 1)))) return null;
    let best = this.tryKey(doc, i, w, 0, null);
    if (w.length > 3 && w.endsWith('ا')) best = this.tryKey(doc, i, w.slice(0, -1), 0, best);
    if (opts.article && w.startsWith('ال') && w.length > 3) {
      const s = w.slice(2);
      best = this.tryKey(doc, i, s, 0, best);
      if (s.length > 3 && s.endsWith('ا')) best = this.tryKey(doc, i, s.slice(0, -1), 0, best);
    }
    if (opts.clitic && w.length > 3 && 'وفبل'.includes(w[0]!)) {
      best = this.tryKey(doc, i, w.slice(1), 1, best);
      if (w.startsWith('ال', 1) && w.length > 4) best = this.tryKey(doc, i, w.slice(3), 1, best);
    }
    return best;
  }

  /** The longest phrase filed under `key` at token i that is longer than `best`, else `best`. */
  private tryKey(doc: Doc, i: number, key: string, skip: number, best: PhraseHit<T> | null): PhraseHit<T> | null {
    const list = this.byFirst.get(key);
    if (!list) return best;
    for (const e of list) {
      const last = i + e.words.length - 1;
      if (best && last <= best.last) break;
      if (last >= doc.tokens.length) continue;
      let ok = true;
      for (let k = 1; k < e.words.length; k++) {
        const t = doc.tokens[i + k]!;
        if (t.lineBefore || !wordEq(t.norm, e.words[k]!, true)) { ok = false; break; }
      }
      if (ok) return { item: e.item, first: i, last, skip };
    }
    return best;
  }
}

const NO_OPTS: { article?: boolean; clitic?: boolean } = {};

/** The two code units of w before position `end`, as one number. */
const end2 = (w: string, end: number): number => (w.charCodeAt(end - 2) << 16) | w.charCodeAt(end - 1);

/** A text word equals a lexicon word, allowing the accusative alef and (optionally) the article. */
export function wordEq(w: string, form: string, article: boolean): boolean {
  if (w === form) return true;
  if (w.length === form.length + 1 && w.endsWith('ا') && w.startsWith(form)) return true;
  if (article && w.startsWith('ال') && w.length > 3) return wordEq(w.slice(2), form, false);
  // "للإنترنت" = لـ + الإنترنت: matches a lexicon "إنترنت" (or "لإنترنت")
  if (article && w.startsWith('لل') && w.length > 3) return w.slice(2) === form || w.slice(1) === form;
  return false;
}

/**
 * Derived single-word forms of a noun written in its singular (normalised): the dual
 * (سيارة → سيارتان/سيارتين/سيارتا/سيارتي; يوم → يومان/يومين/يوما/يومي) and, for a sound masculine
 * plural in -ين, the construct form (مستخدمين → مستخدمي).
 */
export function derivedForms(norm: string): string[] {
  if (norm.includes(' ') || norm.length < 2) return [];
  if (norm.endsWith('ين') && norm.length > 4) return [norm.slice(0, -1)];
  if (norm.endsWith('ه')) {
    const s = norm.slice(0, -1);
    return [`${s}تان`, `${s}تين`, `${s}تي`];
  }
  return [`${norm}ان`, `${norm}ين`];
}

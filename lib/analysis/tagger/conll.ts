/**
 * ANERcorp CoNLL files (token<TAB>tag, blank line between sentences) → training sequences over the
 * analysis core's own tokens, so training sees exactly the tokens the tagger meets at run time.
 *
 * Each sentence's tokens are joined with spaces and run through `makeDoc`; a CoNLL token that
 * `makeDoc` splits ("(د", "واشنطن،") hands its tag to its word pieces: the first word piece keeps
 * B-/I-, later pieces and punctuation between word pieces get I-, punctuation outside them gets O.
 * Ill-formed I- tags are then repaired to B- (lenient reading), so every gold path obeys the BIO
 * rules the decoder enforces.
 */
import { makeDoc, type Token } from '../tokens';
import { tagId, bioOf, typeOf, O } from './tags';

export interface ConllToken {
  token: string;
  tag: string;
}

export interface TrainingSentence {
  tokens: Token[];
  tags: Int32Array;
}

export function parseConll(text: string): ConllToken[][] {
  const out: ConllToken[][] = [];
  let cur: ConllToken[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      if (cur.length) out.push(cur), (cur = []);
      continue;
    }
    const [token = '', tag = 'O'] = line.replace(/\r$/, '').split('\t');
    cur.push({ token, tag });
  }
  if (cur.length) out.push(cur);
  return out;
}

/** One CoNLL sentence → the core's tokens with projected tag ids. */
export function projectSentence(sentence: readonly ConllToken[]): TrainingSentence {
  let text = '';
  const ranges: [number, number][] = [];
  for (const t of sentence) {
    if (text) text += ' ';
    ranges.push([text.length, text.length + t.token.length]);
    text += t.token;
  }
  const doc = makeDoc(text);
  const tags = new Int32Array(doc.tokens.length);
  let k = 0;
  sentence.forEach((ct, ci) => {
    const [a, b] = ranges[ci]!;
    const pieces: Token[] = [];
    while (k < doc.tokens.length && doc.tokens[k]!.start < b) {
      if (doc.tokens[k]!.end > a) pieces.push(doc.tokens[k]!);
      k++;
    }
    const id = tagId(ct.tag);
    if (id === O) return;
    const words = pieces.filter((p) => p.type !== 'punct');
    const first = words[0] ?? pieces[0];
    const last = words[words.length - 1] ?? pieces[pieces.length - 1];
    if (!first || !last) return;
    const inside = id % 2 === 1 ? id + 1 : id;
    for (let i = first.i; i <= last.i; i++) tags[i] = i === first.i ? id : inside;
  });
  repairBio(tags);
  return { tokens: doc.tokens, tags };
}

/** I-X after O or another type becomes B-X, in place. */
export function repairBio(tags: Int32Array): void {
  for (let i = 0; i < tags.length; i++) {
    const id = tags[i]!;
    if (bioOf(id) !== 'I') continue;
    const prev = i > 0 ? tags[i - 1]! : O;
    if (prev === O || typeOf(prev) !== typeOf(id)) tags[i] = id - 1;
  }
}

/**
 * Where the tagger's sequences end: at a line break and after a run of full stops, the way the
 * ANERcorp CAMeL split cuts sentences ("sentence boundaries after sequences of 1 or more periods"),
 * so the ±2 word context at run time looks like the one seen in training.
 */
import type { Token } from '../tokens';

/** [from, to) token ranges of the sequences of a document. */
export function sequenceRanges(tokens: readonly Pick<Token, 'norm' | 'lineBefore'>[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > from && t.lineBefore) {
      out.push([from, i]);
      from = i;
    }
    const next = tokens[i + 1];
    if (t.norm === '.' && (!next || next.norm !== '.')) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < tokens.length) out.push([from, tokens.length]);
  return out;
}

import { describe, expect, it } from 'vitest';
import { chunks } from '../../../lib/analysis/tagger/bio';
import { tagId, TAGS } from '../../../lib/analysis/tagger/tags';
import { parseConll, projectSentence, repairBio } from '../../../lib/analysis/tagger/conll';
import { sequenceRanges } from '../../../lib/analysis/tagger/sequences';
import { makeDoc } from '../../../lib/analysis/tokens';

const ids = (...tags: string[]) => Int32Array.from(tags.map(tagId));

describe('BIO → chunks', () => {
  it('reads well-formed tags', () => {
    expect(chunks(ids('O', 'B-PERS', 'I-PERS', 'O', 'B-LOC'))).toEqual([
      { type: 'PERS', from: 1, to: 2 },
      { type: 'LOC', from: 4, to: 4 },
    ]);
  });
  it('starts a chunk at an I- after O or after another type (lenient reading)', () => {
    expect(chunks(ids('I-ORG', 'I-ORG', 'O', 'I-PERS', 'B-LOC', 'I-PERS', 'I-PERS'))).toEqual([
      { type: 'ORG', from: 0, to: 1 },
      { type: 'PERS', from: 3, to: 3 },
      { type: 'LOC', from: 4, to: 4 },
      { type: 'PERS', from: 5, to: 6 },
    ]);
  });
  it('splits B- B- of one type into two chunks', () => {
    expect(chunks(ids('B-LOC', 'B-LOC'))).toHaveLength(2);
  });
  it('repairs ill-formed I- tags to B- in place', () => {
    const t = ids('I-PERS', 'O', 'I-LOC', 'B-ORG', 'I-PERS', 'I-PERS');
    repairBio(t);
    expect(Array.from(t, (x) => TAGS[x])).toEqual(['B-PERS', 'O', 'B-LOC', 'B-ORG', 'B-PERS', 'I-PERS']);
  });
});

describe('CoNLL projection onto the core tokens', () => {
  it('hands a split token’s tag to its word pieces, not to outer punctuation', () => {
    const [s] = parseConll('قال\tO\n(جو\tB-PERS\nبايدن)\tI-PERS\nفي\tO\nواشنطن،\tB-LOC\n\n');
    const { tokens, tags } = projectSentence(s!);
    expect(tokens.map((t, i) => `${t.norm}/${TAGS[tags[i]!]}`)).toEqual(['قال/O', '(/O', 'جو/B-PERS', 'بايدن/I-PERS', ')/O', 'في/O', 'واشنطن/B-LOC', ',/O']);
  });
});

describe('sequences', () => {
  it('end after runs of full stops and at line breaks', () => {
    const doc = makeDoc('جاء زيد . . ثم عمرو\nوقال بكر .');
    expect(sequenceRanges(doc.tokens).map(([a, b]) => doc.tokens.slice(a, b).map((t) => t.norm).join(' '))).toEqual(['جاء زيد . .', 'ثم عمرو', 'وقال بكر .']);
  });
});

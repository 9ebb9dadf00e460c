import { describe, expect, it } from 'vitest';
import { trainPerceptron } from '../../../lib/analysis/tagger/train';
import { packModel, TaggerModel } from '../../../lib/analysis/tagger/model';
import { parseConll, projectSentence } from '../../../lib/analysis/tagger/conll';
import { viterbi } from '../../../lib/analysis/tagger/decoder';
import { TAGS } from '../../../lib/analysis/tagger/tags';
import { makeDoc } from '../../../lib/analysis/tokens';

const CORPUS = `قال	O
الرئيس	O
جو	B-PERS
بايدن	I-PERS
في	O
واشنطن	B-LOC
.	O

وصل	O
ماكرون	B-PERS
إلى	O
برلين	B-LOC
.	O
`;

const model = () =>
  new TaggerModel(packModel(trainPerceptron(parseConll(CORPUS).map(projectSentence), { epochs: 5, seed: 7 }), { scale: 0.01, prune: 0, license: 'x', attribution: 'x', training: {} }));

describe('tagger run-time scratch state', () => {
  it('the scratch emissions equal fresh ones, also after the per-word score table starts a new epoch', () => {
    const m = model();
    const texts = ['قال الرئيس جو بايدن في واشنطن .', 'وصل ماكرون إلى برلين وقال إن Google في باريس', 'وصل'];
    const fresh = texts.map((t) => Array.from(m.emissions(makeDoc(t).tokens)));
    const T = TAGS.length;
    for (let round = 0; round < 2; round++) {
      texts.forEach((t, k) => {
        const tokens = makeDoc(t).tokens;
        expect(Array.from(m.emissionsScratch(tokens).subarray(0, tokens.length * T))).toEqual(fresh[k]);
      });
      // Fill the table as if many words had been seen: the next sequence starts a new epoch.
      (m as unknown as { nIds: number }).nIds = 1 << 14;
    }
  });

  it('a sequence of more new words than the pair caches key (score-table ids past 32,767) scores as short ones do', () => {
    const m = model();
    const T = TAGS.length;
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const words = Array.from({ length: 33_000 }, (_, k) => 'q' + letters[k % 26]! + letters[Math.floor(k / 26) % 26]! + letters[Math.floor(k / 676) % 26]! + letters[Math.floor(k / 17_576) % 26]!);
    const tokens = makeDoc(words.join(' ')).tokens;
    expect(tokens.length).toBe(33_000);
    const long = Array.from(m.emissionsScratch(tokens).subarray(0, tokens.length * T));
    for (const i of [2, 100, 20_000, 32_900, 32_997]) {
      // token i's emissions read tokens i-2 … i+2 only: the same in a nine-token window around it
      const from = Math.max(0, i - 4);
      const window = tokens.slice(from, Math.min(tokens.length, i + 5));
      const short = m.emissions(window);
      expect(long.slice(i * T, (i + 1) * T)).toEqual(Array.from(short.subarray((i - from) * T, (i - from + 1) * T)));
    }
  });

  it('Viterbi follows a transition table changed in place between decodes', () => {
    const T = TAGS.length;
    const emit = Float64Array.from({ length: 5 * T }, (_, i) => Math.sin(i * 1.7) * 3);
    const trans = new Float64Array(T * T);
    const start = new Float64Array(T);
    const a = Array.from(viterbi(emit, 5, T, trans, start));
    for (let i = 0; i < T * T; i++) trans[i] = i % T === 0 ? 10 : -1;
    const b = Array.from(viterbi(emit, 5, T, trans, start));
    expect(b).toEqual(Array.from(viterbi(emit, 5, T, Float64Array.from(trans), start)));
    expect(b.slice(1)).toEqual([0, 0, 0, 0]);
    expect(a).not.toEqual(b);
  });
});

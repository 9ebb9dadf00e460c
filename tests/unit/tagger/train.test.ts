import { describe, expect, it } from 'vitest';
import { trainPerceptron } from '../../../lib/analysis/tagger/train';
import { packModel, TaggerModel, toBase64, fromBase64 } from '../../../lib/analysis/tagger/model';
import { parseConll, projectSentence } from '../../../lib/analysis/tagger/conll';
import { TAGS } from '../../../lib/analysis/tagger/tags';
import { featureStrings, hashString } from '../../../lib/analysis/tagger/features';
import { makeDoc } from '../../../lib/analysis/tokens';

const CORPUS = `قال	O
الرئيس	O
جو	B-PERS
بايدن	I-PERS
في	O
واشنطن	B-LOC
.	O

أعلنت	O
شركة	O
غوغل	B-ORG
في	O
باريس	B-LOC
.	O

وصل	O
ماكرون	B-PERS
إلى	O
برلين	B-LOC
.	O
`;

const sentences = () => parseConll(CORPUS).map(projectSentence);
const pack = (w: ReturnType<typeof trainPerceptron>) => packModel(w, { scale: 0.01, prune: 0, license: 'CC BY-SA 4.0', attribution: 'test', training: {} });

describe('perceptron training', () => {
  it('is reproducible: the same corpus and seed give identical weights', () => {
    const a = trainPerceptron(sentences(), { epochs: 5, seed: 42, dropout: 0.3 });
    const b = trainPerceptron(sentences(), { epochs: 5, seed: 42, dropout: 0.3 });
    expect(Array.from(a.keys)).toEqual(Array.from(b.keys));
    expect(Array.from(a.w)).toEqual(Array.from(b.w));
    expect(Array.from(a.trans)).toEqual(Array.from(b.trans));
    expect(JSON.stringify(pack(a))).toBe(JSON.stringify(pack(b)));
  });

  it('learns its training sentences, and packing keeps the tags', () => {
    const data = sentences();
    const model = new TaggerModel(pack(trainPerceptron(data, { epochs: 10, seed: 1 })));
    for (const s of data) expect(Array.from(model.tag(s.tokens), (t) => TAGS[t])).toEqual(Array.from(s.tags, (t) => TAGS[t]));
  });

  it('loss-augmented training (margin, missCost) is reproducible, learns its sentences, and is the plain recipe at 0', () => {
    const data = sentences();
    const opts = { epochs: 10, seed: 1, margin: 1, missCost: 3 };
    const a = trainPerceptron(data, opts);
    expect(Array.from(a.w)).toEqual(Array.from(trainPerceptron(data, opts).w));
    const model = new TaggerModel(pack(a));
    for (const s of data) expect(Array.from(model.tag(s.tokens), (t) => TAGS[t])).toEqual(Array.from(s.tags, (t) => TAGS[t]));
    const plain = trainPerceptron(data, { epochs: 10, seed: 1 });
    // The costs change the updates (the decode in training is loss-augmented) …
    expect(Array.from(a.w)).not.toEqual(Array.from(plain.w));
    expect(Array.from(trainPerceptron(data, { epochs: 10, seed: 1, missCost: 3 }).w)).not.toEqual(Array.from(plain.w));
    // … and at 0 they are the plain perceptron, bit for bit.
    expect(Array.from(trainPerceptron(data, { epochs: 10, seed: 1, margin: 0, missCost: 0 }).w)).toEqual(Array.from(plain.w));
  });

  it('emissions are the plain sum of the rows of each token\'s features (presence filter and word cache change nothing)', () => {
    const model = new TaggerModel(pack(trainPerceptron(sentences(), { epochs: 5, seed: 3 })));
    const T = TAGS.length;
    // Latin words in two casings share a vocabulary entry but not a shape: each keeps its own word scores.
    for (const text of ['قال الرئيس جو بايدن في باريس .', 'The Google and the google in برلين .', 'وصل ماكرون إلى واشنطن']) {
      const tokens = makeDoc(text).tokens;
      const emit = model.emissions(tokens);
      const again = model.emissions(tokens);
      expect(Array.from(again)).toEqual(Array.from(emit));
      tokens.forEach((_, i) => {
        const want = new Float64Array(T);
        for (const f of featureStrings(tokens, i, model.oovTest)) {
          const r = model.row(hashString(f));
          if (r >= 0) for (let t = 0; t < T; t++) want[t] = want[t]! + (model as unknown as { w: Float32Array }).w[r * T + t]!;
        }
        want[0] = want[0]! - model.oPenalty;
        for (let t = 0; t < T; t++) expect(emit[i * T + t]).toBeCloseTo(want[t]!, 9);
      });
    }
  });

  it('base64 round-trips every length', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
      expect(Array.from(fromBase64(toBase64(bytes)))).toEqual(Array.from(bytes));
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});

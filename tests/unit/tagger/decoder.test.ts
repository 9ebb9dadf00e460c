import { describe, expect, it } from 'vitest';
import { viterbi, viterbiBackward, viterbiForcedO } from '../../../lib/analysis/tagger/decoder';
import { TAGS, NUM_TAGS, allowed, tagId } from '../../../lib/analysis/tagger/tags';
import { prng } from '../../../lib/analysis/tagger/train';

const T = NUM_TAGS;

/** Emissions from per-token preferred tags: +5 for the named tag, 0 elsewhere. */
function emissions(pref: string[][]): Float64Array {
  const e = new Float64Array(pref.length * T);
  pref.forEach((tags, i) => tags.forEach((tag, r) => (e[i * T + tagId(tag)] = 5 - r)));
  return e;
}

function brute(emit: Float64Array, n: number, trans: Float64Array, start: Float64Array): { path: number[]; score: number } {
  let best = { path: [] as number[], score: -Infinity };
  const path = new Array<number>(n).fill(0);
  const rec = (i: number, score: number) => {
    if (i === n) {
      if (score > best.score) best = { path: [...path], score };
      return;
    }
    for (let t = 0; t < T; t++) {
      const from = i === 0 ? -1 : path[i - 1]!;
      if (!allowed(from, t)) continue;
      path[i] = t;
      rec(i + 1, score + emit[i * T + t]! + (i === 0 ? start[t]! : trans[from * T + t]!));
    }
  };
  rec(0, 0);
  return best;
}

describe('viterbi', () => {
  it('finds the known best path of a hand-made model', () => {
    // "قال جو بايدن في واشنطن": emissions point the way, a transition bonus joins B-PERS I-PERS.
    const emit = emissions([['O'], ['B-PERS', 'B-LOC'], ['B-PERS', 'I-PERS'], ['O'], ['B-LOC']]);
    const trans = new Float64Array(T * T);
    trans[tagId('B-PERS') * T + tagId('I-PERS')] = 3; // B-PERS→I-PERS (+3) beats B-PERS→B-PERS (+1 emission)
    const path = Array.from(viterbi(emit, 5, T, trans, new Float64Array(T)), (t) => TAGS[t]);
    expect(path).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC']);
  });

  it('never starts with I- nor puts I-X after O or another type', () => {
    const emit = emissions([['I-ORG'], ['I-LOC'], ['O'], ['I-PERS']]);
    const path = Array.from(viterbi(emit, 4, T, new Float64Array(T * T), new Float64Array(T)));
    path.forEach((t, i) => expect(allowed(i ? path[i - 1]! : -1, t)).toBe(true));
  });

  it('agrees with brute force on random scores', () => {
    const rand = prng(7);
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + (trial % 4);
      const emit = Float64Array.from({ length: n * T }, () => rand() * 4 - 2);
      const trans = Float64Array.from({ length: T * T }, () => rand() * 2 - 1);
      const start = Float64Array.from({ length: T }, () => rand() - 0.5);
      expect(Array.from(viterbi(emit, n, T, trans, start))).toEqual(brute(emit, n, trans, start).path);
    }
  });

  it('handles the empty sequence', () => {
    expect(viterbi(new Float64Array(0), 0, T, new Float64Array(T * T), new Float64Array(T)).length).toBe(0);
  });
});

describe('chunk margins from forward and backward rows', () => {
  it('equal the margins of a decode forced to O over each chunk, on random models', async () => {
    const { TaggerModel } = await import('../../../lib/analysis/tagger/model');
    const { chunks } = await import('../../../lib/analysis/tagger/bio');
    const model = (await import('../../../lib/analysis/data/ner-model')).default;
    const m = new TaggerModel(model);
    const rand = prng(11);
    let checked = 0;
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + Math.floor(rand() * 25);
      const emit = new Float64Array(n * T);
      for (let k = 0; k < emit.length; k++) emit[k] = (rand() - 0.6) * 60;
      const trace = m.newTrace(n);
      const best = m.decode(emit, n, trace);
      const cs = chunks(best);
      const want = cs.map((c) => m.chunkMargin(emit, n, best, c.from, c.to));
      m.chunkMargins(emit, n, trace, cs);
      cs.forEach((c, k) => expect(c.margin).toBeCloseTo(want[k]!, 6));
      checked += cs.length;
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('the nine-tag BIO decoder written out', () => {
  /** viterbiBackward by its definition (general loops over allowed successors). */
  function backwardRef(emit: Float64Array, n: number, trans: Float64Array): Float64Array {
    const out = new Float64Array(n * T);
    for (let i = n - 2; i >= 0; i--)
      for (let t = 0; t < T; t++) {
        let best = -Infinity;
        for (let u = 0; u < T; u++) if (allowed(t, u)) best = Math.max(best, trans[t * T + u]! + emit[(i + 1) * T + u]! + out[(i + 1) * T + u]!);
        out[i * T + t] = best;
      }
    return out;
  }

  it('gives the general decoder’s paths, rows and back pointers, and the backward rows by definition', () => {
    expect(T).toBe(9);
    const rand = prng(5);
    for (let trial = 0; trial < 60; trial++) {
      const n = 1 + Math.floor(rand() * 30);
      // Coarse values make ties; -Infinity where a tag is ruled out.
      const emit = Float64Array.from({ length: n * T }, () => (rand() < 0.05 ? -Infinity : Math.round(rand() * 8 - 4)));
      const trans = Float64Array.from({ length: T * T }, () => Math.round(rand() * 4 - 2));
      const start = Float64Array.from({ length: T }, () => Math.round(rand() * 2 - 1));
      const trace = { scores: new Float64Array(n * T), back: new Int32Array(n * T) };
      const fast = viterbi(emit, n, T, trans, start, trace); // written-out path (rows recorded)
      const general = viterbi(emit, n, T, trans, start); // loops
      expect(Array.from(fast)).toEqual(Array.from(general));
      const forced = viterbiForcedO(emit, n, T, trans, start, trace, n, n); // general loops resumed from the trace: same path
      expect(Array.from(forced)).toEqual(Array.from(general));
      const beta = new Float64Array(n * T);
      viterbiBackward(emit, n, T, trans, beta);
      expect(Array.from(beta)).toEqual(Array.from(backwardRef(emit, n, trans)));
    }
  });
});

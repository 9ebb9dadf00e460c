/**
 * Averaged structured perceptron training (Collins 2002) with the same features and BIO-constrained
 * Viterbi as tagging. Deterministic: sentence order per epoch comes from a seeded PRNG, feature rows
 * are numbered in order of first appearance, and all arithmetic is in float64 in a fixed order, so
 * the same corpus and options give the same weights bit for bit (tests/unit/tagger/train.test.ts).
 *
 * Loss-augmented decoding (options margin, missCost): in training the decode that finds the update
 * adds `margin` to every wrong tag's score and `missCost` more to O where the gold tag is a name, so
 * the model keeps updating until the gold path wins by a margin, by a wider one against missing a
 * name (recall was the weak side on ANERcorp). Tagging decodes without them.
 *
 * Averaging uses the lazy trick: keep w and u = Σ c·Δ, where c counts sentences seen; the average
 * is w − u/c.
 */
import { sequenceFeatures, wordOf, type TokenLike } from './features';
import { viterbi } from './decoder';
import { TAGS } from './tags';
import type { Weights } from './model';

export interface TrainSentence {
  tokens: readonly TokenLike[];
  tags: Int32Array;
  /** Per token: 1 = treat the word as unknown (absent from the other folds). */
  oov?: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Probability of hiding a token's word-identity features in one training pass (word dropout). */
  dropout?: number;
  /** Loss-augmented decoding in training: added to every wrong tag's score (margin). */
  margin?: number;
  /** …and added on top to O where the gold tag is a name (a missed name costs more). */
  missCost?: number;
  /** Called after each epoch (progress, timing). */
  onEpoch?: (epoch: number, mistakes: number) => void;
}

/** mulberry32: small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Prepared {
  n: number;
  gold: Int32Array;
  rows: Int32Array;
  offsets: Uint32Array;
  lexical: Uint8Array;
  /** Per token, this epoch: 1 = word-identity features hidden. */
  drop: Uint8Array;
}

export function trainPerceptron(sentences: readonly TrainSentence[], opts: TrainOptions): Weights {
  const T = TAGS.length;
  const rowOf = new Map<number, number>();
  const keys: number[] = [];
  const data: Prepared[] = [];
  for (const s of sentences) {
    if (!s.tokens.length) continue;
    const oov = s.oov;
    const { hashes, offsets, lexical } = sequenceFeatures(s.tokens, oov ? (i) => oov[i] === 1 : undefined, true);
    const rows = new Int32Array(hashes.length);
    for (let k = 0; k < hashes.length; k++) {
      const h = hashes[k]!;
      let r = rowOf.get(h);
      if (r === undefined) {
        r = keys.length;
        rowOf.set(h, r);
        keys.push(h);
      }
      rows[k] = r;
    }
    data.push({ n: s.tokens.length, gold: s.tags, rows, offsets, lexical: lexical!, drop: new Uint8Array(s.tokens.length) });
  }
  const R = keys.length;
  const w = new Float64Array(R * T);
  const u = new Float64Array(R * T);
  const tw = new Float64Array(T * T);
  const tu = new Float64Array(T * T);
  const sw = new Float64Array(T);
  const su = new Float64Array(T);
  let c = 1;
  const rand = prng(opts.seed);
  const dropout = opts.dropout ?? 0;
  const margin = opts.margin ?? 0;
  const missCost = opts.missCost ?? 0;
  const order = Array.from(data.keys());
  let emit = new Float64Array(1024 * T);

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    // Fisher–Yates with the seeded PRNG: the order depends only on the seed and the epoch.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const tmp = order[i]!;
      order[i] = order[j]!;
      order[j] = tmp;
    }
    let mistakes = 0;
    for (const idx of order) {
      const d = data[idx]!;
      const { n, gold, rows, offsets, lexical, drop } = d;
      for (let i = 0; i < n; i++) drop[i] = dropout > 0 && rand() < dropout ? 1 : 0;
      if (emit.length < n * T) emit = new Float64Array(n * T * 2);
      emit.fill(0, 0, n * T);
      for (let i = 0; i < n; i++) {
        const base = i * T;
        const di = drop[i]!;
        for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
          if (di && lexical[k]) continue;
          const o = rows[k]! * T;
          for (let t = 0; t < T; t++) emit[base + t] = emit[base + t]! + w[o + t]!;
        }
      }
      if (margin || missCost) {
        for (let i = 0; i < n; i++) {
          const base = i * T;
          const g = gold[i]!;
          for (let t = 0; t < T; t++) if (t !== g) emit[base + t] = emit[base + t]! + margin;
          if (g !== 0) emit[base] = emit[base]! + missCost;
        }
      }
      const pred = viterbi(emit, n, T, tw, sw);
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          mistakes++;
          const di = drop[i]!;
          for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
            if (di && lexical[k]) continue;
            const o = rows[k]! * T;
            w[o + g] = w[o + g]! + 1;
            u[o + g] = u[o + g]! + c;
            w[o + p] = w[o + p]! - 1;
            u[o + p] = u[o + p]! - c;
          }
        }
        if (i === 0) {
          if (g !== p) {
            sw[g] = sw[g]! + 1;
            su[g] = su[g]! + c;
            sw[p] = sw[p]! - 1;
            su[p] = su[p]! - c;
          }
        } else {
          const gf = gold[i - 1]! * T + g;
          const pf = pred[i - 1]! * T + p;
          if (gf !== pf) {
            tw[gf] = tw[gf]! + 1;
            tu[gf] = tu[gf]! + c;
            tw[pf] = tw[pf]! - 1;
            tu[pf] = tu[pf]! - c;
          }
        }
      }
      c++;
    }
    opts.onEpoch?.(epoch, mistakes);
  }
  const avg = (a: Float64Array, b: Float64Array) => a.map((x, i) => x - b[i]! / c);
  return { keys: Uint32Array.from(keys), w: avg(w, u), trans: avg(tw, tu), start: avg(sw, su) };
}

/**
 * Jackknife out-of-vocabulary flags: the sentences are cut into `folds` contiguous blocks (ANERcorp
 * keeps articles together), and a token counts as unknown when its word occurs in no other block.
 * So training sees unknown words the way tagging new text does: mostly rare names.
 */
export function markOov(sentences: TrainSentence[], folds: number): Set<string> {
  const n = sentences.length;
  const foldOf = (k: number) => Math.min(folds - 1, Math.floor((k * folds) / n));
  const total = new Map<string, number>();
  const per: Map<string, number>[] = Array.from({ length: folds }, () => new Map());
  const words = sentences.map((s) => s.tokens.map(wordOf));
  words.forEach((ws, k) => {
    const f = per[foldOf(k)]!;
    for (const w of ws) {
      total.set(w, (total.get(w) ?? 0) + 1);
      f.set(w, (f.get(w) ?? 0) + 1);
    }
  });
  const vocab = new Set<string>();
  sentences.forEach((s, k) => {
    const f = per[foldOf(k)]!;
    s.oov = Uint8Array.from(words[k]!, (w) => {
      if (total.get(w)! - f.get(w)! === 0) return 1;
      vocab.add(w);
      return 0;
    });
  });
  /** Words known somewhere in training: the model must keep a `w=` row for each (see packModel). */
  return vocab;
}

/**
 * The shipped model: its file format (a plain object with a base64 payload and a licence header),
 * packing from trained weights, and the run-time weight table.
 *
 * Payload: rows sorted by feature hash; per row a varint hash delta, a varint bit mask of the tags
 * with a non-zero weight, then one zigzag varint per such weight in units of `scale`. Pruning
 * near-zero averaged weights and quantising to `scale` keep the file small; at load the rows go
 * into an open-addressing table (hash → row) and a dense Float32Array of rows × tags.
 */
import {
  wordView, wordHashes, neighbourHashes, wordHash, viewId, setViewId,
  NEIGHBOUR_SLOTS, SLOT_M2, SLOT_M1, SLOT_P1, SLOT_P2, SLOT_M1_OOV, SLOT_P1_OOV, PAD_VIEW, END_VIEW, FEATURE_VERSION, pairLeftInto, pairRightInto, type TokenLike, type TokenView,
} from './features';
import { viterbi, viterbiBackward, type ViterbiTrace } from './decoder';
import { TAGS } from './tags';

export const MODEL_FORMAT = 'sharh-ner-perceptron';

/** The presence filter keeps one bit per 2^BIT_SHIFT hash values: 2^21 bits, 256 KB. */
const BIT_SHIFT = 11;

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  featureVersion: number;
  /** Licence of the model (a work derived from ANERcorp): CC BY-SA 4.0. */
  license: string;
  attribution: string;
  /** How it was made (corpus, split, epochs, seed, pruning). */
  training: Record<string, string | number>;
  tags: string[];
  /** Weight = stored integer × scale. */
  scale: number;
  rows: number;
  /** Subtracted from the O score of every token at decoding: trades precision for recall. */
  oPenalty?: number;
  /** T × T transition and T start weights (already multiplied out). */
  trans: number[];
  start: number[];
  /** base64 of the packed rows (see the module comment). */
  data: string;
}

/** Trained (averaged) weights, before packing. */
export interface Weights {
  /** Feature hashes, one per row. */
  keys: Uint32Array;
  /** rows × T weights. */
  w: Float64Array;
  trans: Float64Array;
  start: Float64Array;
}

// ---------------------------------------------------------------------------------------------
// base64 without Buffer/atob differences between Node and the browser

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INV = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64_INV[B64.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!, b = bytes[i + 1] ?? 0, c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    chunk += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? B64[n & 63]! : '=');
    if (chunk.length >= 4096) parts.push(chunk), (chunk = '');
  }
  parts.push(chunk);
  return parts.join('');
}

export function fromBase64(s: string): Uint8Array {
  let len = (s.length / 4) * 3;
  if (s.endsWith('==')) len -= 2;
  else if (s.endsWith('=')) len -= 1;
  const out = new Uint8Array(len);
  let j = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n = (B64_INV[s.charCodeAt(i)]! << 18) | (B64_INV[s.charCodeAt(i + 1)]! << 12) | ((B64_INV[s.charCodeAt(i + 2)]! & 63) << 6) | (B64_INV[s.charCodeAt(i + 3)]! & 63);
    if (j < len) out[j++] = (n >> 16) & 255;
    if (j < len) out[j++] = (n >> 8) & 255;
    if (j < len) out[j++] = n & 255;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Packing

export interface PackOptions {
  /** Quantisation step (weights are stored as integer multiples of it). */
  scale: number;
  /** Weights with |w| below this are dropped. */
  prune: number;
  license: string;
  attribution: string;
  training: Record<string, string | number>;
  /** Stored as ModelFile.oPenalty (tuned on a held-out tenth of the train split). */
  oPenalty?: number;
  /** Feature hashes that keep a row even when all their weights are pruned (the vocabulary's `w=`). */
  keep?: ReadonlySet<number>;
}

export function packModel(weights: Weights, opts: PackOptions): ModelFile {
  const T = TAGS.length;
  // Rows of kept hashes that training never created (words always right without their weights).
  const have = new Set(weights.keys);
  const extra = [...(opts.keep ?? [])].filter((h) => !have.has(h)).sort((a, b) => a - b);
  const keys = Uint32Array.from([...weights.keys, ...extra]);
  const order = Array.from(keys.keys()).sort((a, b) => keys[a]! - keys[b]!);
  const bytes: number[] = [];
  const varint = (v: number) => {
    while (v >= 128) {
      bytes.push((v & 127) | 128);
      v = Math.floor(v / 128);
    }
    bytes.push(v);
  };
  let prev = 0;
  let rows = 0;
  const q = new Int32Array(T);
  for (const r of order) {
    let mask = 0;
    for (let t = 0; t < T; t++) {
      const w = r < weights.keys.length ? weights.w[r * T + t]! : 0;
      q[t] = Math.abs(w) < opts.prune ? 0 : Math.round(w / opts.scale);
      if (q[t] !== 0) mask |= 1 << t;
    }
    const key = keys[r]!;
    if (!mask && !opts.keep?.has(key)) continue;
    varint(key - prev);
    prev = key;
    varint(mask);
    for (let t = 0; t < T; t++) if (q[t] !== 0) varint(q[t]! >= 0 ? q[t]! * 2 : -q[t]! * 2 - 1);
    rows++;
  }
  const round = (x: number) => Math.round(x / opts.scale) * opts.scale;
  return {
    format: MODEL_FORMAT,
    featureVersion: FEATURE_VERSION,
    license: opts.license,
    attribution: opts.attribution,
    training: opts.training,
    tags: [...TAGS],
    scale: opts.scale,
    ...(opts.oPenalty ? { oPenalty: opts.oPenalty } : {}),
    rows,
    trans: Array.from(weights.trans, (x) => +round(x).toFixed(6)),
    start: Array.from(weights.start, (x) => +round(x).toFixed(6)),
    data: toBase64(Uint8Array.from(bytes)),
  };
}

// ---------------------------------------------------------------------------------------------
// Run time

/** Sets of the pair-feature caches (four ways each): 2^PAIR_BITS. */
const PAIR_BITS = 13;

/**
 * Where the score table keeps each neighbour slot: the slots every token reads (M2, M1, P1, P2)
 * after the word's own scores in `tab`, the two read only around an out-of-vocabulary token in
 * `tabOov` (a smaller table for the tokens to stream through: 5 instead of 7 rows per word).
 */
const OOV_SLOTS: readonly number[] = [SLOT_M1_OOV, SLOT_P1_OOV];
const MAIN_SLOTS: readonly number[] = Array.from({ length: NEIGHBOUR_SLOTS }, (_, k) => k).filter((k) => !OOV_SLOTS.includes(k));
/** Offset of a slot's row within its word's block, in its table (× T). */
const slotAt = (slot: number): number => (OOV_SLOTS.includes(slot) ? OOV_SLOTS.indexOf(slot) : 1 + MAIN_SLOTS.indexOf(slot));

/** A loaded model: tags a sequence of tokens. */
export class TaggerModel {
  readonly T: number;
  /** Open addressing, key and row side by side (one cache line per probe): [key, row + 1] pairs, row + 1 = 0 empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /**
   * One bit per (hash >>> BIT_SHIFT): set for every stored key. Most context features of new text
   * are in no row; this 256 KB filter answers them without touching the larger slot table.
   */
  private readonly bits: Int32Array;
  private readonly w: Float32Array;
  private readonly trans: Float64Array;
  private readonly start: Float64Array;
  /** See ModelFile.oPenalty; settable for tuning. */
  oPenalty: number;

  constructor(file: ModelFile) {
    if (file.format !== MODEL_FORMAT) throw new Error(`not a Sharh NER model: ${String(file.format)}`);
    if (file.featureVersion !== FEATURE_VERSION) throw new Error(`model features v${file.featureVersion}, code v${FEATURE_VERSION}: retrain (npm run train:ner)`);
    if (file.tags.join() !== TAGS.join()) throw new Error('model tag set differs from the code');
    const T = (this.T = TAGS.length);
    let cap = 1;
    while (cap < file.rows * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    this.bits = new Int32Array(1 << (32 - BIT_SHIFT - 5));
    this.w = new Float32Array(file.rows * T);
    this.trans = Float64Array.from(file.trans);
    this.start = Float64Array.from(file.start);
    this.oPenalty = file.oPenalty ?? 0;
    this.oneBuf = new Float64Array(T);
    const bytes = fromBase64(file.data);
    let p = 0;
    const varint = (): number => {
      let v = 0;
      let mul = 1;
      for (;;) {
        const b = bytes[p++]!;
        v += (b & 127) * mul;
        if (b < 128) return v;
        mul *= 128;
      }
    };
    let key = 0;
    for (let r = 0; r < file.rows; r++) {
      key += varint();
      const m = varint();
      for (let t = 0; t < T; t++) {
        if (!(m & (1 << t))) continue;
        const z = varint();
        this.w[r * T + t] = (z & 1 ? -(z + 1) / 2 : z / 2) * file.scale;
      }
      const b = key >>> BIT_SHIFT;
      this.bits[b >>> 5] = this.bits[b >>> 5]! | (1 << (b & 31));
      let s = key & this.mask;
      while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = key | 0;
      this.slots[2 * s + 1] = r + 1;
    }
  }

  /** A word is out of vocabulary when the model kept no `w=` weights for it. */
  readonly oovTest = (_i: number, w: string): boolean => this.row(wordHash(w)) < 0;

  /** Row of a feature hash, or -1. */
  row(hash: number): number {
    const key = hash | 0;
    let s = hash & this.mask;
    for (;;) {
      const r = this.slots[2 * s + 1]!;
      if (r === 0) return -1;
      if (this.slots[2 * s] === key) return r - 1;
      s = (s + 1) & this.mask;
    }
  }

  /** Scratch: rows of the hashes given to addRows. */
  private rowBuf = new Int32Array(1024);

  /**
   * Add the weight rows of hashes to into: n groups, group i's hashes hashes[ends[i-1] .. ends[i]) into
   * into[i*T ..] (ends 0: one group, all of them). In feature order, so the sums are the same as one
   * feature at a time.
   */
  private addRows(hashes: readonly number[], ends: Int32Array | 0, n: number, into: Float64Array): void {
    const T = this.T;
    const slots = this.slots;
    const mask = this.mask;
    const bits = this.bits;
    const w = this.w;
    const nh = hashes.length;
    if (this.rowBuf.length < nh) this.rowBuf = new Int32Array(nh * 2);
    const rows = this.rowBuf;
    // Two passes, all the table probes first, then all the weight reads: independent memory loads
    // that the CPU overlaps (one loop with probe then read waits on each probe in turn).
    // rows[k]: weight offset of hash k, or -1.
    for (let k = 0; k < nh; k++) {
      // this.row(), inlined
      const h = hashes[k]!;
      const b = h >>> BIT_SHIFT;
      if (!(bits[b >>> 5]! & (1 << (b & 31)))) {
        rows[k] = -1;
        continue;
      }
      const key = h | 0;
      let s = h & mask;
      let o = -1;
      for (;;) {
        const r1 = slots[2 * s + 1]!;
        if (r1 === 0) break;
        if (slots[2 * s] === key) {
          o = (r1 - 1) * T;
          break;
        }
        s = (s + 1) & mask;
      }
      rows[k] = o;
    }
    for (let i = 0; i < n; i++) {
      const base = i * T;
      const from = ends ? ends[i]! : 0;
      const to = ends ? ends[i + 1]! : nh;
      for (let k = from; k < to; k++) {
        const o = rows[k]!;
        if (o < 0) continue;
        for (let t = 0; t < T; t++) into[base + t] = into[base + t]! + w[o + t]!;
      }
    }
  }

  /**
   * Per-word score table: row `id` of `tab` ((1 + 4) × T numbers) holds the summed weights of the
   * word's own features, then of its share of its neighbours' context features for the slots every
   * token reads (M2, M1, P1, P2, see neighbourHashes); row `id` of `tabOov` (2 × T) its share for the
   * two slots read only around an out-of-vocabulary token (M1_OOV, P1_OOV). A view keeps its row id
   * under `epoch`; a new epoch (table full) forgets every id.
   */
  private epoch: object = {};
  private tab = new Float64Array(0);
  private tabOov = new Float64Array(0);
  private nIds = 0;
  private static readonly MAX_IDS = 1 << 14;
  /** Scratch: row ids of a sequence with two pads each side, its views, pair hashes and their rows. */
  private idBuf = new Int32Array(64);
  private readonly vsBuf: TokenView[] = [];
  private readonly pairH = new Int32Array(8);
  private readonly oneBuf: Float64Array;
  private emitBuf = new Float64Array(0);
  /** Per token of the sequence being scored: the row offsets of its six pair features in adding order (-1: none). */
  private pairBuf = new Int32Array(6 * 64);
  /**
   * Pair-feature caches (emissionsInto), four-way set-associative by the pair of score-table ids
   * (key: id before × 65536 + id; -1 empty), newest first: per set four keys, then the row offsets
   * of each way (left: 4 per way, the features with the word before; right: 2, with the word after).
   * A long article has ≈9,400 distinct pairs; a direct-mapped table of 32,768 slots lost ≈3,100 of
   * them to collisions on every run, these 8,192 sets lose ≈200 in less memory (1 MB).
   */
  private readonly pairL = new Int32Array(20 << PAIR_BITS).fill(-1);
  private readonly pairR = new Int32Array(12 << PAIR_BITS).fill(-1);

  /** The view's row in the score table, filled on first use. */
  private idOf(v: TokenView): number {
    let id = viewId(v, this.epoch);
    if (id >= 0) return id;
    const T = this.T;
    const R = (1 + MAIN_SLOTS.length) * T;
    const RO = OOV_SLOTS.length * T;
    id = this.nIds++;
    if (this.tab.length < (id + 1) * R) {
      const rows = Math.max(256, 2 * (id + 1));
      const t = new Float64Array(rows * R);
      t.set(this.tab);
      this.tab = t;
      const o = new Float64Array(rows * RO);
      o.set(this.tabOov);
      this.tabOov = o;
    }
    const one = this.oneBuf;
    // Summed in feature order from 0, as one feature at a time.
    one.fill(0);
    this.addRows(wordHashes(v), 0, 1, one);
    this.tab.set(one, id * R);
    for (let slot = 0; slot < NEIGHBOUR_SLOTS; slot++) {
      one.fill(0);
      this.addRows(neighbourHashes(v, slot), 0, 1, one);
      if (OOV_SLOTS.includes(slot)) this.tabOov.set(one, id * RO + slotAt(slot) * T);
      else this.tab.set(one, id * R + slotAt(slot) * T);
    }
    setViewId(v, this.epoch, id);
    return id;
  }

  /**
   * Where in a pair cache (pairL: W = 4 row offsets a way, the features with the word before;
   * pairR: W = 2, with the word after) the row offsets of the pair of score-table ids (a, b) are:
   * a four-way set, keys first then the ways' offsets, newest first; on a miss the oldest way gives
   * way and is filled from the pair's features (`v` the word, `other` its neighbour).
   */
  private pairSlot(tab: Int32Array, W: number, a: number, b: number, v: TokenView, other: TokenView, left: boolean): number {
    const key = a * 65536 + b;
    const set = (4 + 4 * W) * (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) >>> (32 - PAIR_BITS));
    const way = tab[set] === key ? 0 : tab[set + 1] === key ? 1 : tab[set + 2] === key ? 2 : tab[set + 3] === key ? 3 : -1;
    if (way >= 0) return set + 4 + W * way;
    tab.copyWithin(set + 1, set, set + 3);
    tab.copyWithin(set + 4 + W, set + 4, set + 4 + 3 * W);
    tab[set] = key;
    const ph = this.pairH;
    const k = left ? pairLeftInto(v, other, ph) : pairRightInto(v, other, ph);
    for (let j = 0; j < W; j++) tab[set + 4 + j] = j < k ? this.rowOffset(ph[j]!) : -1;
    return set + 4;
  }

  /** Emission scores of one sequence: n × T, row-major. */
  emissions(tokens: readonly TokenLike[]): Float64Array {
    const emit = new Float64Array(tokens.length * this.T);
    this.emissionsInto(tokens, emit);
    return emit;
  }

  /** `emissions` in the model's scratch buffer: valid until the next call (tagDoc uses it before tagging the next sequence). */
  emissionsScratch(tokens: readonly TokenLike[], views?: readonly TokenView[], from = 0, count = tokens.length): Float64Array {
    const size = count * this.T;
    if (this.emitBuf.length < size) this.emitBuf = new Float64Array(Math.max(size, 2 * this.emitBuf.length));
    this.emissionsInto(tokens, this.emitBuf, views, from, count);
    return this.emitBuf;
  }

  /**
   * Emission scores of one sequence into emit[0 .. n × T). `views` (optional): the tokens' views
   * (`wordView(token, this.oovTest)`) already looked up, token i's at views[from + i]; with them,
   * `count` tokens (`tokens` is then not read: it may be the document's, not the sequence's).
   */
  private emissionsInto(tokens: readonly TokenLike[], emit: Float64Array, pre?: readonly TokenView[], from = 0, count = tokens.length): void {
    const n = pre ? count : tokens.length;
    const T = this.T;
    if (this.nIds > 0 && this.nIds + n + 2 > TaggerModel.MAX_IDS) {
      this.epoch = {};
      this.nIds = 0;
      this.pairL.fill(-1);
      this.pairR.fill(-1);
    }
    if (this.idBuf.length < n + 4) this.idBuf = new Int32Array(2 * (n + 4));
    if (this.pairBuf.length < 6 * n) this.pairBuf = new Int32Array(12 * n);
    const ids = this.idBuf;
    const vs = this.vsBuf;
    const oovTest = this.oovTest;
    ids[0] = ids[1] = this.idOf(PAD_VIEW);
    ids[n + 2] = ids[n + 3] = this.idOf(END_VIEW);
    for (let i = 0; i < n; i++) {
      const v = pre ? pre[from + i]! : wordView(tokens[i]!, oovTest);
      vs[i] = v;
      ids[i + 2] = this.idOf(v);
    }
    // Three passes over the sequence, each with a small body whose memory reads do not wait on each
    // other (the CPU overlaps them across tokens): the pair features' row offsets, the words' own and
    // neighbour scores, then the pair rows. Each token's numbers are added in the same order as one
    // feature at a time: its word's scores (minus the O penalty), plus the neighbour slots summed,
    // plus the rows of its pair features in pairHashes's order.
    const L = this.pairL, Rc = this.pairR;
    const ph = this.pairH;
    const po = this.pairBuf;
    // Pair features: the row offsets of (word before, word) and (word, word after) kept per pair of
    // score-table ids.
    for (let i = 0; i < n; i++) {
      const a = ids[i + 1]!, b = ids[i + 2]!, c = ids[i + 3]!;
      const q = 6 * i;
      if ((a | b | c) >= 0x8000) {
        // ids past the keys' range (a sequence of more than 32,000 new words): no caching.
        const k = pairLeftInto(vs[i]!, i > 0 ? vs[i - 1]! : PAD_VIEW, ph);
        const left = [-1, -1, -1, -1];
        for (let j = 0; j < k; j++) left[j] = this.rowOffset(ph[j]!);
        const r = pairRightInto(vs[i]!, i + 1 < n ? vs[i + 1]! : END_VIEW, ph);
        const right = [-1, -1];
        for (let j = 0; j < r; j++) right[j] = this.rowOffset(ph[j]!);
        po[q] = left[0]!;
        po[q + 1] = right[0]!;
        po[q + 2] = left[1]!;
        po[q + 3] = left[2]!;
        po[q + 4] = left[3]!;
        po[q + 5] = right[1]!;
        continue;
      }
      const lo = this.pairSlot(L, 4, a, b, vs[i]!, i > 0 ? vs[i - 1]! : PAD_VIEW, true);
      const ro = this.pairSlot(Rc, 2, b, c, vs[i]!, i + 1 < n ? vs[i + 1]! : END_VIEW, false);
      // pairHashes's order: left[0], right[0], left[1..3], right[1] (out of vocabulary: only
      // left[0] and right[0] exist, the other entries are -1).
      po[q] = L[lo]!;
      po[q + 1] = Rc[ro]!;
      po[q + 2] = L[lo + 1]!;
      po[q + 3] = L[lo + 2]!;
      po[q + 4] = L[lo + 3]!;
      po[q + 5] = Rc[ro + 1]!;
    }
    const tab = this.tab;
    const tabOov = this.tabOov;
    const RM = (1 + MAIN_SLOTS.length) * T;
    const RO = OOV_SLOTS.length * T;
    const M2 = slotAt(SLOT_M2) * T, M1 = slotAt(SLOT_M1) * T, P1 = slotAt(SLOT_P1) * T, P2 = slotAt(SLOT_P2) * T;
    const M1O = slotAt(SLOT_M1_OOV) * T, P1O = slotAt(SLOT_P1_OOV) * T;
    const oPenalty = this.oPenalty;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      const wo = ids[i + 2]! * RM;
      const m2 = ids[i]! * RM + M2;
      const m1 = ids[i + 1]! * RM + M1;
      const p1 = ids[i + 3]! * RM + P1;
      const p2 = ids[i + 4]! * RM + P2;
      if (vs[i]!.oov) {
        const m1o = ids[i + 1]! * RO + M1O;
        const p1o = ids[i + 3]! * RO + P1O;
        for (let t = 0; t < T; t++) {
          let x = tab[m2 + t]! + tab[m1 + t]! + tab[p1 + t]! + tab[p2 + t]!;
          x += tabOov[m1o + t]! + tabOov[p1o + t]!;
          emit[base + t] = (t === 0 ? tab[wo]! - oPenalty : tab[wo + t]!) + x;
        }
      } else {
        for (let t = 0; t < T; t++) {
          const x = tab[m2 + t]! + tab[m1 + t]! + tab[p1 + t]! + tab[p2 + t]!;
          emit[base + t] = (t === 0 ? tab[wo]! - oPenalty : tab[wo + t]!) + x;
        }
      }
    }
    const w = this.w;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      for (let j = 6 * i, jEnd = j + 6; j < jEnd; j++) {
        const o = po[j]!;
        if (o < 0) continue;
        for (let t = 0; t < T; t++) emit[base + t] = emit[base + t]! + w[o + t]!;
      }
    }
  }

  /** Offset in `w` of a feature hash's row, or -1 (the presence filter first). */
  private rowOffset(h: number): number {
    const b = h >>> BIT_SHIFT;
    if (!(this.bits[b >>> 5]! & (1 << (b & 31)))) return -1;
    const slots = this.slots;
    const mask = this.mask;
    const key = h | 0;
    let s = h & mask;
    for (;;) {
      const r1 = slots[2 * s + 1]!;
      if (r1 === 0) return -1;
      if (slots[2 * s] === key) return (r1 - 1) * this.T;
      s = (s + 1) & mask;
    }
  }

  /** Best tag ids for given emissions. */
  decode(emit: Float64Array, n: number, trace?: ViterbiTrace): Int32Array {
    return viterbi(emit, n, this.T, this.trans, this.start, trace);
  }

  private traceScores = new Float64Array(0);
  private traceBack = new Int32Array(0);

  /**
   * Working rows for `decode` of n tokens, to pass on to `chunkMargin`. They are the model's own
   * scratch rows: valid until the next `newTrace` (tagDoc uses each before tagging the next sequence).
   */
  newTrace(n: number): ViterbiTrace {
    const size = n * this.T;
    if (this.traceScores.length < size) {
      this.traceScores = new Float64Array(Math.max(size, 2 * this.traceScores.length));
      this.traceBack = new Int32Array(this.traceScores.length);
      this.traces = [];
    }
    // The views of the scratch rows are kept per length (a document has a few dozen sentence lengths).
    return (this.traces[n] ??= { scores: this.traceScores.subarray(0, size), back: this.traceBack.subarray(0, size) });
  }

  /** newTrace's views per length, over the current scratch rows. */
  private traces: (ViterbiTrace | undefined)[] = [];

  /** Score of a tag path under given emissions. */
  pathScore(emit: Float64Array, path: ArrayLike<number>): number {
    const T = this.T;
    let s = 0;
    for (let i = 0; i < path.length; i++) s += emit[i * T + path[i]!]! + (i ? this.trans[path[i - 1]! * T + path[i]!]! : this.start[path[i]!]!);
    return s;
  }

  /**
   * How much better the best path is than the best path with tokens from..to all O: the model's
   * margin for proposing that chunk (0 = a coin toss; used for confidence and a cut-off). One
   * constrained decode per chunk: the reference `chunkMargins` is tested against.
   */
  chunkMargin(emit: Float64Array, n: number, best: Int32Array, from: number, to: number): number {
    const T = this.T;
    const e = emit.slice(0, n * T);
    for (let i = from; i <= to; i++) for (let t = 1; t < T; t++) e[i * T + t] = -Infinity;
    const alt = this.decode(e, n);
    return this.pathScore(emit, best) - this.pathScore(emit, alt);
  }

  private backBuf = new Float64Array(0);

  /**
   * `chunkMargin` of every chunk of one decoded sequence at once: the best path's score minus the
   * best score with the chunk's tokens all O, read from the forward rows of `trace` (the decode that
   * gave the chunks) and one backward pass, instead of a decode per chunk. Equal to chunkMargin up
   * to rounding (tests/unit/tagger/decoder.test.ts).
   */
  chunkMargins(emit: Float64Array, n: number, trace: ViterbiTrace, found: readonly { from: number; to: number; margin?: number }[]): void {
    if (!found.length) return;
    const T = this.T;
    if (this.backBuf.length < n * T) this.backBuf = new Float64Array(Math.max(n * T, 2 * this.backBuf.length));
    const beta = this.backBuf;
    // Only the rows from the first chunk's end on are read.
    let downTo = n - 1;
    for (const c of found) if (c.to < downTo) downTo = c.to;
    viterbiBackward(emit, n, T, this.trans, beta, downTo);
    const alpha = trace.scores;
    const trans = this.trans;
    let best = -Infinity;
    for (let t = 0; t < T; t++) best = Math.max(best, alpha[(n - 1) * T + t]!);
    for (const c of found) {
      let alt: number;
      if (c.from === 0) alt = this.start[0]! + emit[0]!;
      else {
        alt = -Infinity;
        const b = (c.from - 1) * T;
        for (let f = 0; f < T; f++) alt = Math.max(alt, alpha[b + f]! + trans[f * T]!);
        alt += emit[c.from * T]!;
      }
      for (let i = c.from + 1; i <= c.to; i++) alt += trans[0]! + emit[i * T]!;
      alt += beta[c.to * T]!;
      c.margin = best - alt;
    }
  }

  /** Best tag ids for one sequence. */
  tag(tokens: readonly TokenLike[]): Int32Array {
    return this.decode(this.emissions(tokens), tokens.length);
  }
}

/**
 * First-order Viterbi decoding over BIO tags with the BIO rules built in (I-X only after B-X/I-X),
 * so every path the decoder returns is well formed.
 */
import { allowed } from './tags';

/** The decoder's working rows, kept for `viterbiForcedO`: n × T scores and back pointers. */
export interface ViterbiTrace {
  scores: Float64Array;
  back: Int32Array;
}

/**
 * Best tag path.
 * @param emit  n × T emission scores, row-major (emit[i*T + t])
 * @param trans T × T transition scores (trans[from*T + to])
 * @param start T start scores
 * @param trace if given (n × T each), filled with the rows of this decode
 */
export function viterbi(emit: ArrayLike<number>, n: number, T: number, trans: ArrayLike<number>, start: ArrayLike<number>, trace?: ViterbiTrace): Int32Array {
  return decode(emit, n, T, trans, start, -1, -1, trace ?? null, null);
}

/**
 * Best tag path with tokens from..to forced to tag 0 (O): the same path as `viterbi` over a copy of
 * emit with the other tags' scores there set to -Infinity, but resumed at `from` from the trace of
 * the unconstrained decode of the same emissions (the rows before `from` are the same).
 */
export function viterbiForcedO(emit: ArrayLike<number>, n: number, T: number, trans: ArrayLike<number>, start: ArrayLike<number>, trace: ViterbiTrace, from: number, to: number): Int32Array {
  return decode(emit, n, T, trans, start, from, to, null, trace);
}

function decode(
  emit: ArrayLike<number>, n: number, T: number, trans: ArrayLike<number>, start: ArrayLike<number>,
  fFrom: number, fTo: number, record: ViterbiTrace | null, prev: ViterbiTrace | null,
): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const NEG = -Infinity;
  // allowed predecessors of tag t, ascending: FROM[FROM_AT[t] .. FROM_AT[t+1])
  const { from: FROM, at: FROM_AT } = predecessorsFor(T);
  const PT = predTrans(trans, T, FROM, FROM_AT);
  if (ROW_A.length !== T) (ROW_A = new Float64Array(T)), (ROW_B = new Float64Array(T));
  let score = ROW_A;
  let next = ROW_B;
  const back = record ? record.back : new Int32Array(n * T);
  const rows = record ? record.scores : null;
  let i0 = 1;
  if (prev && fFrom > 0) {
    // resume: rows before fFrom as in the unconstrained decode
    back.set(prev.back.subarray(0, fFrom * T));
    score.set(prev.scores.subarray((fFrom - 1) * T, fFrom * T));
    i0 = fFrom;
  } else {
    for (let t = 0; t < T; t++) score[t] = allowed(-1, t) ? start[t]! + (fFrom === 0 && t > 0 ? NEG : emit[t]!) : NEG;
    if (record) record.scores.set(score, 0);
  }
  for (let i = i0; i < n; i++) {
    const base = i * T;
    const forced = i >= fFrom && i <= fTo;
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let arg = 0;
      for (let k = FROM_AT[t]!, kEnd = FROM_AT[t + 1]!; k < kEnd; k++) {
        const f = FROM[k]!;
        const s = score[f]! + PT[k]!;
        if (s > best) {
          best = s;
          arg = f;
        }
      }
      const v = best + (forced && t > 0 ? NEG : emit[base + t]!);
      next[t] = v;
      if (rows) rows[base + t] = v;
      back[base + t] = arg;
    }
    const tmp = score;
    score = next;
    next = tmp;
  }
  let best = NEG;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (score[t]! > best) {
      best = score[t]!;
      arg = t;
    }
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]!]!;
  return path;
}

// trans[FROM[k] * T + t] for every predecessor entry k of tag t (the same numbers, read in order),
// kept for the transition table last decoded with (a model decodes with the same one every time).
let ptFor: ArrayLike<number> | null = null;
let ptCopy = new Float64Array(0);
let PT_ROWS = new Float64Array(0);
function predTrans(trans: ArrayLike<number>, T: number, FROM: Int32Array, FROM_AT: Int32Array): Float64Array {
  // The table is checked by value too: a caller may change its numbers between decodes.
  let same = ptFor === trans && ptCopy.length === T * T && PT_ROWS.length === FROM.length;
  if (same) for (let i = 0; i < T * T; i++) if (!Object.is(ptCopy[i], trans[i])) (same = false), (i = T * T);
  if (!same) {
    ptFor = trans;
    ptCopy = Float64Array.from({ length: T * T }, (_, i) => trans[i]!);
    PT_ROWS = new Float64Array(FROM.length);
    for (let t = 0; t < T; t++) for (let k = FROM_AT[t]!; k < FROM_AT[t + 1]!; k++) PT_ROWS[k] = trans[FROM[k]! * T + t]!;
  }
  return PT_ROWS;
}

// The decoder's two working rows (every entry written before it is read), shared by all decodes.
let ROW_A = new Float64Array(0);
let ROW_B = new Float64Array(0);

// Allowed-transition masks per tag count, built once.
const MASKS = new Map<number, Uint8Array>();
function maskFor(T: number): Uint8Array {
  let m = MASKS.get(T);
  if (!m) {
    m = new Uint8Array(T * T);
    for (let f = 0; f < T; f++) for (let t = 0; t < T; t++) m[f * T + t] = allowed(f, t) ? 1 : 0;
    MASKS.set(T, m);
  }
  return m;
}

// Allowed predecessors per tag, ascending, per tag count, built once.
const PREDS = new Map<number, { from: Int32Array; at: Int32Array }>();
let lastPreds: { T: number; p: { from: Int32Array; at: Int32Array } } | null = null;
function predecessorsFor(T: number): { from: Int32Array; at: Int32Array } {
  if (lastPreds?.T === T) return lastPreds.p;
  let p = PREDS.get(T);
  if (!p) {
    const m = maskFor(T);
    const from: number[] = [];
    const at = new Int32Array(T + 1);
    for (let t = 0; t < T; t++) {
      at[t] = from.length;
      for (let f = 0; f < T; f++) if (m[f * T + t]) from.push(f);
    }
    at[T] = from.length;
    p = { from: Int32Array.from(from), at };
    PREDS.set(T, p);
  }
  lastPreds = { T, p };
  return p;
}

/**
 * Backward Viterbi rows: out[i*T + t] = the best score of tags i+1 … n-1 after tag t at i
 * (transitions and their emissions; 0 at the last token). With the forward rows of a trace they
 * give the best path through any fixed stretch of tags in O(T) (TaggerModel.chunkMargins).
 * Rows below `downTo` are not computed (each row depends only on the rows after it).
 */
export function viterbiBackward(emit: ArrayLike<number>, n: number, T: number, trans: ArrayLike<number>, out: Float64Array, downTo = 0): void {
  const { to: TO, at: TO_AT } = successorsFor(T);
  if (AHEAD.length !== T) AHEAD = new Float64Array(T);
  const ahead = AHEAD;
  for (let t = 0; t < T; t++) out[(n - 1) * T + t] = 0;
  for (let i = n - 2; i >= downTo; i--) {
    const base = i * T;
    const next = base + T;
    // emission and the rest of the path after each tag at i+1, once per tag
    for (let u = 0; u < T; u++) ahead[u] = emit[next + u]! + out[next + u]!;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      for (let k = TO_AT[t]!, kEnd = TO_AT[t + 1]!; k < kEnd; k++) {
        const u = TO[k]!;
        const s = trans[t * T + u]! + ahead[u]!;
        if (s > best) best = s;
      }
      out[base + t] = best;
    }
  }
}

let AHEAD = new Float64Array(0);

// Allowed successors per tag, ascending, per tag count, built once.
const SUCCS = new Map<number, { to: Int32Array; at: Int32Array }>();
function successorsFor(T: number): { to: Int32Array; at: Int32Array } {
  let p = SUCCS.get(T);
  if (!p) {
    const m = maskFor(T);
    const to: number[] = [];
    const at = new Int32Array(T + 1);
    for (let f = 0; f < T; f++) {
      at[f] = to.length;
      for (let t = 0; t < T; t++) if (m[f * T + t]) to.push(t);
    }
    at[T] = to.length;
    p = { to: Int32Array.from(to), at };
    SUCCS.set(T, p);
  }
  return p;
}

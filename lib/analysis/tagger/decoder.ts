/**
 * First-order Viterbi decoding over BIO tags with the BIO rules built in (I-X only after B-X/I-X),
 * so every path the decoder returns is well formed.
 */
import { allowed } from './tags';

/** The decoder's working rows, n × T scores and back pointers: the forward half of TaggerModel.chunkMargins (and viterbiForcedO). */
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
  if (record && !prev && fFrom < 0 && T === 9 && isBio9(FROM, FROM_AT)) {
    decodeBio9(emit, n, PT, start, record.back, record.scores, path);
    return path;
  }
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
  if (T === 9 && isBio9(predecessorsFor(T).from, predecessorsFor(T).at)) return backwardBio9(emit, n, trans, out, downTo);
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

// ---------------------------------------------------------------------------------------------
// The nine BIO tags (O, then B-/I- of four types) written out: each row's scores in locals, every
// predecessor (forward) or successor (backward) of a tag one add and one compare, in the same
// ascending order as the general loops above, so the scores, ties and back pointers are the same
// (tests/unit/tagger/decoder.test.ts compares both ways). About four times faster than the loops,
// which read the predecessor lists and the working rows through arrays (issue 6, the ratio bench).

/** Are FROM/FROM_AT the predecessor lists of the nine BIO tags (O and B-X after any tag, I-X after B-X or I-X)? */
let bio9Checked: Int32Array | null = null;
let bio9 = false;
function isBio9(FROM: Int32Array, FROM_AT: Int32Array): boolean {
  if (bio9Checked === FROM) return bio9;
  const want: number[] = [];
  for (let t = 0; t < 9; t++) for (let f = 0; f < 9; f++) if (t === 0 || t % 2 === 1 || f === t - 1 || f === t) want.push(f);
  bio9 = FROM_AT.length === 10 && FROM.length === want.length && want.every((f, k) => FROM[k] === f);
  for (let t = 0, k = 0; bio9 && t < 9; t++) {
    if (FROM_AT[t] !== k) bio9 = false;
    k += t === 0 || t % 2 === 1 ? 9 : 2;
  }
  bio9Checked = FROM;
  return bio9;
}

/**
 * `decode` of nine BIO tags, unconstrained, with the rows recorded: PT holds the predecessor
 * transitions in FROM order (predTrans): O's nine, B-PERS's nine, I-PERS's two (B-PERS, I-PERS), …
 */
function decodeBio9(emit: ArrayLike<number>, n: number, PT: Float64Array, start: ArrayLike<number>, back: Int32Array, rows: Float64Array, path: Int32Array): void {
  const NEG = -Infinity;
  const p0 = PT[0]!, p1 = PT[1]!, p2 = PT[2]!, p3 = PT[3]!, p4 = PT[4]!, p5 = PT[5]!, p6 = PT[6]!,
    p7 = PT[7]!, p8 = PT[8]!, p9 = PT[9]!, p10 = PT[10]!, p11 = PT[11]!, p12 = PT[12]!, p13 = PT[13]!,
    p14 = PT[14]!, p15 = PT[15]!, p16 = PT[16]!, p17 = PT[17]!, p18 = PT[18]!, p19 = PT[19]!, p20 = PT[20]!,
    p21 = PT[21]!, p22 = PT[22]!, p23 = PT[23]!, p24 = PT[24]!, p25 = PT[25]!, p26 = PT[26]!, p27 = PT[27]!,
    p28 = PT[28]!, p29 = PT[29]!, p30 = PT[30]!, p31 = PT[31]!, p32 = PT[32]!, p33 = PT[33]!, p34 = PT[34]!,
    p35 = PT[35]!, p36 = PT[36]!, p37 = PT[37]!, p38 = PT[38]!, p39 = PT[39]!, p40 = PT[40]!, p41 = PT[41]!,
    p42 = PT[42]!, p43 = PT[43]!, p44 = PT[44]!, p45 = PT[45]!, p46 = PT[46]!, p47 = PT[47]!, p48 = PT[48]!,
    p49 = PT[49]!, p50 = PT[50]!, p51 = PT[51]!, p52 = PT[52]!;
  let s0 = start[0]! + emit[0]!; let s1 = start[1]! + emit[1]!; let s2 = NEG; let s3 = start[3]! + emit[3]!; let s4 = NEG; let s5 = start[5]! + emit[5]!; let s6 = NEG; let s7 = start[7]! + emit[7]!; let s8 = NEG;
  rows[0] = s0; rows[1] = s1; rows[2] = s2; rows[3] = s3; rows[4] = s4; rows[5] = s5; rows[6] = s6; rows[7] = s7; rows[8] = s8;
  for (let i = 1, base = 9; i < n; i++, base += 9) {
    let x = NEG;
    let b0 = NEG, a0 = 0;
    x = s0 + p0; if (x > b0) (b0 = x), (a0 = 0); x = s1 + p1; if (x > b0) (b0 = x), (a0 = 1); x = s2 + p2; if (x > b0) (b0 = x), (a0 = 2);
    x = s3 + p3; if (x > b0) (b0 = x), (a0 = 3); x = s4 + p4; if (x > b0) (b0 = x), (a0 = 4); x = s5 + p5; if (x > b0) (b0 = x), (a0 = 5);
    x = s6 + p6; if (x > b0) (b0 = x), (a0 = 6); x = s7 + p7; if (x > b0) (b0 = x), (a0 = 7); x = s8 + p8; if (x > b0) (b0 = x), (a0 = 8);
    let b1 = NEG, a1 = 0;
    x = s0 + p9; if (x > b1) (b1 = x), (a1 = 0); x = s1 + p10; if (x > b1) (b1 = x), (a1 = 1); x = s2 + p11; if (x > b1) (b1 = x), (a1 = 2);
    x = s3 + p12; if (x > b1) (b1 = x), (a1 = 3); x = s4 + p13; if (x > b1) (b1 = x), (a1 = 4); x = s5 + p14; if (x > b1) (b1 = x), (a1 = 5);
    x = s6 + p15; if (x > b1) (b1 = x), (a1 = 6); x = s7 + p16; if (x > b1) (b1 = x), (a1 = 7); x = s8 + p17; if (x > b1) (b1 = x), (a1 = 8);
    let b2 = NEG, a2 = 0;
    x = s1 + p18; if (x > b2) (b2 = x), (a2 = 1); x = s2 + p19; if (x > b2) (b2 = x), (a2 = 2);
    let b3 = NEG, a3 = 0;
    x = s0 + p20; if (x > b3) (b3 = x), (a3 = 0); x = s1 + p21; if (x > b3) (b3 = x), (a3 = 1); x = s2 + p22; if (x > b3) (b3 = x), (a3 = 2);
    x = s3 + p23; if (x > b3) (b3 = x), (a3 = 3); x = s4 + p24; if (x > b3) (b3 = x), (a3 = 4); x = s5 + p25; if (x > b3) (b3 = x), (a3 = 5);
    x = s6 + p26; if (x > b3) (b3 = x), (a3 = 6); x = s7 + p27; if (x > b3) (b3 = x), (a3 = 7); x = s8 + p28; if (x > b3) (b3 = x), (a3 = 8);
    let b4 = NEG, a4 = 0;
    x = s3 + p29; if (x > b4) (b4 = x), (a4 = 3); x = s4 + p30; if (x > b4) (b4 = x), (a4 = 4);
    let b5 = NEG, a5 = 0;
    x = s0 + p31; if (x > b5) (b5 = x), (a5 = 0); x = s1 + p32; if (x > b5) (b5 = x), (a5 = 1); x = s2 + p33; if (x > b5) (b5 = x), (a5 = 2);
    x = s3 + p34; if (x > b5) (b5 = x), (a5 = 3); x = s4 + p35; if (x > b5) (b5 = x), (a5 = 4); x = s5 + p36; if (x > b5) (b5 = x), (a5 = 5);
    x = s6 + p37; if (x > b5) (b5 = x), (a5 = 6); x = s7 + p38; if (x > b5) (b5 = x), (a5 = 7); x = s8 + p39; if (x > b5) (b5 = x), (a5 = 8);
    let b6 = NEG, a6 = 0;
    x = s5 + p40; if (x > b6) (b6 = x), (a6 = 5); x = s6 + p41; if (x > b6) (b6 = x), (a6 = 6);
    let b7 = NEG, a7 = 0;
    x = s0 + p42; if (x > b7) (b7 = x), (a7 = 0); x = s1 + p43; if (x > b7) (b7 = x), (a7 = 1); x = s2 + p44; if (x > b7) (b7 = x), (a7 = 2);
    x = s3 + p45; if (x > b7) (b7 = x), (a7 = 3); x = s4 + p46; if (x > b7) (b7 = x), (a7 = 4); x = s5 + p47; if (x > b7) (b7 = x), (a7 = 5);
    x = s6 + p48; if (x > b7) (b7 = x), (a7 = 6); x = s7 + p49; if (x > b7) (b7 = x), (a7 = 7); x = s8 + p50; if (x > b7) (b7 = x), (a7 = 8);
    let b8 = NEG, a8 = 0;
    x = s7 + p51; if (x > b8) (b8 = x), (a8 = 7); x = s8 + p52; if (x > b8) (b8 = x), (a8 = 8);
    s0 = b0 + emit[base + 0]!; rows[base + 0] = s0; back[base + 0] = a0;
    s1 = b1 + emit[base + 1]!; rows[base + 1] = s1; back[base + 1] = a1;
    s2 = b2 + emit[base + 2]!; rows[base + 2] = s2; back[base + 2] = a2;
    s3 = b3 + emit[base + 3]!; rows[base + 3] = s3; back[base + 3] = a3;
    s4 = b4 + emit[base + 4]!; rows[base + 4] = s4; back[base + 4] = a4;
    s5 = b5 + emit[base + 5]!; rows[base + 5] = s5; back[base + 5] = a5;
    s6 = b6 + emit[base + 6]!; rows[base + 6] = s6; back[base + 6] = a6;
    s7 = b7 + emit[base + 7]!; rows[base + 7] = s7; back[base + 7] = a7;
    s8 = b8 + emit[base + 8]!; rows[base + 8] = s8; back[base + 8] = a8;
  }
  let best = NEG;
  let arg = 0;
  if (s0 > best) (best = s0), (arg = 0); if (s1 > best) (best = s1), (arg = 1); if (s2 > best) (best = s2), (arg = 2);
  if (s3 > best) (best = s3), (arg = 3); if (s4 > best) (best = s4), (arg = 4); if (s5 > best) (best = s5), (arg = 5);
  if (s6 > best) (best = s6), (arg = 6); if (s7 > best) (best = s7), (arg = 7); if (s8 > best) (best = s8), (arg = 8);
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * 9 + path[i]!]!;
}

/** `viterbiBackward` of nine BIO tags: successors of O are O and B-X; of B-X and I-X also I-X. */
function backwardBio9(emit: ArrayLike<number>, n: number, trans: ArrayLike<number>, out: Float64Array, downTo: number): void {
  const t0 = trans[0]!, t1 = trans[1]!, t3 = trans[3]!, t5 = trans[5]!, t7 = trans[7]!, t9 = trans[9]!,
    t10 = trans[10]!, t11 = trans[11]!, t12 = trans[12]!, t14 = trans[14]!, t16 = trans[16]!,
    t18 = trans[18]!, t19 = trans[19]!, t20 = trans[20]!, t21 = trans[21]!, t23 = trans[23]!,
    t25 = trans[25]!, t27 = trans[27]!, t28 = trans[28]!, t30 = trans[30]!, t31 = trans[31]!,
    t32 = trans[32]!, t34 = trans[34]!, t36 = trans[36]!, t37 = trans[37]!, t39 = trans[39]!,
    t40 = trans[40]!, t41 = trans[41]!, t43 = trans[43]!, t45 = trans[45]!, t46 = trans[46]!,
    t48 = trans[48]!, t50 = trans[50]!, t51 = trans[51]!, t52 = trans[52]!, t54 = trans[54]!,
    t55 = trans[55]!, t57 = trans[57]!, t59 = trans[59]!, t60 = trans[60]!, t61 = trans[61]!,
    t63 = trans[63]!, t64 = trans[64]!, t66 = trans[66]!, t68 = trans[68]!, t70 = trans[70]!,
    t71 = trans[71]!, t72 = trans[72]!, t73 = trans[73]!, t75 = trans[75]!, t77 = trans[77]!,
    t79 = trans[79]!, t80 = trans[80]!;
  for (let t = 0; t < 9; t++) out[(n - 1) * 9 + t] = 0;
  let r0 = 0; let r1 = 0; let r2 = 0; let r3 = 0; let r4 = 0; let r5 = 0; let r6 = 0; let r7 = 0; let r8 = 0;
  for (let i = n - 2, base = (n - 2) * 9; i >= downTo; i--, base -= 9) {
    const next = base + 9;
    const h0 = emit[next + 0]! + r0; const h1 = emit[next + 1]! + r1; const h2 = emit[next + 2]! + r2;
    const h3 = emit[next + 3]! + r3; const h4 = emit[next + 4]! + r4; const h5 = emit[next + 5]! + r5;
    const h6 = emit[next + 6]! + r6; const h7 = emit[next + 7]! + r7; const h8 = emit[next + 8]! + r8;
    let b0 = -Infinity;
    const y0_0 = t0 + h0; if (y0_0 > b0) b0 = y0_0; const y0_1 = t1 + h1; if (y0_1 > b0) b0 = y0_1;
    const y0_3 = t3 + h3; if (y0_3 > b0) b0 = y0_3; const y0_5 = t5 + h5; if (y0_5 > b0) b0 = y0_5;
    const y0_7 = t7 + h7; if (y0_7 > b0) b0 = y0_7;
    let b1 = -Infinity;
    const y1_0 = t9 + h0; if (y1_0 > b1) b1 = y1_0; const y1_1 = t10 + h1; if (y1_1 > b1) b1 = y1_1;
    const y1_2 = t11 + h2; if (y1_2 > b1) b1 = y1_2; const y1_3 = t12 + h3; if (y1_3 > b1) b1 = y1_3;
    const y1_5 = t14 + h5; if (y1_5 > b1) b1 = y1_5; const y1_7 = t16 + h7; if (y1_7 > b1) b1 = y1_7;
    let b2 = -Infinity;
    const y2_0 = t18 + h0; if (y2_0 > b2) b2 = y2_0; const y2_1 = t19 + h1; if (y2_1 > b2) b2 = y2_1;
    const y2_2 = t20 + h2; if (y2_2 > b2) b2 = y2_2; const y2_3 = t21 + h3; if (y2_3 > b2) b2 = y2_3;
    const y2_5 = t23 + h5; if (y2_5 > b2) b2 = y2_5; const y2_7 = t25 + h7; if (y2_7 > b2) b2 = y2_7;
    let b3 = -Infinity;
    const y3_0 = t27 + h0; if (y3_0 > b3) b3 = y3_0; const y3_1 = t28 + h1; if (y3_1 > b3) b3 = y3_1;
    const y3_3 = t30 + h3; if (y3_3 > b3) b3 = y3_3; const y3_4 = t31 + h4; if (y3_4 > b3) b3 = y3_4;
    const y3_5 = t32 + h5; if (y3_5 > b3) b3 = y3_5; const y3_7 = t34 + h7; if (y3_7 > b3) b3 = y3_7;
    let b4 = -Infinity;
    const y4_0 = t36 + h0; if (y4_0 > b4) b4 = y4_0; const y4_1 = t37 + h1; if (y4_1 > b4) b4 = y4_1;
    const y4_3 = t39 + h3; if (y4_3 > b4) b4 = y4_3; const y4_4 = t40 + h4; if (y4_4 > b4) b4 = y4_4;
    const y4_5 = t41 + h5; if (y4_5 > b4) b4 = y4_5; const y4_7 = t43 + h7; if (y4_7 > b4) b4 = y4_7;
    let b5 = -Infinity;
    const y5_0 = t45 + h0; if (y5_0 > b5) b5 = y5_0; const y5_1 = t46 + h1; if (y5_1 > b5) b5 = y5_1;
    const y5_3 = t48 + h3; if (y5_3 > b5) b5 = y5_3; const y5_5 = t50 + h5; if (y5_5 > b5) b5 = y5_5;
    const y5_6 = t51 + h6; if (y5_6 > b5) b5 = y5_6; const y5_7 = t52 + h7; if (y5_7 > b5) b5 = y5_7;
    let b6 = -Infinity;
    const y6_0 = t54 + h0; if (y6_0 > b6) b6 = y6_0; const y6_1 = t55 + h1; if (y6_1 > b6) b6 = y6_1;
    const y6_3 = t57 + h3; if (y6_3 > b6) b6 = y6_3; const y6_5 = t59 + h5; if (y6_5 > b6) b6 = y6_5;
    const y6_6 = t60 + h6; if (y6_6 > b6) b6 = y6_6; const y6_7 = t61 + h7; if (y6_7 > b6) b6 = y6_7;
    let b7 = -Infinity;
    const y7_0 = t63 + h0; if (y7_0 > b7) b7 = y7_0; const y7_1 = t64 + h1; if (y7_1 > b7) b7 = y7_1;
    const y7_3 = t66 + h3; if (y7_3 > b7) b7 = y7_3; const y7_5 = t68 + h5; if (y7_5 > b7) b7 = y7_5;
    const y7_7 = t70 + h7; if (y7_7 > b7) b7 = y7_7; const y7_8 = t71 + h8; if (y7_8 > b7) b7 = y7_8;
    let b8 = -Infinity;
    const y8_0 = t72 + h0; if (y8_0 > b8) b8 = y8_0; const y8_1 = t73 + h1; if (y8_1 > b8) b8 = y8_1;
    const y8_3 = t75 + h3; if (y8_3 > b8) b8 = y8_3; const y8_5 = t77 + h5; if (y8_5 > b8) b8 = y8_5;
    const y8_7 = t79 + h7; if (y8_7 > b8) b8 = y8_7; const y8_8 = t80 + h8; if (y8_8 > b8) b8 = y8_8;
    r0 = b0; r1 = b1; r2 = b2; r3 = b3; r4 = b4; r5 = b5; r6 = b6; r7 = b7; r8 = b8;
    out[base + 0] = b0; out[base + 1] = b1; out[base + 2] = b2; out[base + 3] = b3; out[base + 4] = b4; out[base + 5] = b5; out[base + 6] = b6; out[base + 7] = b7; out[base + 8] = b8;
  }
}

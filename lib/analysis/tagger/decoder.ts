/**
 * First-order Viterbi decoding over BIO tags with the BIO rules built in (I-X only after B-X/I-X),
 * so every path the decoder returns is well formed.
 */
import { allowed } from './tags';

/**
 * Best tag path.
 * @param emit  n × T emission scores, row-major (emit[i*T + t])
 * @param trans T × T transition scores (trans[from*T + to])
 * @param start T start scores
 */
export function viterbi(emit: ArrayLike<number>, n: number, T: number, trans: ArrayLike<number>, start: ArrayLike<number>): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const NEG = -Infinity;
  const ALLOWED = maskFor(T);
  let score = new Float64Array(T);
  let next = new Float64Array(T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = allowed(-1, t) ? start[t]! + emit[t]! : NEG;
  for (let i = 1; i < n; i++) {
    const base = i * T;
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let arg = 0;
      for (let f = 0; f < T; f++) {
        if (!ALLOWED[f * T + t]) continue;
        const s = score[f]! + trans[f * T + t]!;
        if (s > best) {
          best = s;
          arg = f;
        }
      }
      next[t] = best + emit[base + t]!;
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

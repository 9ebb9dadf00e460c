/**
 * One name, one reading within an article: news names a person in full once ("وزير الدفاع دونالد
 * رامسفيلد") and then by surname in contexts the tagger finds no cue in ("عقيدة رامسفيلد"). After
 * tagging, a word sequence that the tagger marked as a name in a nearby sentence is marked the same
 * wherever it was left untagged. Nearby = within WINDOW sequences, so that one article's names do
 * not spill into the next article of a long page (or of a corpus joined into one text).
 *
 * On the held-out tenth of the ANERcorp train split this adds about one point of F1.
 */
import type { TokenLike } from './features';
import { stemOf } from './stem';
import { gazClasses } from './gazetteer-features';
import type { Chunk } from './bio';
import type { WordIndex } from '../tokens';

const WINDOW = 20;

// Per normalised word (news repeats its words): its stem's id (stems interned in STEM_IDS, their
// lengths in STEM_LEN) and whether it is a common word (gazetteer class C; -1 not yet asked).
// Cleared at the start of a call once past 50,000 words, so ids never change within a call.
interface WordInfo {
  sid: number;
  common: number;
}
const WORDS = new Map<string, WordInfo>();
const STEM_IDS = new Map<string, number>();
let STEM_LEN = new Int32Array(1024);

function infoOf(w: string): WordInfo {
  let info = WORDS.get(w);
  if (info === undefined) {
    const stem = stemOf(w);
    let sid = STEM_IDS.get(stem);
    if (sid === undefined) {
      sid = STEM_IDS.size;
      STEM_IDS.set(stem, sid);
      if (sid >= STEM_LEN.length) {
        const grown = new Int32Array(2 * STEM_LEN.length);
        grown.set(STEM_LEN);
        STEM_LEN = grown;
      }
      STEM_LEN[sid] = stem.length;
    }
    info = { sid, common: -1 };
    WORDS.set(w, info);
  }
  return info;
}

function isCommonWord(w: string, info: WordInfo): boolean {
  if (info.common < 0) info.common = gazClasses(w).includes('C') ? 1 : 0;
  return info.common === 1;
}

const MAX_LEN = 3;

// A chunk's key is the tuple of its stems' ids (a token, and so its stem, holds no space: the same
// equality as the stems joined by spaces), found in an open-addressing table without building
// strings. Keys: [length, stem id × 3] per key; each key's occurrences (sequence, chunk) in a list.
let keyTab = new Int32Array(0);
let keyData = new Int32Array(0);
let KEY_MASK = 0;
let nKeys = 0;
let keyHead = new Int32Array(0);
let keyTail = new Int32Array(0);
let occJ = new Int32Array(0);
let occNext = new Int32Array(0);
let occChunk: Chunk[] = [];
let nOcc = 0;
let firstMark = new Uint8Array(0);
let takenBuf = new Uint8Array(0);

const keyHash = (len: number, a: number, b: number, c: number): number =>
  Math.imul(Math.imul(Math.imul(len ^ 0x811c9dc5, 0x01000193) ^ a, 0x01000193) ^ b, 0x01000193) ^ c;

/** Key index of (len, a, b, c), or -1; with `add`, a new key is made when missing. */
function findKey(len: number, a: number, b: number, c: number, add: boolean): number {
  let s = Math.imul(keyHash(len, a, b, c), 0x9e3779b1) >>> 0;
  for (;;) {
    s &= KEY_MASK;
    const k = keyTab[s]!;
    if (k < 0) {
      if (!add) return -1;
      keyTab[s] = nKeys;
      keyData[4 * nKeys] = len;
      keyData[4 * nKeys + 1] = a;
      keyData[4 * nKeys + 2] = b;
      keyData[4 * nKeys + 3] = c;
      keyHead[nKeys] = keyTail[nKeys] = -1;
      return nKeys++;
    }
    if (keyData[4 * k] === len && keyData[4 * k + 1] === a && keyData[4 * k + 2] === b && keyData[4 * k + 3] === c) return k;
    s++;
  }
}

/**
 * A sequence: its tokens and its chunks (sequence-local indices). With `from` and `n`, its tokens
 * are tokens[from .. from + n) (the document's, not copied out per sequence).
 */
export interface Sequence {
  tokens: readonly TokenLike[];
  chunks: readonly Chunk[];
  from?: number;
  n?: number;
}
const lengthOf = (s: Sequence): number => s.n ?? s.tokens.length;
/** Token a of a sequence. */
const tokenOf = (s: Sequence, a: number): TokenLike => s.tokens[(s.from ?? 0) + a]!;

/**
 * @param seqs   per sequence: its tokens and its chunks (sequence-local indices)
 * @param index  the document's word index, when the sequences are its tokens in order, all of them
 * @returns      per sequence: chunks with the propagated ones added, in token order
 */
export function propagate(seqs: readonly Sequence[], index?: WordIndex): Chunk[][] {
  if (WORDS.size >= 50_000) {
    WORDS.clear();
    STEM_IDS.clear();
  }
  // Stem ids of every token, sequence after sequence.
  let total = 0;
  for (const s of seqs) total += lengthOf(s);
  const sids = new Int32Array(total);
  const seqAt = new Int32Array(seqs.length + 1);
  let p = 0;
  if (index && index.ids.length === total) {
    // The sequences are the document's tokens in order (tagDoc): one look-up per distinct word, in
    // the order of first occurrence (so stems get the same ids as one look-up per token).
    for (let si = 0; si < seqs.length; si++) seqAt[si + 1] = seqAt[si]! + lengthOf(seqs[si]!);
    const sidOf = new Int32Array(index.words.length).fill(-1);
    for (; p < total; p++) {
      const id = index.ids[p]!;
      let sid = sidOf[id]!;
      if (sid < 0) sidOf[id] = sid = infoOf(index.words[id]!).sid;
      sids[p] = sid;
    }
  } else {
    for (let si = 0; si < seqs.length; si++) {
      seqAt[si] = p;
      const seq = seqs[si]!;
      for (let a = 0, n = lengthOf(seq); a < n; a++) sids[p++] = infoOf(tokenOf(seq, a).norm).sid;
    }
    seqAt[seqs.length] = p;
  }

  // The key table, sized for every chunk of the document.
  let nChunks = 0;
  for (const s of seqs) nChunks += s.chunks.length;
  let cap = 16;
  while (cap < 2 * nChunks) cap <<= 1;
  if (keyTab.length < cap) keyTab = new Int32Array(cap);
  KEY_MASK = cap - 1;
  keyTab.fill(-1, 0, cap);
  if (keyHead.length < nChunks) {
    const size = Math.max(nChunks, 2 * keyHead.length);
    keyData = new Int32Array(4 * size);
    keyHead = new Int32Array(size);
    keyTail = new Int32Array(size);
    occJ = new Int32Array(size);
    occNext = new Int32Array(size);
  }
  nKeys = 0;
  nOcc = 0;
  occChunk.length = 0;
  if (firstMark.length < STEM_IDS.size) firstMark = new Uint8Array(Math.max(STEM_IDS.size, 2 * firstMark.length));
  else firstMark.fill(0, 0, STEM_IDS.size);

  // Every key's chunks in sequence order, and how many keys the sequences before each have: the
  // window's best chunk of a key is then read off its list (the first with the highest margin, as
  // a map filled in sequence order keeps), with no map built per sequence.
  const before = new Int32Array(seqs.length + 1);
  for (let j = 0; j < seqs.length; j++) {
    const s = seqs[j]!;
    const base = seqAt[j]!;
    let count = 0;
    for (const c of s.chunks) {
      if (c.to - c.from >= MAX_LEN) continue;
      const len = c.to - c.from + 1;
      let chars = len - 1;
      for (let i = c.from; i <= c.to; i++) chars += STEM_LEN[sids[base + i]!]!;
      if (chars < 3) continue;
      if (c.from === c.to && isCommonWord(tokenOf(s, c.from).norm, infoOf(tokenOf(s, c.from).norm))) continue;
      const a = sids[base + c.from]!;
      const k = findKey(len, a, len > 1 ? sids[base + c.from + 1]! : -1, len > 2 ? sids[base + c.from + 2]! : -1, true);
      const o = nOcc++;
      occJ[o] = j;
      occNext[o] = -1;
      occChunk.push(c);
      if (keyTail[k]! < 0) keyHead[k] = o;
      else occNext[keyTail[k]!] = o;
      keyTail[k] = o;
      firstMark[a] = 1;
      count++;
    }
    before[j + 1] = before[j]! + count;
  }

  const result: Chunk[][] = new Array(seqs.length);
  for (let si = 0; si < seqs.length; si++) {
    const s = seqs[si]!;
    const lo = Math.max(0, si - WINDOW);
    const hi = Math.min(seqs.length - 1, si + WINDOW);
    if (before[hi + 1] === before[lo]) {
      result[si] = [...s.chunks];
      continue;
    }
    const n = lengthOf(s);
    const base = seqAt[si]!;
    if (takenBuf.length < n) takenBuf = new Uint8Array(Math.max(n, 2 * takenBuf.length));
    const taken = takenBuf;
    taken.fill(0, 0, n);
    for (const c of s.chunks) for (let i = c.from; i <= c.to; i++) taken[i] = 1;
    const out = [...s.chunks];
    let added = false;
    for (let a = 0; a < n; a++) {
      if (taken[a] || tokenOf(s, a).type === 'punct' || tokenOf(s, a).type === 'num') continue;
      const first = sids[base + a]!;
      if (!firstMark[first]) continue;
      for (let len = MAX_LEN; len >= 1; len--) {
        const b = a + len - 1;
        if (b >= n) continue;
        let free = true;
        for (let i = a; i <= b; i++) if (taken[i]) free = false;
        if (!free) continue;
        const k = findKey(len, first, len > 1 ? sids[base + a + 1]! : -1, len > 2 ? sids[base + a + 2]! : -1, false);
        if (k < 0) continue;
        // The window's chunk of this key: the first with the highest margin.
        let src: Chunk | undefined;
        for (let o = keyHead[k]!; o >= 0; o = occNext[o]!) {
          const j = occJ[o]!;
          if (j < lo) continue;
          if (j > hi) break;
          const c = occChunk[o]!;
          if (!src || (c.margin ?? 0) > (src.margin ?? 0)) src = c;
        }
        if (!src) continue;
        out.push(src.margin === undefined ? { type: src.type, from: a, to: b } : { type: src.type, from: a, to: b, margin: src.margin });
        added = true;
        for (let i = a; i <= b; i++) taken[i] = 1;
        a = b;
        break;
      }
    }
    result[si] = added || !inOrder(out) ? out.sort((x, y) => x.from - y.from) : out;
  }
  occChunk.length = 0;
  return result;
}

/** Chunks already in token order (sorting them would change nothing: the sort is stable). */
function inOrder(cs: readonly Chunk[]): boolean {
  for (let k = 1; k < cs.length; k++) if (cs[k]!.from < cs[k - 1]!.from) return false;
  return true;
}

/**
 * `npx tsx scripts/cv-ner.ts [options]` — cross-validation of the name tagger on the ANERcorp train
 * split only (never the test split): the train sentences are cut into K contiguous blocks (articles
 * stay together); for each block a model is trained on the other blocks with the `npm run train:ner`
 * recipe and scored on the block, tagger alone and full system (`annotate`: lexicon, rules and
 * tagger combined), the way ../shared/eval/anercorp.mjs scores the test split (sentences joined by
 * "\n", tokens by " ", spans projected onto tokens). About 40 s for 5 folds, both modes.
 *
 * Prints micro P/R/F1 per type summed over the folds and errors by kind (missed, spurious,
 * boundary, wrong type). --errors FILE writes each error with its context and the source of the
 * span (ner, names-lexicon, names-rules, names-guess), and FILE.cmp the entities the full system
 * loses or wins against the tagger alone and the false positives it adds or removes.
 *
 *   --folds K (5)  --only 0,2 (some folds)  --modes only,full[,all] (all: tagger alone, every MISC)
 *   --epochs N (12)  --seed S  --dropout P (0.1)  --margin M (1)  --miss C (3)  --penalty O (4)
 *   --aug N (mention replacement: N copies of each sentence with its names swapped; tried, hurt)
 *   --misc-margin M  --min-margin M  --no-consistency (annotator NER_TUNING)
 *   env PROTECT, NOCROSS (source lists), OVERRIDE, REKIND (numbers): annotator COMBINE
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseConll, projectSentence, type ConllToken } from '../lib/analysis/tagger/conll';
import { sequenceRanges } from '../lib/analysis/tagger/sequences';
import { trainPerceptron, markOov, prng, type TrainSentence } from '../lib/analysis/tagger/train';
import { packModel, TaggerModel } from '../lib/analysis/tagger/model';
import { wordHash } from '../lib/analysis/tagger/features';
import { useTagger, tagDoc, chunkSpans, NER_TUNING, COMBINE } from '../lib/analysis/tagger/annotator';
import { annotate } from '../lib/analysis/analyze';
import { makeDoc } from '../lib/analysis/tokens';
import type { Span } from '../lib/analysis/types';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const K = Number(opt('--folds', '5'));
const ONLY = opt('--only', '').split(',').filter(Boolean).map(Number);
const EPOCHS = Number(opt('--epochs', '12'));
const PENALTY = Number(opt('--penalty', '4'));
const DROPOUT = Number(opt('--dropout', '0.1'));
const MODES = opt('--modes', 'only,full').split(',');
const ERRORS = opt('--errors', '');
const AUG = Number(opt('--aug', '0'));

if (args.includes('--no-consistency')) NER_TUNING.consistent = false;
if (args.includes('--misc-margin')) NER_TUNING.minMiscMargin = Number(opt('--misc-margin', '50'));
if (args.includes('--min-margin')) NER_TUNING.minMargin = Number(opt('--min-margin', '0'));
if (process.env.PROTECT !== undefined) COMBINE.protect = new Set(process.env.PROTECT.split(',').filter(Boolean));
if (process.env.NOCROSS !== undefined) COMBINE.noCross = new Set(process.env.NOCROSS.split(',').filter(Boolean));
if (process.env.OVERRIDE) COMBINE.override = Number(process.env.OVERRIDE);
if (process.env.REKIND) COMBINE.rekind = Number(process.env.REKIND);
const all = parseConll(readFileSync('data/ner/anercorp/train.conll', 'utf8'));

/** Mention replacement: each sentence with names also appears with every name swapped for another name of its type from the same sentences. */
function augment(sents: readonly ConllToken[][], copies: number, seed: number): ConllToken[][] {
  const pools: Record<string, ConllToken[][]> = {};
  const spans = (s: readonly ConllToken[]) => {
    const out: { type: string; from: number; to: number }[] = [];
    s.forEach((t, i) => {
      if (t.tag.startsWith('B-') || (t.tag.startsWith('I-') && (i === 0 || s[i - 1]!.tag === 'O'))) out.push({ type: t.tag.slice(2), from: i, to: i });
      else if (t.tag.startsWith('I-') && out.length) out[out.length - 1]!.to = i;
    });
    return out;
  };
  for (const s of sents) for (const c of spans(s)) (pools[c.type] ??= []).push(s.slice(c.from, c.to + 1));
  const rand = prng(seed);
  const out: ConllToken[][] = [];
  for (const s of sents) {
    out.push(s);
    const cs = spans(s);
    if (!cs.length) continue;
    for (let k = 0; k < copies; k++) {
      const n: ConllToken[] = [];
      let i = 0;
      for (const c of cs) {
        while (i < c.from) n.push(s[i++]!);
        const pool = pools[c.type]!;
        const m = pool[Math.floor(rand() * pool.length)]!;
        m.forEach((t, j) => n.push({ token: t.token, tag: (j ? 'I-' : 'B-') + c.type }));
        i = c.to + 1;
      }
      while (i < s.length) n.push(s[i++]!);
      out.push(n);
    }
  }
  return out;
}

function toTrain(sents0: readonly ConllToken[][]): TrainSentence[] {
  const out: TrainSentence[] = [];
  const sents = AUG ? augment(sents0, AUG, 7) : sents0;
  for (const s of sents) {
    const { tokens, tags } = projectSentence(s);
    for (const [a, b] of sequenceRanges(tokens)) out.push({ tokens: tokens.slice(a, b), tags: tags.slice(a, b) });
  }
  return out;
}

interface Chunk { type: string; from: number; to: number }
function chunksOf(tags: string[], sentStart: boolean[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  tags.forEach((tag, i) => {
    const [bio, type] = tag === 'O' ? ['O', ''] : tag.split('-');
    if (open && (bio !== 'I' || type !== open.type || (i > 0 && sentStart[i]))) out.push(open), (open = null);
    if (bio === 'B' || (bio === 'I' && !open)) open = { type: type!, from: i, to: i };
    else if (bio === 'I') open!.to = i;
  });
  if (open) out.push(open);
  return out;
}

const KIND_TO_TYPE: Record<string, string> = { person: 'PERS', organization: 'ORG', place: 'LOC', product: 'MISC' };
const TYPES = ['PERS', 'ORG', 'LOC', 'MISC', 'ALL'];
type Stats = Record<string, { tp: number; fp: number; fn: number }>;
const newStats = (): Stats => Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
const totals: Record<string, Stats> = {};
const kinds: Record<string, Record<string, number>> = {};
const errLines: string[] = [];
const compare: Record<string, { tp: Set<string>; fp: Map<string, string> }> = {};
let foldNo = 0;
const goldInfo = new Map<string, string>();

function score(mode: string, sents: readonly ConllToken[][], spans: Span[]): void {
  const toks: { token: string; tag: string; start: number; end: number }[] = [];
  const sentStart: boolean[] = [];
  let text = '';
  for (const s of sents) {
    s.forEach((t, i) => {
      if (i) text += ' ';
      toks.push({ ...t, start: text.length, end: text.length + t.token.length });
      sentStart.push(i === 0);
      text += t.token;
    });
    text += '\n';
  }
  const pred = toks.map(() => 'O');
  const src = toks.map(() => '');
  let k = 0;
  for (const span of spans.filter((a) => KIND_TO_TYPE[a.kind]).sort((a, b) => a.start - b.start)) {
    while (k < toks.length && toks[k]!.end <= span.start) k++;
    let first = true;
    for (let i = k; i < toks.length && toks[i]!.start < span.end; i++) {
      if (pred[i] !== 'O') continue;
      pred[i] = `${first ? 'B' : 'I'}-${KIND_TO_TYPE[span.kind]}`;
      src[i] = span.source ?? '';
      first = false;
    }
  }
  const gold = chunksOf(toks.map((t) => t.tag), sentStart);
  const chunkOut = (compare[mode] ??= { tp: new Set<string>(), fp: new Map<string, string>() });
  const got = chunksOf(pred, sentStart);
  const key = (c: Chunk) => `${c.type}:${c.from}:${c.to}`;
  const gs = new Set(gold.map(key));
  const ps = new Set(got.map(key));
  const st = (totals[mode] ??= newStats());
  const ek = (kinds[mode] ??= {});
  const bump = (t: string, f: 'tp' | 'fp' | 'fn') => {
    st[t]![f]++;
    st.ALL![f]++;
  };
  const overlaps = (a: Chunk, list: Chunk[]) => list.filter((b) => a.from <= b.to && b.from <= a.to);
  const ctx = (c: Chunk) => toks.slice(Math.max(0, c.from - 4), c.to + 5).map((t, j) => (j + Math.max(0, c.from - 4) === c.from ? '[' : '') + t.token + (j + Math.max(0, c.from - 4) === c.to ? ']' : '')).join(' ');
  const words = (c: Chunk) => toks.slice(c.from, c.to + 1).map((t) => t.token).join(' ');
  for (const c of got) {
    if (gs.has(key(c))) {
      bump(c.type, 'tp');
      chunkOut.tp.add(`${foldNo}:${key(c)}`);
    }
    else {
      bump(c.type, 'fp');
      chunkOut.fp.set(`${foldNo}:${key(c)}`, `${src[c.from]}\t${c.type}\t${words(c)}\t${ctx(c)}`);
      const o = overlaps(c, gold);
      const kind = !o.length ? 'spurious' : o.some((g) => g.from === c.from && g.to === c.to) ? 'wrong type' : o.some((g) => g.type === c.type) ? 'boundary' : 'boundary+type';
      ek[`fp ${kind} ${c.type}`] = (ek[`fp ${kind} ${c.type}`] ?? 0) + 1;
      if (ERRORS) errLines.push(`${mode}\tFP ${kind}\t${src[c.from]}\t${c.type}\t${words(c)}\tgold: ${o.map((g) => g.type + ' ' + words(g)).join('; ')}\t${ctx(c)}`);
    }
  }
  for (const c of gold) {
    goldInfo.set(`${foldNo}:${key(c)}`, `${c.type}\t${words(c)}\t${got.filter((g) => g.from <= c.to && c.from <= g.to).map((g) => g.type + ' ' + words(g) + ' ' + src[g.from]).join('; ')}\t${ctx(c)}`);
    if (ps.has(key(c))) continue;
    bump(c.type, 'fn');
    const o = overlaps(c, got);
    const kind = !o.length ? 'missed' : o.some((g) => g.from === c.from && g.to === c.to) ? 'wrong type' : o.some((g) => g.type === c.type) ? 'boundary' : 'boundary+type';
    ek[`fn ${kind} ${c.type}`] = (ek[`fn ${kind} ${c.type}`] ?? 0) + 1;
    if (ERRORS) errLines.push(`${mode}\tFN ${kind}\t${o.map((g) => src[g.from]).join(',')}\t${c.type}\t${words(c)}\t\t${ctx(c)}`);
  }
}

const fmt = (s: { tp: number; fp: number; fn: number }) => {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.tp / Math.max(1, s.tp + s.fn);
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${((200 * p * r) / Math.max(1e-9, p + r)).toFixed(1)}`;
};

const t0 = performance.now();
const folds = ONLY.length ? ONLY : Array.from({ length: K }, (_, k) => k);
for (const f of folds) {
  const a = Math.floor((f * all.length) / K);
  const b = Math.floor(((f + 1) * all.length) / K);
  const held = all.slice(a, b);
  foldNo = f;
  const train = toTrain([...all.slice(0, a), ...all.slice(b)]);
  const vocab = markOov(train, 10);
  const weights = trainPerceptron(train, { epochs: EPOCHS, seed: Number(opt('--seed', '20260611')), dropout: DROPOUT, margin: Number(opt('--margin', '1')), missCost: Number(opt('--miss', '3')) });
  const file = packModel(weights, { scale: 0.05, prune: 0.3, license: '', attribution: '', keep: new Set([...vocab].map(wordHash)), oPenalty: PENALTY, training: {} });
  const model = new TaggerModel(file);
  useTagger(model);
  const text = held.map((s) => s.map((t) => t.token).join(' ')).join('\n') + '\n';
  if (MODES.includes('only')) {
    const doc = makeDoc(text);
    score('only', held, chunkSpans(doc, tagDoc(model, doc, NER_TUNING.consistent ?? true), NER_TUNING));
  }
  if (MODES.includes('all')) {
    const doc = makeDoc(text);
    score('only-misc-all', held, chunkSpans(doc, tagDoc(model, doc, NER_TUNING.consistent ?? true), { ...NER_TUNING, misc: 'all' }));
  }
  if (MODES.includes('full')) score('full', held, annotate(text));
  process.stderr.write(`fold ${f}: ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}
for (const [mode, st] of Object.entries(totals)) {
  console.log(`== ${mode}: ${TYPES.map((t) => `${t} ${fmt(st[t]!)}`).join(' | ')}`);
  const ek = kinds[mode]!;
  console.log('   ' + Object.keys(ek).sort().map((k) => `${k}: ${ek[k]}`).join(', '));
}
if (ERRORS) writeFileSync(ERRORS, errLines.join('\n') + '\n');
if (compare.only && compare.full && ERRORS) {
  const lines: string[] = [];
  for (const k of compare.only.tp) if (!compare.full.tp.has(k)) lines.push(`LOST\t${goldInfo.get(k)}`);
  for (const k of compare.full.tp) if (!compare.only.tp.has(k)) lines.push(`WON\t${goldInfo.get(k)}`);
  for (const [k, v] of compare.full.fp) if (!compare.only.fp.has(k)) lines.push(`NEWFP\t${v}`);
  for (const [k, v] of compare.only.fp) if (!compare.full.fp.has(k)) lines.push(`GONEFP\t${v}`);
  writeFileSync(ERRORS + '.cmp', lines.join('\n') + '\n');
}

/**
 * `npm run train:ner` — train the name tagger on the ANERcorp CAMeL Lab train split in this
 * repository (data/ner/anercorp/, CC BY-SA 4.0) and write lib/analysis/data/ner-model.ts.
 * Deterministic: same data and options → same model file, byte for byte.
 *
 *   npm run train:ner [-- --epochs N] [--limit SENTENCES] [--eval] [--out FILE] [--dry]
 *
 * --eval tags the test split afterwards and prints entity-level P/R/F1 over the core's tokens (a
 * quick check; the reference figure is ../shared/eval/anercorp.mjs with scripts/annotate-ner.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseConll, projectSentence } from '../lib/analysis/tagger/conll';
import { sequenceRanges } from '../lib/analysis/tagger/sequences';
import { trainPerceptron, markOov, type TrainSentence } from '../lib/analysis/tagger/train';
import { packModel, TaggerModel } from '../lib/analysis/tagger/model';
import { chunks } from '../lib/analysis/tagger/bio';
import { wordHash } from '../lib/analysis/tagger/features';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const EPOCHS = Number(opt('--epochs', '12'));
const SEED = Number(opt('--seed', '20260611'));
const LIMIT = Number(opt('--limit', 'Infinity'));
const SCALE = Number(opt('--scale', '0.05'));
const PRUNE = Number(opt('--prune', '0.3'));
const DROPOUT = Number(opt('--dropout', '0.1'));
const FOLDS = Number(opt('--folds', '10'));
// O penalty 4 and 12 epochs: best F1 on the held-out tenth of train (--dev), 2026-11-28.
const PENALTY = Number(opt('--penalty', '4'));
const OUT = opt('--out', 'lib/analysis/data/ner-model.ts');
const TRAIN = opt('--train', 'data/ner/anercorp/train.conll');
const TEST = 'data/ner/anercorp/test.conll';

const LICENSE = 'CC BY-SA 4.0';
const ATTRIBUTION =
  'Sharh name tagger weights, trained on ANERcorp — CAMeL Lab Train/Test Splits ' +
  '(Benajiba, Rosso & Benedí 2007; splits: Obeid et al., CAMeL Tools, LREC 2020), ' +
  'https://camel.abudhabi.nyu.edu/anercorp/, licensed CC BY-SA 4.0 ' +
  '(https://creativecommons.org/licenses/by-sa/4.0/). These weights are an adaptation of that ' +
  'corpus and are shared under the same licence. Changes to the data: see data/ner/anercorp/README.md.';

function load(file: string, limit = Infinity): TrainSentence[] {
  const out: TrainSentence[] = [];
  for (const s of parseConll(readFileSync(file, 'utf8')).slice(0, limit)) {
    const { tokens, tags } = projectSentence(s);
    for (const [a, b] of sequenceRanges(tokens)) out.push({ tokens: tokens.slice(a, b), tags: tags.slice(a, b) });
  }
  return out;
}

function evaluate(model: TaggerModel, data: TrainSentence[]): void {
  const types = ['PERS', 'ORG', 'LOC', 'MISC', 'ALL'];
  const st = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  let ntok = 0;
  const t0 = performance.now();
  const preds = data.map((s) => {
    ntok += s.tokens.length;
    return model.tag(s.tokens);
  });
  const ms = performance.now() - t0;
  data.forEach((s, i) => {
    const key = (c: { type: string; from: number; to: number }) => `${c.type}:${c.from}:${c.to}`;
    const g = chunks(s.tags);
    const p = chunks(preds[i]!);
    const gs = new Set(g.map(key));
    const ps = new Set(p.map(key));
    for (const c of p) for (const t of [c.type, 'ALL']) st[t]![gs.has(key(c)) ? 'tp' : 'fp']++;
    for (const c of g) if (!ps.has(key(c))) for (const t of [c.type, 'ALL']) st[t]!.fn++;
  });
  for (const t of types) {
    const { tp, fp, fn } = st[t]!;
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, tp + fn);
    console.log(`${t.padEnd(5)} P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${((200 * p * r) / Math.max(1e-9, p + r)).toFixed(1)}`);
  }
  console.log(`tagging: ${ntok} tokens in ${ms.toFixed(0)} ms = ${Math.round(ntok / (ms / 1000))} tokens/s`);
}

const t0 = performance.now();
let train = load(TRAIN, LIMIT);
// --dev: hold out the last tenth of the train split (whole articles) for tuning; never the test split.
let dev: TrainSentence[] = [];
if (args.includes('--dev')) {
  const cut = Math.floor(train.length * 0.9);
  dev = train.slice(cut);
  train = train.slice(0, cut);
}
console.log(`train: ${train.length} sequences, ${train.reduce((n, s) => n + s.tokens.length, 0)} tokens (${((performance.now() - t0) / 1000).toFixed(1)} s to read)`);
const vocab = FOLDS > 1 ? markOov(train, FOLDS) : new Set<string>();
const t1 = performance.now();
const weights = trainPerceptron(train, {
  epochs: EPOCHS,
  seed: SEED,
  dropout: DROPOUT,
  onEpoch: (e, m) => console.log(`epoch ${e}: ${m} token mistakes (${((performance.now() - t1) / 1000).toFixed(1)} s)`),
});
console.log(`trained ${weights.keys.length} feature rows in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
const file = packModel(weights, {
  scale: SCALE,
  prune: PRUNE,
  license: LICENSE,
  attribution: ATTRIBUTION,
  keep: new Set([...vocab].map(wordHash)),
  oPenalty: PENALTY,
  training: { corpus: TRAIN, split: 'ANERcorp CAMeL Lab train', algorithm: 'averaged structured perceptron, BIO-constrained Viterbi', epochs: EPOCHS, seed: SEED, dropout: DROPOUT, oovFolds: FOLDS, oPenalty: PENALTY, scale: SCALE, prune: PRUNE, command: 'npm run train:ner' },
});
const source =
  `// GENERATED by \`npm run train:ner\` (scripts/train-ner.ts) — do not edit; retrain instead.\n` +
  `// ${LICENSE}: ${ATTRIBUTION}\n` +
  `import type { ModelFile } from '../tagger/model';\n\n` +
  `const model: ModelFile = ${JSON.stringify(file, null, 1)};\n\nexport default model;\n`;
const gz = gzipSync(Buffer.from(source)).length;
console.log(`model: ${file.rows} rows, ${source.length} bytes, ${gz} bytes gzipped`);
if (!args.includes('--dry')) {
  writeFileSync(OUT, source);
  console.log(`wrote ${OUT}`);
}
if (args.includes('--eval')) {
  const m = new TaggerModel(file);
  const test = dev.length ? dev : load(TEST);
  console.log(dev.length ? 'scored on the held-out tenth of train' : 'scored on the test split');
  for (const pen of opt('--pen', String(PENALTY)).split(',').map(Number)) {
    m.oPenalty = pen;
    console.log(`-- O penalty ${pen}`);
    evaluate(m, test);
  }
}
console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);

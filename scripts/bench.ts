/**
 * `npm run bench` — analysis throughput and memory, side by side with English NLP baselines in the
 * same run (issue 3, "Speed"). Prints figures; asserts nothing.
 *
 * - Sharh: full analysis (annotate + facts + summary) of the long Arabic fixture.
 * - wink-nlp: its full English pipeline (wink-eng-lite-web-model: sbd, pos, ner, negation, …).
 * - compromise: people(), places(), organizations() and numbers() on the same English text.
 * The English text is a news text repeated to the same whitespace-token count as the Arabic one.
 * Every row is the median time of one run over repeated runs (robust to other processes on the
 * machine); a per-stage table shows where Sharh's time goes (`-- --stages` prints it alone).
 * Memory: peak heap growth of one analysis at 1×, 4× and 16× the long fixture (child process with
 * --expose-gc), to show the cost grows linearly.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
// The English baselines are loaded before Sharh's modules, as the extension's background (which
// never loads compromise) is not slowed by them: importing compromise after the analysis modules
// had run was measured to slow Sharh's names stage by ≈ 2.5 ms per run (8.3 vs 6.0–6.4 ms fastest)
// for the rest of the process, while loading it first, or not at all, leaves it at 6.0–6.5 ms.
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import nlp from 'compromise';
import { analyse, prepareAnalysis } from '../lib/analysis/analyze';
import { makeDoc, sentences } from '../lib/analysis/tokens';
import { ANNOTATORS, ANNOTATOR_ORDER } from '../lib/analysis/registry';
import { resolveOverlaps } from '../lib/analysis/resolve';
import { preferKnown } from '../lib/analysis/tagger/annotator';
import { buildFacts } from '../lib/analysis/facts';
import { buildSummary } from '../lib/analysis/summary';
import type { Span } from '../lib/analysis/types';

const root = resolve(import.meta.dirname, '..');

export function longArabicText(): string {
  const page = join(root, 'tests/fixtures/pages/long-article/source.html');
  if (existsSync(page)) {
    const html = readFileSync(page, 'utf8');
    const paras = [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&[a-z]+;|&#\d+;/g, ' ').trim());
    const text = paras.filter((p) => /[\u0600-\u06FF]/.test(p)).join('\n');
    if (text.length > 10_000) return text;
  }
  return readFileSync(join(root, 'tests/fixtures/text/seed-article.txt'), 'utf8').repeat(20);
}

const tokens = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Median of numbers (the middle run: robust to runs slowed by other processes on a shared machine). */
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Runs fn until the JIT has settled: ten runs and one second at least (the first runs are interpreted). */
function warmUp(fn: () => void): void {
  const t0 = performance.now();
  for (let k = 0; k < 10 || performance.now() - t0 < 1000; k++) fn();
}

/** Garbage-collection pauses seen by the process (start and duration, ms), for `time`. */
const gcPauses: { start: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, ms: e.duration });
}).observe({ entryTypes: ['gc'] });

interface Timing {
  median: number;
  min: number;
  /** Share of the runs during which the collector paused the program, and its mean pause per run (ms). */
  gcShare: number;
  gcMs: number;
}

/**
 * Median ms of one run of fn (after warmUp), over runs for at least minMs, and the fastest run.
 * Every row is timed this way. The collector's pauses are matched to the runs they fell in: when
 * about half the runs hold a pause, a little more garbage per run moves the median by a whole pause.
 */
async function time(fn: () => void, minMs = 1500): Promise<Timing> {
  warmUp(fn);
  const runs: number[] = [];
  const starts: number[] = [];
  const t0 = performance.now();
  while (performance.now() - t0 < minMs || runs.length < 5) {
    const t = performance.now();
    fn();
    starts.push(t);
    runs.push(performance.now() - t);
  }
  // The observer reports after the synchronous loop: let it run, then count the pauses per run.
  await new Promise((r) => setTimeout(r, 50));
  const end = performance.now();
  const pauses = gcPauses.filter((g) => g.start >= t0 && g.start <= end);
  gcPauses.length = 0;
  let withPause = 0;
  let k = 0;
  for (let i = 0; i < runs.length; i++) {
    const a = starts[i]!, b = a + runs[i]!;
    let hit = false;
    while (k < pauses.length && pauses[k]!.start < b) if (pauses[k++]!.start >= a) hit = true;
    if (hit) withPause++;
  }
  return { median: median(runs), min: Math.min(...runs), gcShare: withPause / runs.length, gcMs: pauses.reduce((s, g) => s + g.ms, 0) / runs.length };
}

/**
 * The same work as analyse() (analyze.ts), stage by stage: median ms of each over repeated runs.
 * The name annotators share one memoised pass per document (entities.ts), so that pass is timed
 * under the first of them, and the numeric annotator (which reads their products) runs after them.
 */
function stages(text: string, minMs = 1500): [string, number, number][] {
  const label = (id: string) => (id === 'names-lexicon' ? 'names: lexicon + rules + guesses (one shared pass)' : id.startsWith('names-') ? `${id} (in the shared pass)` : id === 'ner' ? 'ner (the name tagger)' : id);
  const names = ['tokens (normalise + tokenise)', ...ANNOTATORS.map((a) => `annotator ${label(a.id)}`), 'overlaps + sort', 'facts', 'summary'];
  const order = [...ANNOTATORS.keys()].sort((a, b) => (ANNOTATORS[a]!.id === 'numeric' ? 1 : 0) - (ANNOTATORS[b]!.id === 'numeric' ? 1 : 0));
  warmUp(() => analyse(text));
  const laps: number[][] = names.map(() => []);
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs || runs < 3) {
    let t = performance.now();
    const lap = (k: number) => { const now = performance.now(); if (runs > 0) laps[k]!.push(now - t); t = now; };
    const doc = makeDoc(text);
    lap(0);
    const found: Span[][] = [];
    for (const a of order) { found[a] = ANNOTATORS[a]!.find(doc); lap(1 + a); }
    const spans = resolveOverlaps(preferKnown(found.flat()), ANNOTATOR_ORDER).sort((a, b) => a.start - b.start);
    lap(names.length - 3);
    const sents = sentences(text);
    const facts = buildFacts(text, spans, { title: '', sentences: sents, doc });
    lap(names.length - 2);
    buildSummary(text, spans, facts, { title: '', doc, sentences: sents });
    lap(names.length - 1);
    runs++;
  }
  return names.map((n, k) => [n, median(laps[k]!), Math.min(...laps[k]!)]);
}

async function main() {
  if (process.argv[2] === '--memory') {
    await prepareAnalysis();
    const k = Number(process.argv[3]);
    const text = longArabicText().repeat(k);
    const gc = (globalThis as { gc?: () => void }).gc!;
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed); }, 1);
    const a = analyse(text);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    clearInterval(timer);
    process.stdout.write(JSON.stringify({ k, chars: text.length, tokens: tokens(text), spans: a.annotations.length, peakMB: (peak - before) / 1048576 }));
    return;
  }

  if (process.argv[2] === '--stages') {
    // `npm run bench -- --stages`: the per-stage table alone, lexicon and rules only (quick).
    const st = stages(longArabicText(), 3000);
    console.log('| stage | median ms | fastest ms |');
    console.log('|---|---:|---:|');
    for (const [name, ms, min] of st) console.log(`| ${name} | ${ms.toFixed(2)} | ${min.toFixed(2)} |`);
    console.log(`| total (sums) | ${st.reduce((a, [, ms]) => a + ms, 0).toFixed(2)} | ${st.reduce((a, [, , min]) => a + min, 0).toFixed(2)} |`);
    return;
  }
  const ar = longArabicText();
  const n = tokens(ar);
  const enSeed = readFileSync(join(root, 'tests/fixtures/text/english-news.txt'), 'utf8');
  let en = '';
  while (tokens(en) < n) en += enSeed + '\n';
  en = en.split(/(\s+)/).slice(0, 2 * n - 1).join('');

  const nlpWink = winkNLP(winkModel);

  console.log(`Long Arabic fixture: ${ar.length} chars, ${n} tokens; English baseline text: ${tokens(en)} tokens\n`);
  // Rules only first: once the tagger's model is loaded it stays loaded.
  const rulesOnly = await time(() => analyse(ar));
  const stagesRules = stages(ar);
  const t0 = performance.now();
  await prepareAnalysis();
  const loadMs = performance.now() - t0;
  const full = await time(() => analyse(ar));
  const rows: [string, Timing][] = [
    ['Sharh full analysis (Arabic), with the name tagger', full],
    ['Sharh, lexicon and rules only (no tagger)', rulesOnly],
    ['wink-nlp full pipeline (English)', await time(() => nlpWink.readDoc(en).entities().out())],
    ['compromise people/places/orgs/numbers (English)', await time(() => { const d = nlp(en); d.people().out('array'); d.places().out('array'); d.organizations().out('array'); d.numbers().out('array'); })],
  ];
  console.log('| engine | ms per run (median) | fastest run (ms) | tokens/s (median) | vs Sharh |');
  console.log('|---|---:|---:|---:|---:|');
  const sharh = n / (rows[0]![1].median / 1000);
  for (const [name, { median: ms, min }] of rows) {
    const tps = n / (ms / 1000);
    console.log(`| ${name} | ${ms.toFixed(1)} | ${min.toFixed(1)} | ${Math.round(tps).toLocaleString('en')} | ${(sharh / tps).toFixed(2)}× |`);
  }

  // Issue 6: the full analysis keeps at least half the rules-only throughput.
  const ratio = rulesOnly.median / full.median;
  console.log(
    `\nThroughput with the tagger / rules only (issue 6 asks ≥ 0.5): ${ratio.toFixed(2)} by medians (${rulesOnly.median.toFixed(1)} / ${full.median.toFixed(1)} ms), ` +
      `${(rulesOnly.min / full.min).toFixed(2)} by fastest runs (${rulesOnly.min.toFixed(1)} / ${full.min.toFixed(1)} ms): ${ratio >= 0.5 ? 'pass' : 'FAIL'}`,
  );
  console.log(
    `Collector pauses: in ${Math.round(100 * full.gcShare)}% of the runs with the tagger (${full.gcMs.toFixed(2)} ms per run), ` +
      `${Math.round(100 * rulesOnly.gcShare)}% of the rules-only runs (${rulesOnly.gcMs.toFixed(2)} ms per run)`,
  );

  const stagesFull = stages(ar);
  console.log('\nWhere the time goes (same work as analyse(), stage by stage; ms per run, median and fastest):');
  console.log('| stage | rules only | with the name tagger | rules only, fastest | with the tagger, fastest |');
  console.log('|---|---:|---:|---:|---:|');
  for (let k = 0; k < stagesRules.length; k++) {
    const [name, a, amin] = stagesRules[k]!;
    const [, b, bmin] = stagesFull[k]!;
    console.log(`| ${name} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${amin.toFixed(2)} | ${bmin.toFixed(2)} |`);
  }
  const total = (st: [string, number, number][], i: 1 | 2) => st.reduce((a, r) => a + r[i], 0);
  console.log(`| total (sums) | ${total(stagesRules, 1).toFixed(2)} | ${total(stagesFull, 1).toFixed(2)} | ${total(stagesRules, 2).toFixed(2)} | ${total(stagesFull, 2).toFixed(2)} |`);

  console.log(`\nName tagger model load (Node, dynamic import + decode): ${loadMs.toFixed(0)} ms`);
  console.log('\nPeak heap growth of one analysis (child process, --expose-gc):');
  console.log('| size | chars | tokens | spans | peak MB | MB per 100k tokens |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const k of [1, 4, 16]) {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, '--memory', String(k)], { encoding: 'utf8', cwd: root, maxBuffer: 1 << 24 });
    const r = JSON.parse(out) as { k: number; chars: number; tokens: number; spans: number; peakMB: number };
    console.log(`| ${k}× | ${r.chars} | ${r.tokens} | ${r.spans} | ${r.peakMB.toFixed(1)} | ${((r.peakMB / r.tokens) * 1e5).toFixed(1)} |`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });

/**
 * `npm run bench` — analysis throughput and memory, side by side with English NLP baselines in the
 * same run (issue 3, "Speed"). Prints figures; asserts nothing.
 *
 * - Sharh: full analysis (annotate + facts + summary) of the long Arabic fixture.
 * - wink-nlp: its full English pipeline (wink-eng-lite-web-model: sbd, pos, ner, negation, …).
 * - compromise: people(), places(), organizations() and numbers() on the same English text.
 * The English text is a news text repeated to the same whitespace-token count as the Arabic one.
 * Memory: peak heap growth of one analysis at 1×, 4× and 16× the long fixture (child process with
 * --expose-gc), to show the cost grows linearly.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyse, prepareAnalysis } from '../lib/analysis/analyze';

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

function time(fn: () => void, minMs = 1500): number {
  fn(); // warm-up
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs || runs < 3) { fn(); runs++; }
  return (performance.now() - t0) / runs;
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

  const ar = longArabicText();
  const n = tokens(ar);
  const enSeed = readFileSync(join(root, 'tests/fixtures/text/english-news.txt'), 'utf8');
  let en = '';
  while (tokens(en) < n) en += enSeed + '\n';
  en = en.split(/(\s+)/).slice(0, 2 * n - 1).join('');

  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlpWink = winkNLP(model);
  const nlp = (await import('compromise')).default;

  console.log(`Long Arabic fixture: ${ar.length} chars, ${n} tokens; English baseline text: ${tokens(en)} tokens\n`);
  // Rules only first: once the tagger's model is loaded it stays loaded.
  const rulesOnly = time(() => analyse(ar));
  const t0 = performance.now();
  await prepareAnalysis();
  const loadMs = performance.now() - t0;
  const rows: [string, number][] = [
    ['Sharh full analysis (Arabic), with the name tagger', time(() => analyse(ar))],
    ['Sharh, lexicon and rules only (no tagger)', rulesOnly],
    ['wink-nlp full pipeline (English)', time(() => nlpWink.readDoc(en).entities().out())],
    ['compromise people/places/orgs/numbers (English)', time(() => { const d = nlp(en); d.people().out('array'); d.places().out('array'); d.organizations().out('array'); d.numbers().out('array'); })],
  ];
  console.log('| engine | ms per run | tokens/s | vs Sharh |');
  console.log('|---|---:|---:|---:|');
  const sharh = n / (rows[0]![1] / 1000);
  for (const [name, ms] of rows) {
    const tps = n / (ms / 1000);
    console.log(`| ${name} | ${ms.toFixed(1)} | ${Math.round(tps).toLocaleString('en')} | ${(sharh / tps).toFixed(2)}× |`);
  }

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

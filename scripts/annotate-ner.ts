/**
 * `npx tsx scripts/annotate-ner.ts [--json] FILE.txt` — the annotate command's JSON contract
 * (../shared/eval/CONTRACT.md) with the name tagger switched by SHARH_TAGGER:
 *   only  the tagger's spans alone
 *   on    the full analysis (`npm run annotate`): rules, lexicon and tagger combined (default)
 *   off   rules and lexicon alone (same spans as `npm run annotate`)
 * SHARH_TAGGER_MISC=product|all|none says what becomes of ANERcorp MISC chunks (default product:
 * only where a product fits; `all` is the corpus's own four-type reading).
 * Tuning knobs: SHARH_TAGGER_PENALTY (O penalty, default from the model), SHARH_TAGGER_CONSISTENT=0
 * (no article-level consistency), SHARH_TAGGER_MIN_MARGIN, SHARH_TAGGER_OVERRIDE (confidence from
 * which a tagger span replaces rule spans, annotator.ts COMBINE), SHARH_TAGGER_PROTECT=id,id
 * (sources whose covering span still wins), SHARH_TAGGER_MODEL=FILE.ts (another model, e.g. one
 * trained on 90% of train), SHARH_TAGGER_TIMING=1 (stderr timings).
 *
 *   node ../shared/eval/anercorp.mjs --cmd "npx tsx scripts/annotate-ner.ts --json" ../shared/data/ner/anercorp-camellab/test.conll
 */
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ModelFile } from '../lib/analysis/tagger/model';
import { annotate } from '../lib/analysis/analyze';
import { makeDoc } from '../lib/analysis/tokens';
import { loadTagger, useTagger, tagDoc, chunkSpans, COMBINE, NER_TUNING, type NerOptions } from '../lib/analysis/tagger/annotator';
import type { Span } from '../lib/analysis/types';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: SHARH_TAGGER=only|on|off tsx scripts/annotate-ner.ts [--json] FILE.txt\n');
    process.exit(2);
  }
  const mode = process.env.SHARH_TAGGER ?? 'on';
  const misc = (process.env.SHARH_TAGGER_MISC ?? 'product') as NonNullable<NerOptions['misc']>;
  if (!['only', 'on', 'off'].includes(mode) || !['product', 'all', 'none'].includes(misc)) {
    process.stderr.write('annotate-ner: SHARH_TAGGER is only|on|off, SHARH_TAGGER_MISC is product|all|none\n');
    process.exit(2);
  }
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let annotations: Span[];
  if (mode === 'off') annotations = annotate(text);
  else {
    const t0 = performance.now();
    // SHARH_TAGGER_MODEL=FILE.ts: a model written by `npm run train:ner -- --out FILE.ts` (dev runs).
    const alt = process.env.SHARH_TAGGER_MODEL;
    if (alt) {
      const { TaggerModel } = await import('../lib/analysis/tagger/model');
      const mod = (await import(pathToFileURL(resolvePath(alt)).href)) as { default: ModelFile | { default: ModelFile } };
      const file = 'format' in mod.default ? mod.default : mod.default.default;
      useTagger(new TaggerModel(file));
    }
    const model = await loadTagger();
    const t1 = performance.now();
    if (process.env.SHARH_TAGGER_PENALTY) model.oPenalty = Number(process.env.SHARH_TAGGER_PENALTY);
    if (process.env.SHARH_TAGGER_OVERRIDE) COMBINE.override = Number(process.env.SHARH_TAGGER_OVERRIDE);
    if (process.env.SHARH_TAGGER_REKIND) COMBINE.rekind = Number(process.env.SHARH_TAGGER_REKIND);
    if (process.env.SHARH_TAGGER_REKIND_FROM) COMBINE.rekindFrom = new Set(process.env.SHARH_TAGGER_REKIND_FROM.split(','));
    if (process.env.SHARH_TAGGER_GUARD !== undefined) COMBINE.guard = new Set(process.env.SHARH_TAGGER_GUARD.split(','));
    if (process.env.SHARH_TAGGER_EXTEND !== undefined) COMBINE.extend = new Set(process.env.SHARH_TAGGER_EXTEND.split(','));
    if (process.env.SHARH_TAGGER_CROSSING) COMBINE.crossing = process.env.SHARH_TAGGER_CROSSING === '1';
    if (process.env.SHARH_TAGGER_PROTECT !== undefined) COMBINE.protect = new Set(process.env.SHARH_TAGGER_PROTECT.split(',').filter(Boolean));
    Object.assign(NER_TUNING, { misc, minMargin: Number(process.env.SHARH_TAGGER_MIN_MARGIN ?? NER_TUNING.minMargin ?? 0), consistent: process.env.SHARH_TAGGER_CONSISTENT !== '0', minMiscMargin: Number(process.env.SHARH_TAGGER_MISC_MARGIN ?? NER_TUNING.minMiscMargin ?? 0) });
    if (mode === 'only') {
      const doc = makeDoc(text);
      annotations = chunkSpans(doc, tagDoc(model, doc, NER_TUNING.consistent), NER_TUNING);
    } else annotations = annotate(text);
    const t2 = performance.now();
    if (process.env.SHARH_TAGGER_TIMING) process.stderr.write(`load ${(t1 - t0).toFixed(0)} ms, ${mode} in ${(t2 - t1).toFixed(0)} ms\n`);
  }
  const out = { text, annotations, facts: [], summary: { english: '', method: '' }, isArticle: true, title: '' };
  if (args.includes('--json')) process.stdout.write(JSON.stringify(out) + '\n');
  else for (const a of annotations) process.stdout.write(`${a.kind}\t${a.text}\t${a.english}\t${a.source ?? ''}\t${a.confidence ?? ''}\n`);
}

main().catch((e) => {
  process.stderr.write(`annotate-ner: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});

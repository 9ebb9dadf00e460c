/**
 * `npx tsx scripts/annotate-ner.ts [--json] FILE.txt` — the annotate command's JSON contract
 * (../shared/eval/CONTRACT.md) with the name tagger switched by SHARH_TAGGER:
 *   only  the tagger's spans alone
 *   on    rules and lexicon, plus tagger spans that overlap none of theirs (default)
 *   off   rules and lexicon alone (same spans as `npm run annotate`)
 * SHARH_TAGGER_MISC=product|all|none says what becomes of ANERcorp MISC chunks (default product:
 * only where a product fits; `all` is the corpus's own four-type reading).
 * Tuning knobs: SHARH_TAGGER_PENALTY (O penalty, default from the model), SHARH_TAGGER_CONSISTENT=0
 * (no article-level consistency), SHARH_TAGGER_MIN_MARGIN, SHARH_TAGGER_WINNERS=id,id (annotators
 * whose spans beat the tagger's in `on` mode; default all), SHARH_TAGGER_TIMING=1 (stderr timings).
 *
 *   node ../shared/eval/anercorp.mjs --cmd "npx tsx scripts/annotate-ner.ts --json" ../shared/data/ner/anercorp-camellab/test.conll
 */
import { readFileSync } from 'node:fs';
import { annotate } from '../lib/analysis/analyze';
import { makeDoc } from '../lib/analysis/tokens';
import { resolveOverlaps } from '../lib/analysis/resolve';
import { ANNOTATOR_ORDER } from '../lib/analysis/registry';
import { loadTagger, tagDoc, chunkSpans, preferKnown, NER_SOURCE, type NerOptions } from '../lib/analysis/tagger/annotator';
import type { Span } from '../lib/analysis/types';

/** SHARH_TAGGER_WINNERS=id,id: annotators whose spans beat the tagger's (default: all). */
const WINNERS = process.env.SHARH_TAGGER_WINNERS ? new Set(process.env.SHARH_TAGGER_WINNERS.split(',')) : undefined;

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
    const model = await loadTagger();
    const t1 = performance.now();
    const doc = makeDoc(text);
    if (process.env.SHARH_TAGGER_PENALTY) model.oPenalty = Number(process.env.SHARH_TAGGER_PENALTY);
    const tagged = chunkSpans(doc, tagDoc(model, doc, process.env.SHARH_TAGGER_CONSISTENT !== '0'), { misc, minMargin: Number(process.env.SHARH_TAGGER_MIN_MARGIN ?? 0) });
    const t2 = performance.now();
    if (process.env.SHARH_TAGGER_TIMING) process.stderr.write(`load ${(t1 - t0).toFixed(0)} ms, tag ${doc.tokens.length} tokens in ${(t2 - t1).toFixed(0)} ms\n`);
    annotations =
      mode === 'only'
        ? tagged
        : resolveOverlaps(preferKnown([...annotate(text), ...tagged], WINNERS), [...ANNOTATOR_ORDER, NER_SOURCE]).sort((a, b) => a.start - b.start);
  }
  const out = { text, annotations, facts: [], summary: { english: '', method: '' }, isArticle: true, title: '' };
  if (args.includes('--json')) process.stdout.write(JSON.stringify(out) + '\n');
  else for (const a of annotations) process.stdout.write(`${a.kind}\t${a.text}\t${a.english}\t${a.source ?? ''}\t${a.confidence ?? ''}\n`);
}

main().catch((e) => {
  process.stderr.write(`annotate-ner: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});

/**
 * `npm run annotate -- [--json] FILE` — the same analysis as the extension, outside the browser
 * (contract: ../shared/eval/CONTRACT.md). `.txt`: the file's text, unchanged. `.html`: the article
 * found the way the content script finds it (lib/page/extract.ts on a jsdom Document).
 *
 * Exit 0 on success (also for text with nothing to mark); 1 with a clear message on stderr for
 * input it cannot read (missing, a directory, binary).
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { analyse, prepareAnalysis } from '../lib/analysis/analyze';
import { looksArabic } from '../lib/analysis/language';
import type { Analysis } from '../lib/analysis/types';
import { renderReport } from './lib/report';

const MAX_BYTES = 50 * 1024 * 1024;

function fail(message: string): never {
  process.stderr.write(`annotate: ${message}\n`);
  process.exit(1);
}

async function fromHtml(html: string, url: string): Promise<Analysis> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // No scripts, no resources, no console noise from the page: the saved page is only read.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const { extractArticle } = await import('../lib/page/extract');
  const art = extractArticle(dom.window.document as unknown as Document);
  const result = analyse(art.text, { title: art.title, isArticle: art.isArticle });
  dom.window.close();
  return result;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    process.stderr.write('usage: npm run annotate -- [--json] FILE.txt|FILE.html\n');
    process.exit(2);
  }
  const file = files[0]!;
  let buf: Buffer;
  try {
    const st = statSync(file);
    if (!st.isFile()) fail(`${file} is not a file`);
    if (st.size > MAX_BYTES) fail(`${file} is ${(st.size / 1048576).toFixed(0)} MB; the limit is ${MAX_BYTES / 1048576} MB`);
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${file}` : code === 'EACCES' ? `cannot read ${file}: permission denied` : `cannot read ${file}: ${(e as Error).message}`);
  }
  // Binary input: NUL bytes or invalid UTF-8 in quantity.
  if (buf.includes(0)) fail(`${file} looks binary (it contains NUL bytes); give a UTF-8 .txt or .html file`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf).replace(/^\uFEFF/, '');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 16 && bad > text.length / 100) fail(`${file} is not UTF-8 text`);

  await prepareAnalysis();
  const ext = extname(file).toLowerCase();
  const isHtml = ext === '.html' || ext === '.htm' || /^\s*<(!doctype html|html)/i.test(text.slice(0, 512));
  const result = isHtml ? await fromHtml(text, 'http://localhost/' + encodeURIComponent(file)) : analyse(text, { isArticle: looksArabic(text) });

  if (json) {
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    process.stdout.write(renderReport(result, { color: process.stdout.isTTY === true }));
    if (!text.trim()) process.stderr.write('annotate: the file is empty\n');
    else if (!looksArabic(result.text)) process.stderr.write('annotate: this text does not look like Arabic; nothing much to mark\n');
  }
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));

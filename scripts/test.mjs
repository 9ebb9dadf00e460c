#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in one run, on a fresh clone or in CI (CI=true, no stdin).
 *
 *   1. typecheck        tsc --noEmit
 *   2. unit tests       vitest run (tests/unit)
 *   3. build            wxt build (Chrome MV3) and wxt build -b firefox --mv3 (Firefox MV3)
 *   4. lint             web-ext lint on the Firefox build: 0 errors required (warnings allowed)
 *   5. end to end       vitest run -c vitest.e2e.config.ts (Chromium + the build from step 3)
 *   6. end to end       vitest run -c vitest.firefox.config.ts (Firefox ESR + its MV3 build)
 *
 * Every step runs even if an earlier one failed (but e2e needs a build), so one run shows everything.
 * The last line is the plain `N passed, N failed` (vitest test counts plus one per failed check that
 * is not a vitest run); the exit code is non-zero on any failure.
 * Options: --no-e2e, --no-unit (for quick local runs; `npm test` runs everything).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = path.join(repo, 'artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const argv = new Set(process.argv.slice(2));
const bin = {
  tsc: 'node_modules/typescript/bin/tsc',
  vitest: 'node_modules/vitest/vitest.mjs',
  wxt: 'node_modules/wxt/bin/wxt.mjs',
  webExt: 'node_modules/web-ext/bin/web-ext.js',
};

const steps = [];
let passed = 0;
let failed = 0;
let skipped = 0;

function run(name, script, args, { env = {}, capture = false } = {}) {
  console.log(`\n=== ${name}: ${[path.basename(script), ...args].join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [script, ...args], {
    cwd: repo,
    env: { ...process.env, ...(process.stdout.isTTY ? {} : { NO_COLOR: '1' }), ...env },
    stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Date.now() - t0;
  const ok = r.status === 0;
  steps.push({ name, ok, ms });
  return { ok, ms, stdout: r.stdout ?? '' };
}

/** A check that is not a vitest run counts as one test. */
function check(name, ok) {
  if (ok) passed++;
  else {
    failed++;
    console.log(`✗ ${name} failed`);
  }
}

function vitest(name, args, env) {
  const json = path.join(artifacts, `vitest-${name}.json`);
  fs.rmSync(json, { force: true });
  const r = run(name, bin.vitest, ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], { env });
  let counts = null;
  try {
    const rep = JSON.parse(fs.readFileSync(json, 'utf8'));
    counts = { passed: rep.numPassedTests, failed: rep.numFailedTests, skipped: (rep.numPendingTests ?? 0) + (rep.numTodoTests ?? 0), total: rep.numTotalTests };
    // A file that fails to load has no tests but fails the run.
    const brokenFiles = (rep.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
    counts.failed += brokenFiles;
  } catch {
    /* no report: vitest itself failed */
  }
  if (!counts) counts = { passed: 0, failed: 1, skipped: 0, total: 0 };
  if (!r.ok && counts.failed === 0) counts.failed = 1; // failed for another reason (e.g. global setup)
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  steps.at(-1).detail = `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;
  return r;
}

// 0. WXT's generated tsconfig (normally made by `npm ci` through postinstall).
if (!fs.existsSync(path.join(repo, '.wxt/tsconfig.json'))) run('prepare', bin.wxt, ['prepare']);

// 1. Typecheck
check('typecheck', run('typecheck', bin.tsc, ['--noEmit']).ok);

// 2. Unit tests
if (!argv.has('--no-unit')) vitest('unit', []);

// 3. Build both browsers
const chrome = run('build chrome-mv3', bin.wxt, ['build']);
check('build chrome-mv3', chrome.ok);
const firefox = run('build firefox-mv3', bin.wxt, ['build', '-b', 'firefox', '--mv3']);
check('build firefox-mv3', firefox.ok);
for (const [dir, ok] of [['chrome-mv3', chrome.ok], ['firefox-mv3', firefox.ok]]) {
  if (!ok) continue;
  // Size of every built script (issue 2 asks for content, popup and background).
  const root = path.join(repo, '.output', dir);
  const scripts = fs
    .readdirSync(root, { recursive: true })
    .filter((f) => String(f).endsWith('.js'))
    .map((f) => `${f} ${fs.statSync(path.join(root, String(f))).size} B`)
    .sort();
  console.log(`${dir} scripts: ${scripts.join(', ')}`);
}

// 4. web-ext lint on the Firefox build
if (firefox.ok) {
  const lint = run('web-ext lint', bin.webExt, ['lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--boring'], { capture: true });
  let report = null;
  try {
    report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
  } catch {
    console.log(lint.stdout);
  }
  if (report) {
    const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
    for (const m of [...(report.errors ?? []), ...(report.warnings ?? [])]) console.log(`  ${m._type ?? ''} ${m.code}: ${m.message} (${m.file ?? ''})`);
    console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
    steps.at(-1).detail = `${errors} errors, ${warnings} warnings`;
    check('web-ext lint', errors === 0);
  } else check('web-ext lint', false);
} else check('web-ext lint (no Firefox build)', false);

// 5. End to end in Chromium, on the build above
if (!argv.has('--no-e2e')) {
  if (chrome.ok) vitest('e2e', ['-c', 'vitest.e2e.config.ts'], { SHARH_SKIP_BUILD: '1' });
  else check('e2e (no Chrome build)', false);
  // 6. End to end in Firefox ESR (issue 7), on the Firefox MV3 build above.
  if (firefox.ok) vitest('e2e-firefox', ['-c', 'vitest.firefox.config.ts'], { SHARH_SKIP_BUILD: '1' });
  else check('e2e-firefox (no Firefox build)', false);
}

console.log('\n=== Summary');
for (const s of steps) console.log(`${s.ok ? '✓' : '✗'} ${s.name.padEnd(18)} ${String((s.ms / 1000).toFixed(1)).padStart(6)} s${s.detail ? `  (${s.detail})` : ''}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || steps.some((s) => !s.ok) ? 1 : 0);

#!/usr/bin/env node
/**
 * `npm start`: build the extension, serve the fixture pages under their real host names, and open
 * Chromium with Sharh loaded on the sample article, so a newcomer sees it at work at once.
 *
 *   npm start                               headed Chromium (needs a display)
 *   npm start -- --screenshot DIR           headless: DIR/sharh-article.png and DIR/sharh-popup.png
 *   npm start -- --page other-layout        another fixture (tests/fixtures/pages/<name>)
 *   npm start -- --no-build                 use the existing .output/chrome-mv3
 *
 * The browser and the fixture server are the end-to-end harness's (tests/e2e/harness.ts), loaded
 * through tsx. Every host other than the fixtures' resolves nowhere in that browser: nothing leaves
 * the machine.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const shotDir = opt('--screenshot');
const pageName = opt('--page') ?? 'sample-article';
if (args.includes('--screenshot') && !shotDir) fail('--screenshot needs a folder: npm start -- --screenshot DIR');

function fail(msg) {
  console.error(msg);
  process.exit(1);
}

const headed = !shotDir;
if (headed && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'npm start opens a Chromium window, but there is no display here ($DISPLAY and $WAYLAND_DISPLAY are unset).\n' +
      'Write screenshots of the annotated page and of the popup instead:\n\n' +
      '    npm start -- --screenshot DIR\n',
  );
}

if (!args.includes('--no-build')) {
  console.log('Building the Chrome extension (wxt build)…');
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) fail('The build failed (see above).');
  console.log(`Built .output/chrome-mv3 in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
}

/** @type {typeof import('../tests/e2e/harness.ts')} */
const h = await tsImport('../tests/e2e/harness.ts', import.meta.url);
try {
  h.assertPrerequisites();
} catch (e) {
  fail(String(e instanceof Error ? e.message : e));
}

const sharh = await h.launchSharh({ headless: !headed, viewport: headed ? null : { width: 1280, height: 900 } });
const fixture = sharh.fixture(pageName);

if (shotDir) {
  const dir = path.resolve(shotDir);
  const page = await sharh.open(fixture.name);
  let note = '';
  try {
    const hl = await h.waitForHighlights(page, { timeout: 15_000 });
    note = `${h.rangeCount(hl)} highlighted mentions (${Object.keys(hl).join(', ')})`;
  } catch {
    note = 'no highlights appeared within 15 s';
  }
  await page.waitForTimeout(300);
  const pageShot = await h.screenshot(page, 'sharh-article', { dir });
  const popup = await sharh.openPopup(page);
  await popup.waitForLoadState('networkidle').catch(() => undefined);
  await popup.waitForTimeout(1_500);
  const popupShot = await h.screenshot(popup, 'sharh-popup', { dir, fullPage: true });
  console.log(`${fixture.url}: ${note}`);
  console.log(`Wrote ${path.relative(process.cwd(), pageShot)} and ${path.relative(process.cwd(), popupShot)}`);
  await sharh.close();
  process.exit(0);
}

// Headed: open the article, then close the empty first tab (closing it first would close the window).
const article = await sharh.open(fixture.name);
for (const p of sharh.context.pages()) if (p !== article && p.url() === 'about:blank') await p.close().catch(() => undefined);
await article.bringToFront();
console.log(`
Chromium is open with Sharh on ${fixture.url}
(served from tests/fixtures/pages/${fixture.name} by a local server on ${sharh.server.origin}).

Click Sharh's toolbar button (the puzzle-piece menu, then the pin, keeps it in the toolbar).
Other pages to try, in the same browser:
${sharh.server.fixtures.map((f) => `  ${f.url}`).join('\n')}

Only these addresses work in this browser: it reaches nothing outside this machine.
Close the window or press Ctrl-C to stop.`);

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await sharh.close().catch((e) => console.error(String(e instanceof Error ? e.message : e)));
  process.exit(0);
}
sharh.context.on('close', shutdown);
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

/**
 * Runs once before the Firefox e2e suite: builds the Firefox extension for the manifest version
 * under test (SHARH_FIREFOX_MV, default 3) unless SHARH_SKIP_BUILD=1 (`npm test` builds it first),
 * and checks that Firefox ESR is there.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { FIREFOX_MV, REPO, assertFirefoxPrerequisites } from './harness';

export default function setup(): void {
  if (process.env.SHARH_SKIP_BUILD !== '1') {
    const t0 = performance.now();
    const args = ['node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'firefox', ...(FIREFOX_MV === 3 ? ['--mv3'] : [])];
    execFileSync(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
    console.log(`[e2e-firefox] wxt build (firefox-mv${FIREFOX_MV}): ${Math.round(performance.now() - t0)} ms`);
  }
  assertFirefoxPrerequisites();
}

/**
 * Runs once before the e2e suite: builds the Chrome extension (unless SHARH_SKIP_BUILD=1, as
 * `npm test` does after its own build) and checks that Chromium is there.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { REPO, assertPrerequisites } from './harness';

export default function setup(): void {
  if (process.env.SHARH_SKIP_BUILD !== '1') {
    const t0 = performance.now();
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
    console.log(`[e2e] wxt build (chrome-mv3): ${Math.round(performance.now() - t0)} ms`);
  }
  assertPrerequisites();
}

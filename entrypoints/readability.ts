/**
 * Readability on a clone (lib/page/readability-root.ts), kept out of the annotator: on
 * china.org.cn and on pages with semantic markup the body is found without it. The annotator has
 * the background inject it (`sharh/load-part`) only for pages it cannot explain otherwise, into
 * the same isolated world, where it leaves its function on `globalThis`.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { READABILITY_API } from '../lib/page/constants';
import type { ReadabilityRoot } from '../lib/page/extract-core';
import { readabilityRoot } from '../lib/page/readability-root';

export default defineUnlistedScript(() => {
  const g = globalThis as typeof globalThis & { [READABILITY_API]?: ReadabilityRoot };
  g[READABILITY_API] ??= readabilityRoot;
});

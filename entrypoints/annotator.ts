/**
 * The heavy bundle (extraction, analysis, highlighter, hover card). Not declared in the manifest:
 * the background injects it with `scripting.executeScript` into the frame whose content script
 * passed the gate, in the same isolated world, where it leaves its API on `globalThis`.
 * A second injection keeps the first copy (double-load guard: one property check).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createAnnotatorApi } from '../lib/page/annotator';
import { API_VERSION } from '../lib/page/annotator-api';
import { GLOBAL_API } from '../lib/page/constants';

export default defineUnlistedScript(() => {
  const g = globalThis as typeof globalThis & { [GLOBAL_API]?: { version: string } };
  if (g[GLOBAL_API]?.version === API_VERSION) return;
  g[GLOBAL_API] = createAnnotatorApi(document);
});

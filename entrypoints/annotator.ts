/**
 * The bundle the page gets once the gate passed (or for "annotate once"): the page's controller
 * (settings, switches, messages, navigation) and the annotator (extraction, highlighter, text
 * map). Not declared in the manifest: the background injects it with `scripting.executeScript`
 * into the frame whose gate script asked, in the same isolated world, where it leaves its API and
 * controller on `globalThis`. A second injection keeps the first copy if it is this build's and its controller
 * started (double-load guard); a stale or half-started copy is replaced. The hover card and Readability come later, on demand (entrypoints/card.ts,
 * entrypoints/readability.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createAnnotatorApi } from '../lib/page/annotator';
import { API_VERSION, type ControllerApi } from '../lib/page/annotator-api';
import { CONTROLLER_API, GLOBAL_API } from '../lib/page/constants';
import { startController } from '../lib/page/content-controller';

export default defineUnlistedScript(() => {
  const g = globalThis as typeof globalThis & { [GLOBAL_API]?: { version: string }; [CONTROLLER_API]?: ControllerApi };
  // A copy of this build whose controller started: keep it. A stale copy (older build) or one
  // whose first run threw is replaced.
  if (g[GLOBAL_API]?.version === API_VERSION && g[CONTROLLER_API]) return;
  try {
    const api = createAnnotatorApi(document);
    g[CONTROLLER_API] = startController(document);
    g[GLOBAL_API] = api; // only once the controller started
  } catch {
    /* nothing thrown reaches the page's console */
  }
});

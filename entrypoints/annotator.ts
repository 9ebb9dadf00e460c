/**
 * The bundle the page gets once the gate passed (or for "annotate once"): the page's controller
 * (settings, switches, messages, navigation) and the annotator (extraction, highlighter, text
 * map). Not declared in the manifest: the background injects it with `scripting.executeScript`
 * into the frame whose gate script asked, in the same isolated world, where it leaves its API and
 * controller on `globalThis`. A second injection keeps the first copy (double-load guard: one
 * property check). The hover card and Readability come later, on demand (entrypoints/card.ts,
 * entrypoints/readability.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createAnnotatorApi } from '../lib/page/annotator';
import { API_VERSION, type ControllerApi } from '../lib/page/annotator-api';
import { CONTROLLER_API, GLOBAL_API } from '../lib/page/constants';
import { startController } from '../lib/page/content-controller';

export default defineUnlistedScript(() => {
  const g = globalThis as typeof globalThis & { [GLOBAL_API]?: { version: string }; [CONTROLLER_API]?: ControllerApi };
  if (g[GLOBAL_API]?.version === API_VERSION) return;
  try {
    g[GLOBAL_API] = createAnnotatorApi(document);
    g[CONTROLLER_API] = startController(document);
  } catch {
    /* nothing thrown reaches the page's console */
  }
});

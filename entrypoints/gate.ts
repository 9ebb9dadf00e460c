/**
 * The declared content script (china.org.cn hosts; other sites get it registered at run time when
 * the user enables them), as a plain script: wxt.config.ts declares it in the manifest, so WXT's
 * content-script wrapper and context (≈ 1.3 ms per page) stay out of it. Wiring only: the gate
 * script runs the cheap gate and loads the annotator bundle only when the page is an article.
 *
 * Size: the gate, the site rules, message validation and the browser's own extension object
 * (lib/page/native-browser.ts: no polyfill, no WXT storage). It is evaluated on every matched page.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGateScript } from '../lib/page/gate-script';
import { browser } from '../lib/page/native-browser';

export default defineUnlistedScript(() => {
  try {
    startGateScript(document, browser);
  } catch {
    /* nothing thrown reaches the page's console */
  }
});

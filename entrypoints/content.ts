/**
 * Declared content script (china.org.cn hosts; other sites get it registered at run time when the
 * user enables them). Wiring only: the controller runs the cheap gate and, only when the page is an
 * article, asks the background for the site's settings and the annotator bundle. Nothing runs at
 * import time.
 *
 * Size: this bundle is the gate, the controller and WXT's content-script context, with the
 * browser's own extension object (lib/page/native-browser.ts: no polyfill, no WXT storage here;
 * wxt.config.ts aliases `wxt/browser` to it for this build). It is evaluated on every matched page.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentController } from '../lib/page/content-controller';
import { browser } from '../lib/page/native-browser';

export default defineContentScript({
  // *.china.org.cn covers arabic.china.org.cn and matches settings' default sites; the gate drops
  // English and Chinese pages at its first check (lang + title), well under 1 ms.
  matches: ['*://*.china.org.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      new ContentController(ctx, browser).init();
    } catch {
      /* nothing thrown reaches the page's console */
    }
  },
});

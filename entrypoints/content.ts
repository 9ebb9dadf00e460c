/**
 * Declared content script (china.org.cn hosts; other sites get it registered at run time when the
 * user enables them). Wiring only: the controller runs the cheap gate and loads the annotator
 * bundle only when the page is an article. Nothing runs at import time.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { ContentController } from '../lib/page/content-controller';

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

/** Popup composition root: real browser, translator, clipboard and downloads; UI in components/popup. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import type { PopupBrowser } from '../../components/popup/deps';
import { tabIdFromSearch } from '../../lib/popup/target';
import { findTranslator } from '../../lib/popup/translator';
import { download } from '../../lib/popup/export';
import '../../components/popup/theme.css';
import '../../components/popup/popup.css';

render(
  <Popup
    deps={{
      browser: browser as unknown as PopupBrowser,
      translator: findTranslator(globalThis),
      clipboard: { writeText: (t) => navigator.clipboard.writeText(t) },
      download: (name, mime, content) => download(document, name, mime, content),
      tabId: tabIdFromSearch(location.search),
    }}
  />,
  document.getElementById('app')!,
);

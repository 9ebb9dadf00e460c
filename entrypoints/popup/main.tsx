/** Popup composition root: real browser, translator, clipboard and downloads; UI in components/popup. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import type { PopupBrowser } from '../../components/popup/deps';
import { tabIdFromSearch } from '../../lib/popup/target';
import { openPopup } from '../../lib/popup/open';
import { findTranslator } from '../../lib/popup/translator';
import { download } from '../../lib/popup/export';
import '../../components/popup/theme.css';
import '../../components/popup/popup.css';

const b = browser as unknown as PopupBrowser;
const tabId = tabIdFromSearch(location.search);
// Ask the page before the first render: the round trip overlaps with rendering the shell.
const opening = openPopup(b.tabs, tabId);

render(
  <Popup
    deps={{
      browser: b,
      translator: findTranslator(globalThis),
      clipboard: { writeText: (t) => navigator.clipboard.writeText(t) },
      download: (name, mime, content) => download(document, name, mime, content),
      tabId,
      opening,
    }}
  />,
  document.getElementById('app')!,
);

/**
 * Everything the popup touches outside itself, passed in so tests can render it with WXT's fake
 * browser, a fake Translator and a fake clipboard. `main.tsx` passes the real ones.
 */
import type { TranslatorFactory } from '../../lib/popup/translator';
import type { SiteBrowser } from '../../lib/popup/site';
import type { TranslationTimeouts } from './use-translation';
import type { Opening, TabsApi } from '../../lib/popup/open';


export interface PopupBrowser extends SiteBrowser {
  tabs: TabsApi & { reload(tabId: number): Promise<void> };
  runtime: SiteBrowser['runtime'] & { openOptionsPage(): Promise<void> };
}

export interface PopupDeps {
  browser: PopupBrowser;
  /** The browser's Translator (null: none, e.g. Firefox). */
  translator: TranslatorFactory | null;
  clipboard: { writeText(text: string): Promise<void> };
  download(name: string, mime: string, content: string): void;
  /** The tab named by `?tabId=N`; null means the active tab. */
  tabId: number | null;
  /** The opening queries, when already started (main.tsx starts them before the first render). */
  opening?: Promise<Opening>;
  /** How often to ask again while the page is still being analysed. */
  pollMs?: number;
  translationTimeouts?: TranslationTimeouts;
}

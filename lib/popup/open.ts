/**
 * What the popup needs when it opens, asked for all at once and as early as possible: the tab,
 * the settings and the content script's status. `main.tsx` starts this before the first render
 * so the message round trip overlaps with Preact's start-up (issue 5: first content in 100 ms).
 */
import { sendToContent, type PageStatus, type Result } from '../messaging';
import { getSettings, type Settings } from '../settings';

export interface TabInfo {
  id?: number;
  url?: string;
}

export interface TabsApi {
  get(tabId: number): Promise<TabInfo>;
  query(q: { active: boolean; currentWindow: boolean }): Promise<TabInfo[]>;
  sendMessage(tabId: number, msg: unknown, options?: { frameId?: number }): Promise<unknown>;
}

export interface Opening {
  tab: { id: number; url?: string } | null;
  settings: Settings;
  reply: Result<PageStatus>;
}

/** The tab named by `?tabId=N`, else the active tab of the current window. Never throws. */
async function resolveTab(tabs: TabsApi, tabId: number | null): Promise<{ id: number; url?: string } | null> {
  try {
    const t = tabId !== null ? await tabs.get(tabId) : (await tabs.query({ active: true, currentWindow: true }))[0];
    if (t?.id === undefined) return tabId !== null ? { id: tabId } : null;
    return { id: t.id, ...(t.url ? { url: t.url } : {}) };
  } catch {
    return tabId !== null ? { id: tabId } : null;
  }
}

/** Tab, settings and status in parallel (the status at once when the tab id is known). */
export function openPopup(tabs: TabsApi, tabId: number | null): Promise<Opening> {
  const tabP = resolveTab(tabs, tabId);
  const ask = (id: number) => sendToContent(tabs, id, 'sharh/status', {});
  const replyP: Promise<Result<PageStatus>> = tabId !== null ? ask(tabId) : tabP.then((t) => (t ? ask(t.id) : { ok: false, error: 'no-tab' }));
  return Promise.all([tabP, getSettings(), replyP]).then(([tab, settings, reply]) => ({ tab, settings, reply }));
}

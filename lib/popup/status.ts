/**
 * What the popup shows, derived from the tab's URL, the settings and the content script's answer.
 * Pure except for the one message it sends, so every state can be tested from a given PageStatus.
 */
import { sendToContent, type PageStatus } from '../messaging';
import { isSiteEnabled, normaliseHost, type Settings } from '../settings';
import type { Analysis } from '../analysis/types';
import { classifyUrl } from './target';
import { addressVerdict } from '../page/gate';

export type PopupState =
  | { view: 'loading' }
  | { view: 'restricted'; why: 'browser' | 'store' | 'file' }
  /** No content script answers. `enabled` says whether the settings want one there (then a reload helps). */
  | { view: 'absent'; host: string | null; enabled: boolean }
  | { view: 'off'; host: string; reason: 'site' | 'global' }
  | { view: 'not-article'; host: string | null; reason: string }
  | { view: 'running'; host: string | null }
  | { view: 'article'; host: string; headline: string; date: string; analysis: Analysis }
  | { view: 'error'; message: string };

interface TabsLike {
  sendMessage(tabId: number, msg: unknown, options?: { frameId?: number }): Promise<unknown>;
}

/** Turn the content script's answer (or its absence) into a popup state. */
export function toPopupState(url: string | undefined, settings: Settings, reply: { ok: true; value: PageStatus } | { ok: false; error: string }): PopupState {
  const page = classifyUrl(url);
  if (page.kind === 'restricted') return { view: 'restricted', why: page.why };
  const urlHost = page.kind === 'web' ? normaliseHost(page.host) ?? page.host : null;
  if (!reply.ok) {
    if (reply.error !== 'no-content-script') return { view: 'error', message: reply.error };
    if (urlHost && !settings.enabled) return { view: 'off', host: urlHost, reason: 'global' };
    if (urlHost && !isSiteEnabled(settings, urlHost)) return { view: 'off', host: urlHost, reason: 'site' };
    // The gate script is not declared where the address alone says "not an article" (a known
    // site's section pages, its services in other languages: lib/page/sites.ts).
    const byAddress = page.kind === 'web' && url ? addressVerdict(new URL(url)) : null;
    if (byAddress) return { view: 'not-article', host: urlHost, reason: byAddress };
    return { view: 'absent', host: urlHost, enabled: urlHost !== null };
  }
  const s = reply.value;
  switch (s.state) {
    case 'article':
      return { view: 'article', host: normaliseHost(s.host) ?? urlHost ?? s.host, headline: s.headline || s.analysis.title, date: s.date, analysis: s.analysis };
    case 'off':
      return { view: 'off', host: normaliseHost(s.host) ?? s.host, reason: s.reason };
    case 'running':
      return { view: 'running', host: urlHost };
    case 'not-article':
      return { view: 'not-article', host: urlHost, reason: s.reason };
    case 'error':
      return { view: 'error', message: s.message };
    default:
      return { view: 'error', message: 'Unexpected answer from the page.' };
  }
}

/** Ask the tab once. Never throws. */
export async function fetchState(tabs: TabsLike, tabId: number, url: string | undefined, settings: Settings): Promise<PopupState> {
  if (classifyUrl(url).kind === 'restricted') return toPopupState(url, settings, { ok: false, error: 'no-content-script' });
  const reply = await sendToContent(tabs, tabId, 'sharh/status', {});
  return toPopupState(url, settings, reply);
}

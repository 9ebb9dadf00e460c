/**
 * Switching Sharh on or off for a site, from the popup or the options page.
 *
 * A site that is not a default one needs its optional host permission, and
 * `permissions.request` only works inside a user gesture: `setSite` calls it first, synchronously
 * from the click handler, before any other await. Then the choice is stored and the background is
 * told (it registers or unregisters the content script for that host).
 */
import { sendToBackground } from '../messaging';
import { isDefaultSite, normaliseHost, removeSite, setSiteEnabled, siteOrigins } from '../settings';

export interface SiteBrowser {
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
}

export type SiteResult = { ok: true } | { ok: false; error: 'bad-host' | 'denied' };

/** Switch a site on or off. Call straight from the click handler (user gesture). */
export async function setSite(b: SiteBrowser, rawHost: string, enabled: boolean): Promise<SiteResult> {
  const host = normaliseHost(rawHost);
  if (!host) return { ok: false, error: 'bad-host' };
  if (enabled && !isDefaultSite(host)) {
    let granted = false;
    try {
      granted = await b.permissions.request({ origins: siteOrigins(host) });
    } catch {
      granted = false;
    }
    if (!granted) return { ok: false, error: 'denied' };
  }
  await setSiteEnabled(host, enabled);
  await sendToBackground(b.runtime, 'sharh/site-changed', { host, enabled });
  return { ok: true };
}

/** Forget a site (options page): back to its default, and give its host permission back. */
export async function forgetSite(b: SiteBrowser, rawHost: string): Promise<void> {
  const host = normaliseHost(rawHost);
  if (!host) return;
  await removeSite(host);
  const enabled = isDefaultSite(host);
  await sendToBackground(b.runtime, 'sharh/site-changed', { host, enabled });
  if (!enabled) await b.permissions.remove({ origins: siteOrigins(host) }).catch(() => false);
}

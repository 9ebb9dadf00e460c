/**
 * Settings: one typed, versioned storage item (WXT storage over the polyfilled `browser.storage`).
 *
 * Stored values are read through `sanitiseSettings`, field by field: an unknown or corrupted field
 * falls back to its default, and one bad site entry is dropped without losing the other sites'
 * choices (issue 2, item 4).
 */
import { storage } from 'wxt/utils/storage';
import { KINDS, type Kind } from './analysis/types';
import { SETTINGS_KEY } from './page/constants';

export const SETTINGS_VERSION = 2;

export interface Settings {
  /** The global switch. */
  enabled: boolean;
  /** Per-site choices keyed by host name (lower case). Absent = the default for that host. */
  sites: Record<string, boolean>;
  /** Which kinds are highlighted. */
  kinds: Record<Kind, boolean>;
  /** Highlight colours per kind (CSS colour strings); absent = the built-in palette. */
  colors: Partial<Record<Kind, string>>;
  /** Use the browser's on-device translator in the popup where it exists. */
  translation: boolean;
}

/** Hosts on which Sharh runs unless the user switched it off (the content script is declared for them). */
export const DEFAULT_SITE_PATTERNS: readonly RegExp[] = [/(^|\.)china\.org\.cn$/];

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  sites: {},
  kinds: Object.fromEntries(KINDS.map((k) => [k, true])) as Record<Kind, boolean>,
  colors: {},
  translation: true,
};

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;
const COLOR = /^(#[0-9a-f]{3,8}|(rgb|hsl|oklch)a?\([0-9.,%\s/a-z-]{1,60}\)|[a-z]{3,20})$/i;

/** Normalise a host name for the per-site map; null when it is not a host name. */
export function normaliseHost(host: unknown): string | null {
  if (typeof host !== 'string') return null;
  const h = host.trim().toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  return h.length <= 253 && HOST.test(h) ? h : null;
}

/** Field-by-field validation of whatever is in storage. Never throws. */
export function sanitiseSettings(raw: unknown): Settings {
  const d = DEFAULT_SETTINGS;
  const o = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const sites: Record<string, boolean> = {};
  if (typeof o.sites === 'object' && o.sites !== null && !Array.isArray(o.sites)) {
    for (const [k, v] of Object.entries(o.sites as Record<string, unknown>)) {
      const h = normaliseHost(k);
      if (h && typeof v === 'boolean') sites[h] = v;
    }
  }
  const kinds = { ...d.kinds };
  if (typeof o.kinds === 'object' && o.kinds !== null) {
    for (const k of KINDS) {
      const v = (o.kinds as Record<string, unknown>)[k];
      if (typeof v === 'boolean') kinds[k] = v;
    }
  }
  const colors: Partial<Record<Kind, string>> = {};
  if (typeof o.colors === 'object' && o.colors !== null) {
    for (const k of KINDS) {
      const v = (o.colors as Record<string, unknown>)[k];
      if (typeof v === 'string' && COLOR.test(v.trim())) colors[k] = v.trim();
    }
  }
  return {
    enabled: typeof o.enabled === 'boolean' ? o.enabled : d.enabled,
    sites,
    kinds,
    colors,
    translation: typeof o.translation === 'boolean' ? o.translation : d.translation,
  };
}

/**
 * Host-permission origins for a user-enabled site: the host and its www. form (hosts are keyed
 * without "www."). The one definition shared by the popup/options (which request them) and the
 * background (which checks them before registering the content script) — the least access that
 * covers how people reach a news site.
 */
export const siteOrigins = (host: string): string[] => [`*://${host}/*`, `*://www.${host}/*`];

/** True when Sharh runs on this host by default (declared content script). */
export const isDefaultSite = (host: string): boolean => DEFAULT_SITE_PATTERNS.some((re) => re.test(host));

/** The per-site switch's position for a host (ignoring the global switch): the user's choice, else the default. */
export function siteChoice(s: Settings, host: string): boolean {
  const h = normaliseHost(host);
  return !!h && (s.sites[h] ?? isDefaultSite(h));
}

/** Whether annotation is on for a host: the global switch, then the user's choice, then the default. */
export function isSiteEnabled(s: Settings, host: string): boolean {
  if (!s.enabled) return false;
  const h = normaliseHost(host);
  if (!h) return false;
  const choice = s.sites[h];
  return choice ?? isDefaultSite(h);
}

/** Hosts the user switched on that are not default sites (need a runtime-registered content script). */
export const enabledExtraSites = (s: Settings): string[] => Object.entries(s.sites).filter(([h, on]) => on && !isDefaultSite(h)).map(([h]) => h).sort();

/**
 * Version 1 stored `{on: boolean, disabledSites: string[]}`; version 2 is `Settings`.
 * Migrations only reshape; `sanitiseSettings` still validates the result.
 */
export const MIGRATIONS = {
  2: (old: unknown): unknown => {
    const o = (typeof old === 'object' && old !== null ? old : {}) as Record<string, unknown>;
    // Already the v2 shape (written without its version key, e.g. by hand or a test): keep it.
    if ('sites' in o || 'enabled' in o) return o;
    const sites: Record<string, boolean> = {};
    if (Array.isArray(o.disabledSites)) for (const h of o.disabledSites) if (typeof h === 'string') sites[h] = false;
    return { enabled: typeof o.on === 'boolean' ? o.on : true, sites };
  },
};

export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS,
});

export async function getSettings(): Promise<Settings> {
  try {
    // Migrations also run when the item is defined; running them here covers values written by an
    // older version while this context was alive (cheap: one metadata read when up to date).
    await settingsItem.migrate();
    return sanitiseSettings(await settingsItem.getValue());
  } catch {
    return sanitiseSettings(undefined);
  }
}

/** Read-modify-write of the validated settings. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = sanitiseSettings(change(await getSettings()));
  await settingsItem.setValue(next);
  return next;
}

export const setGlobalEnabled = (enabled: boolean) => updateSettings((s) => ({ ...s, enabled }));

export function setSiteEnabled(host: string, enabled: boolean): Promise<Settings> {
  const h = normaliseHost(host);
  if (!h) return getSettings();
  return updateSettings((s) => ({ ...s, sites: { ...s.sites, [h]: enabled } }));
}

/** Forget the user's choice for a host (back to the default). */
export function removeSite(host: string): Promise<Settings> {
  const h = normaliseHost(host);
  return updateSettings((s) => {
    const sites = { ...s.sites };
    if (h) delete sites[h];
    return { ...s, sites };
  });
}

export const resetSettings = () => settingsItem.setValue(DEFAULT_SETTINGS).then(() => DEFAULT_SETTINGS);

/** Call `cb` with validated settings whenever they change. Returns the unwatch function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(sanitiseSettings(v)));
}

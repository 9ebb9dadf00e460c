/**
 * One prefix for everything Sharh puts into a page (STYLE.md §9): cleanup is one query and the
 * double-load guard is one property check. Kept free of imports so the small content script can
 * use it without pulling anything else in.
 */
import type { Kind } from '../analysis/types';

export const PREFIX = 'sharh';
/** Host element of our own shadow-root UI (hover card, live region). */
export const UI_TAG = 'sharh-ui';
/** Fallback marks used only where the CSS Custom Highlight API is missing. */
export const MARK_TAG = 'sharh-mark';
/** Attribute on every element we insert (value says what it is). */
export const ATTR = 'data-sharh';
/** Name under which the annotator bundle exposes its API on the isolated world's `globalThis`. */
export const GLOBAL_API = '__sharhAnnotator';
/** Where the annotator bundle's controller (content-controller.ts) is found by the gate script. */
export const CONTROLLER_API = '__sharhController';
/** Double-load guard of the declared gate script (gate-script.ts). */
export const GATE_SCRIPT = '__sharhGateScript';
/** Where the hover card's bundle (entrypoints/card.ts, loaded on first hover) leaves its factory. */
export const CARD_API = '__sharhCard';
/** Where the Readability bundle (entrypoints/readability.ts, loaded for unknown layouts) leaves its function. */
export const READABILITY_API = '__sharhReadability';
/**
 * The settings' key in `storage.local` (lib/settings.ts defines the item as `local:<key>`). The
 * content script watches this key with the native `storage.onChanged`, so it needs the bare name
 * without importing WXT storage.
 */
export const SETTINGS_KEY = 'sharh-settings';
/** Highlight used to flash a mention revealed from the popup. */
export const FLASH_HIGHLIGHT = 'sharh-flash';

/** `sharh-<kind>`: the name of the CSS highlight (and `::highlight()` rule) for one kind. */
export const highlightName = (kind: Kind): string => `${PREFIX}-${kind}`;

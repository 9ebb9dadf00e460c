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
/** Highlight used to flash a mention revealed from the popup. */
export const FLASH_HIGHLIGHT = 'sharh-flash';

/** `sharh-<kind>`: the name of the CSS highlight (and `::highlight()` rule) for one kind. */
export const highlightName = (kind: Kind): string => `${PREFIX}-${kind}`;

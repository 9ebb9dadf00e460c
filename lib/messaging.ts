/**
 * The one typed protocol between extension contexts (STYLE.md §7). One map per direction; every
 * reply is a `Result` because `Error` does not cross contexts; every message is validated on
 * arrival (`isMessage`) — a message is input like any other.
 *
 * Directions:
 * - ToContent: popup/background → content script in a tab (`browser.tabs.sendMessage`).
 * - ToBackground: content script/popup/options → background (`browser.runtime.sendMessage`).
 *
 * This module has no extension API imports, so it is testable in Node; the senders take the
 * `browser` object as an argument.
 */
import type { Analysis, Kind } from './analysis/types';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** What the content script knows about its page. */
export type PageStatus =
  | { state: 'not-article'; reason: string }
  | { state: 'off'; host: string; reason: 'site' | 'global' }
  | { state: 'running' }
  | { state: 'article'; host: string; headline: string; date: string; analysis: Analysis; counts: Partial<Record<Kind, number>> }
  | { state: 'error'; message: string };

/**
 * What the background tells a content script about its frame's site (the background owns the
 * settings: the content script reads no storage, see lib/page/native-browser.ts).
 */
export interface PageConfig {
  /** Host name of the frame, as the page has it. */
  host: string;
  /** Sharh is on here: the global switch and this site's switch. */
  enabled: boolean;
  /** Why it is off (null when on). */
  reason: 'site' | 'global' | null;
  kinds: Record<Kind, boolean>;
  colors: Partial<Record<Kind, string>>;
  /** The annotator bundle was injected into the frame for this request. */
  loaded: boolean;
}

/** Bundles the annotator loads only when needed (injected into the same isolated world). */
export type AnnotatorPart = 'card' | 'readability';
const PARTS: readonly AnnotatorPart[] = ['card', 'readability'];

export interface ToContent {
  /** Popup asks for the page's state and analysis. */
  'sharh/status': { req: Record<string, never>; res: PageStatus };
  /** Popup asks to scroll to a mention (original offsets in the analysis text) and flash it. */
  'sharh/reveal': { req: { start: number; end: number; showCard?: boolean }; res: boolean };
  /** Background (toolbar click / shortcut with activeTab) asks to annotate this page once. */
  'sharh/annotate-once': { req: Record<string, never>; res: PageStatus };
  /** Background: the settings changed (page scripts ask for their site's config again). */
  'sharh/settings-changed': { req: Record<string, never>; res: boolean };
}

export interface ToBackground {
  /**
   * The site's settings for the asking frame; with `load` (its gate passed, or it was asked to
   * annotate once: `force`) the annotator bundle is injected into the frame too.
   */
  'sharh/page-config': { req: { load: boolean; force: boolean }; res: PageConfig };
  /** The annotator needs one of its later parts (hover card on first hover; Readability on unknown layouts). */
  'sharh/load-part': { req: { part: AnnotatorPart }; res: boolean };
  /** Popup/options enabled or disabled a site (host permission already granted by the caller). */
  'sharh/site-changed': { req: { host: string; enabled: boolean }; res: boolean };
  /**
   * Popup asks to annotate a tab once (activeTab): the background injects the content script where
   * none answers, then sends it 'sharh/annotate-once'. Use this rather than 'sharh/annotate-once'
   * directly when the site is not switched on (no content script there yet).
   */
  'sharh/annotate-tab': { req: { tabId: number }; res: PageStatus };
  /**
   * The annotator asks for the analysis of its article text. It runs in the background, off the
   * page's main thread (the analysis takes hundreds of ms on a long article). The reply's `text`
   * is '' (the caller has it).
   */
  'sharh/analyse': { req: { text: string; title: string }; res: Analysis };
}

export type ContentType = keyof ToContent;
export type BackgroundType = keyof ToBackground;

export interface Envelope<M, K extends keyof M> {
  type: K;
  data: M[K] extends { req: infer R } ? R : never;
}

const CONTENT_TYPES: readonly ContentType[] = ['sharh/status', 'sharh/reveal', 'sharh/annotate-once', 'sharh/settings-changed'];
const BACKGROUND_TYPES: readonly BackgroundType[] = ['sharh/page-config', 'sharh/load-part', 'sharh/site-changed', 'sharh/annotate-tab', 'sharh/analyse'];
/** Largest article text accepted for analysis (characters; analysis cuts at the same size). */
const MAX_ANALYSE_TEXT = 2_000_000;

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Validate a message addressed to the content script. Unknown or malformed → null. */
export function parseToContent(msg: unknown): Envelope<ToContent, ContentType> | null {
  if (!isObj(msg) || !CONTENT_TYPES.includes(msg.type as ContentType)) return null;
  const data = isObj(msg.data) ? msg.data : {};
  if (msg.type === 'sharh/reveal') {
    if (!isInt(data.start) || !isInt(data.end) || data.end < data.start) return null;
    return { type: 'sharh/reveal', data: { start: data.start, end: data.end, showCard: data.showCard === true } };
  }
  return { type: msg.type as ContentType, data: {} } as Envelope<ToContent, ContentType>;
}

/** Validate a message addressed to the background. Unknown or malformed → null. */
export function parseToBackground(msg: unknown): Envelope<ToBackground, BackgroundType> | null {
  if (!isObj(msg) || !BACKGROUND_TYPES.includes(msg.type as BackgroundType)) return null;
  const data = isObj(msg.data) ? msg.data : {};
  if (msg.type === 'sharh/site-changed') {
    if (typeof data.host !== 'string' || !/^[a-z0-9.-]{1,253}$/i.test(data.host) || typeof data.enabled !== 'boolean') return null;
    return { type: 'sharh/site-changed', data: { host: data.host.toLowerCase(), enabled: data.enabled } };
  }
  if (msg.type === 'sharh/analyse') {
    if (typeof data.text !== 'string' || data.text.length > MAX_ANALYSE_TEXT) return null;
    return { type: 'sharh/analyse', data: { text: data.text, title: typeof data.title === 'string' ? data.title.slice(0, 1000) : '' } };
  }
  if (msg.type === 'sharh/page-config') {
    return { type: 'sharh/page-config', data: { load: data.load === true, force: data.force === true } };
  }
  if (msg.type === 'sharh/load-part') {
    if (!PARTS.includes(data.part as AnnotatorPart)) return null;
    return { type: 'sharh/load-part', data: { part: data.part as AnnotatorPart } };
  }
  if (msg.type === 'sharh/annotate-tab') {
    if (!isInt(data.tabId)) return null;
    return { type: 'sharh/annotate-tab', data: { tabId: data.tabId } };
  }
  return { type: msg.type as BackgroundType, data: {} } as Envelope<ToBackground, BackgroundType>;
}

type Req<M, K extends keyof M> = M[K] extends { req: infer R } ? R : never;
type Res<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;

interface TabsLike { sendMessage(tabId: number, msg: unknown, options?: { frameId?: number }): Promise<unknown> }
interface RuntimeLike { sendMessage(msg: unknown): Promise<unknown> }

/** Send to the content script of a tab (top frame by default). Never throws: a missing content script is `{ok:false}`. */
export async function sendToContent<K extends ContentType>(tabs: TabsLike, tabId: number, type: K, data: Req<ToContent, K>, frameId = 0): Promise<Result<Res<ToContent, K>>> {
  try {
    const res = (await tabs.sendMessage(tabId, { type, data }, { frameId })) as Result<Res<ToContent, K>> | undefined;
    if (!res || typeof res !== 'object' || !('ok' in res)) return err('no-content-script');
    return res;
  } catch (e) {
    return err(e instanceof Error && /Receiving end does not exist|Could not establish connection/i.test(e.message) ? 'no-content-script' : String(e instanceof Error ? e.message : e));
  }
}

/** Send to the background. Never throws. */
export async function sendToBackground<K extends BackgroundType>(runtime: RuntimeLike, type: K, data: Req<ToBackground, K>): Promise<Result<Res<ToBackground, K>>> {
  try {
    const res = (await runtime.sendMessage({ type, data })) as Result<Res<ToBackground, K>> | undefined;
    if (!res || typeof res !== 'object' || !('ok' in res)) return err('no-answer');
    return res;
  } catch (e) {
    return err(String(e instanceof Error ? e.message : e));
  }
}

/**
 * The in-world contract between the small content script and the annotator bundle that the
 * background injects into the same isolated world (`globalThis[GLOBAL_API]`). Types only, plus the
 * version the content script expects (a stale copy left by an older build is replaced).
 */
import type { Analysis, Kind } from '../analysis/types';
import type { AnnotatorPart, ContentType, PageConfig, PageStatus, Result } from '../messaging';
import type { GateResult } from './gate';

export const API_VERSION = '2';

export interface StartOptions {
  host: string;
  kinds: Record<Kind, boolean>;
  colors: Partial<Record<Kind, string>>;
  /** Annotate even if the page is not recognised as an article (toolbar / shortcut "annotate once"). */
  force?: boolean;
  /** The content script's gate result, if it ran. */
  gate?: GateResult | null;
  /** Aborted when the content script's context ends (update, disable, navigation). */
  signal?: AbortSignal;
  /** Analyse the article text (the content script sends it to the background: off the page's thread). */
  analyse(text: string, title: string): Promise<Analysis>;
  /** Have the background inject a later part of the annotator (hover card, Readability); true when it did. */
  loadPart?(part: AnnotatorPart): Promise<boolean>;
}

export interface AnnotatorApi {
  version: string;
  /** Extract, analyse and highlight (replaces any earlier run). */
  start(opts: StartOptions): Promise<PageStatus>;
  /** Remove everything Sharh added to the page. */
  stop(): void;
  /** The page's state with its analysis. */
  status(): Promise<PageStatus>;
  /** Scroll to text[start, end) of the analysis text, flash it, optionally show its card. */
  reveal(start: number, end: number, showCard: boolean): boolean;
}

/**
 * The page's controller, which the annotator bundle brings along (content-controller.ts): the
 * declared gate script hands the page to it once the gate passed (or for "annotate once") and
 * forwards the popup's messages that arrived meanwhile.
 */
export interface ControllerApi {
  /** First run, with what the gate script already knows (its verdict, the background's config). */
  begin(first: { verdict: GateResult | null; config: PageConfig; forced: boolean; switchedOn?: boolean }): Promise<PageStatus>;
  /** Answer a message for the content script (validated by the caller). */
  handle(type: ContentType, data: Record<string, unknown>): Promise<Result<unknown>>;
}

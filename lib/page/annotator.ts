/**
 * The annotator bundle's API object (what `entrypoints/annotator.ts` puts on `globalThis`): at most
 * one Session per document at a time; every method is wrapped so nothing thrown reaches the page.
 */
import type { PageStatus } from '../messaging';
import { API_VERSION, type AnnotatorApi, type StartOptions } from './annotator-api';
import { Session } from './session';

export interface AnnotatorApiWithTimings extends AnnotatorApi {
  /** Figures of the last run (benchmark). */
  readonly lastTimings: Record<string, number>;
}

export function createAnnotatorApi(doc: Document): AnnotatorApiWithTimings {
  let session: Session | null = null;
  let running: Promise<PageStatus> | null = null;
  let last: PageStatus = { state: 'not-article', reason: 'not-started' };
  return {
    version: API_VERSION,
    get lastTimings() {
      return session?.timings ?? {};
    },
    async start(opts: StartOptions) {
      let run: Promise<PageStatus> | null = null;
      try {
        session?.destroy();
        const s = new Session(doc, opts);
        session = s;
        run = s.run();
        running = run;
        const result = await run;
        // A newer start() superseded this run: its result and `running` are not ours to touch.
        if (session !== s) return result;
        running = null;
        last = result;
        if (result.state !== 'article') {
          s.destroy();
          session = null;
        }
        return result;
      } catch (e) {
        if (running === run) running = null;
        return { state: 'error', message: String(e instanceof Error ? e.message : e) };
      }
    },
    stop() {
      try {
        session?.destroy();
      } catch {
        /* never reaches the page */
      }
      session = null;
      last = { state: 'not-article', reason: 'stopped' };
    },
    async status() {
      try {
        if (running) await running;
        if (session && last.state === 'article') return session.status();
        return last;
      } catch (e) {
        return { state: 'error', message: String(e instanceof Error ? e.message : e) };
      }
    },
    reveal(start, end, showCard) {
      try {
        return session?.reveal(start, end, showCard) ?? false;
      } catch {
        return false;
      }
    },
  };
}

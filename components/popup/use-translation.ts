/**
 * The popup's on-device translation, as a small state machine over lib/popup/translator.ts:
 * check availability on open; translate at once when the model is there; otherwise wait for the
 * user's click (a download needs a gesture), show progress, allow cancel, fall back on timeout.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkAvailability, translateTexts, type TranslateResult, type TranslatorFactory } from '../../lib/popup/translator';

export type TranslationState =
  | { s: 'off' }
  | { s: 'checking' }
  | { s: 'absent' }
  | { s: 'unavailable' }
  | { s: 'ready'; availability: 'downloadable' | 'downloading' }
  | { s: 'working'; progress: number | null }
  | { s: 'done'; texts: string[] }
  | { s: 'failed'; reason: 'timeout' | 'cancelled' | 'failed' };

export interface TranslationTimeouts {
  createTimeoutMs?: number;
  translateTimeoutMs?: number;
}

export function useTranslation(translator: TranslatorFactory | null, enabled: boolean, texts: readonly string[], timeouts: TranslationTimeouts = {}) {
  const [state, setState] = useState<TranslationState>(enabled ? { s: 'checking' } : { s: 'off' });
  const ctrl = useRef<AbortController | null>(null);
  const hasText = texts.some((t) => t.trim());

  const start = () => {
    ctrl.current?.abort();
    const c = new AbortController();
    ctrl.current = c;
    setState({ s: 'working', progress: null });
    // translateTexts calls create() synchronously: this must run inside the click (user activation).
    void translateTexts(translator, texts, {
      signal: c.signal,
      onProgress: (f) => ctrl.current === c && setState({ s: 'working', progress: f }),
      ...timeouts,
    }).then((r: TranslateResult) => {
      if (ctrl.current !== c) return; // cancelled by a newer run or by unmounting
      setState(r.ok ? { s: 'done', texts: r.texts } : { s: 'failed', reason: r.reason });
    });
  };

  const cancel = () => ctrl.current?.abort();

  useEffect(() => {
    let alive = true;
    if (!enabled || !hasText) {
      setState({ s: 'off' });
      return;
    }
    setState({ s: 'checking' });
    void checkAvailability(translator).then((a) => {
      if (!alive) return;
      if (a === 'available') start();
      else if (a === 'downloadable' || a === 'downloading') setState({ s: 'ready', availability: a });
      else setState({ s: a });
    });
    return () => {
      alive = false;
      ctrl.current?.abort();
      ctrl.current = null; // a late answer from this run must not overwrite the next run's state
    };
    // The texts are fixed for one article view (keyed by the parent).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [translator, enabled, hasText]);

  return { state, start, cancel };
}

/**
 * The only door to the browser's on-device translator (Chrome's Translator API, ar → en).
 *
 * - It exists only in secure contexts (the popup qualifies; an http page does not) and only in
 *   Chrome; elsewhere `findTranslator` returns null and the popup keeps the offline brief.
 * - Offline, `availability()` may say 'downloadable' while `create()` never settles
 *   (TOOLCHAIN.md "Platform facts"): every step here has a timeout and an abort signal.
 * - `create()` needs a user gesture when a download is due: call `translateTexts` from the click.
 * - Text goes to the browser's local model only; nothing here talks to a server.
 *
 * Tests pass a fake with the same shape (`availability`, `create` with `monitor`, `translate`).
 */

export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface LanguagePair {
  sourceLanguage: string;
  targetLanguage: string;
}

/** What `create()`'s monitor receives: an EventTarget that fires 'downloadprogress'. */
export type CreateMonitor = EventTarget;

export interface TranslatorSession {
  translate(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

export interface TranslatorFactory {
  availability(pair: LanguagePair): Promise<Availability | string>;
  create(options: LanguagePair & { monitor?(m: CreateMonitor): void; signal?: AbortSignal }): Promise<TranslatorSession>;
}

export const AR_EN: LanguagePair = { sourceLanguage: 'ar', targetLanguage: 'en' };

/** How long a language-pack download may take before the popup gives up and keeps the brief. */
const CREATE_TIMEOUT_MS = 20_000;
const TRANSLATE_TIMEOUT_MS = 15_000;
const AVAILABILITY_TIMEOUT_MS = 3_000;

/** The browser's translator, or null (Firefox, older Chrome, insecure context). */
export function findTranslator(scope: object = globalThis): TranslatorFactory | null {
  const t = (scope as { Translator?: unknown }).Translator;
  if ((typeof t === 'function' || (typeof t === 'object' && t !== null)) && typeof (t as TranslatorFactory).availability === 'function' && typeof (t as TranslatorFactory).create === 'function') {
    return t as TranslatorFactory;
  }
  return null;
}

class Stop extends Error {
  constructor(readonly reason: 'timeout' | 'cancelled') {
    super(reason);
  }
}

/** Race a promise against a timer and an abort signal; a promise that never settles is fine. */
function bounded<T>(p: Promise<T>, ms: number, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(new Stop('cancelled'));
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      reject(new Stop('cancelled'));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Stop('timeout'));
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => (done(), resolve(v)),
      (e) => (done(), reject(e)),
    );
  });
}

/** `availability()` for ar → en, or 'absent' when there is no translator. Never throws. */
export async function checkAvailability(t: TranslatorFactory | null, pair: LanguagePair = AR_EN): Promise<Availability | 'absent'> {
  if (!t) return 'absent';
  try {
    const a = await bounded(Promise.resolve(t.availability(pair)), AVAILABILITY_TIMEOUT_MS, new AbortController().signal);
    return a === 'available' || a === 'downloadable' || a === 'downloading' ? a : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

export type TranslateResult = { ok: true; texts: string[] } | { ok: false; reason: 'timeout' | 'cancelled' | 'failed'; message?: string };

export interface TranslateOptions {
  /** Download progress, 0..1 (from the monitor's 'downloadprogress' events). */
  onProgress?(fraction: number): void;
  /** Cancel (the user's button); also passed to `create()` so the browser stops the download. */
  signal?: AbortSignal;
  createTimeoutMs?: number;
  translateTimeoutMs?: number;
  pair?: LanguagePair;
}

/** Fraction done from a progress event: spec events carry `loaded` in 0..1; older ones loaded/total bytes. */
function fractionOf(e: Event): number | null {
  const { loaded, total } = e as Partial<ProgressEvent>;
  if (typeof loaded !== 'number' || !Number.isFinite(loaded)) return null;
  const f = typeof total === 'number' && total > 1 ? loaded / total : loaded;
  return Math.min(1, Math.max(0, f));
}

/**
 * Create a translator (downloading the language pack if needed) and translate `texts` at once.
 * Resolves with the translations in order, or with why it did not (timeout / cancelled / failed).
 * Never throws; the session is destroyed afterwards.
 */
export async function translateTexts(t: TranslatorFactory | null, texts: readonly string[], o: TranslateOptions = {}): Promise<TranslateResult> {
  if (!t) return { ok: false, reason: 'failed', message: 'No on-device translator in this browser.' };
  const inner = new AbortController();
  const onOuterAbort = () => inner.abort();
  o.signal?.addEventListener('abort', onOuterAbort, { once: true });
  if (o.signal?.aborted) inner.abort();
  let session: TranslatorSession | undefined;
  try {
    // Called synchronously: when a download is due, create() needs the click's user activation.
    let created: Promise<TranslatorSession>;
    try {
      created = Promise.resolve(
        t.create({
          ...(o.pair ?? AR_EN),
          signal: inner.signal,
          monitor(m) {
            m.addEventListener('downloadprogress', (e) => {
              const f = fractionOf(e);
              if (f !== null && !inner.signal.aborted) o.onProgress?.(f);
            });
          },
        }),
      );
    } catch (e) {
      created = Promise.reject(e);
    }
    // A session that arrives after we gave up is destroyed, not leaked.
    created.then((s) => inner.signal.aborted && s.destroy?.(), () => {});
    session = await bounded(created, o.createTimeoutMs ?? CREATE_TIMEOUT_MS, inner.signal);
    const s = session;
    const out = await bounded(
      Promise.all(texts.map((x) => (x.trim() ? s.translate(x, { signal: inner.signal }) : Promise.resolve('')))),
      o.translateTimeoutMs ?? TRANSLATE_TIMEOUT_MS,
      inner.signal,
    );
    return { ok: true, texts: out.map((x) => String(x ?? '')) };
  } catch (e) {
    if (e instanceof Stop) {
      inner.abort();
      return { ok: false, reason: e.reason };
    }
    if (o.signal?.aborted || (e instanceof DOMException && e.name === 'AbortError')) return { ok: false, reason: 'cancelled' };
    return { ok: false, reason: 'failed', message: e instanceof Error ? e.message : String(e) };
  } finally {
    o.signal?.removeEventListener('abort', onOuterAbort);
    try {
      session?.destroy?.();
    } catch {
      /* already gone */
    }
  }
}

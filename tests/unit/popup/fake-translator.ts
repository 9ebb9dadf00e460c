/**
 * A fake of Chrome's Translator API with the real shape: static `availability()`, static
 * `create({sourceLanguage, targetLanguage, monitor, signal})` firing 'downloadprogress' events on the
 * monitor (`loaded` in 0..1), instances with `translate()` and `destroy()`. Abortable like the real one.
 */
import type { Availability, CreateMonitor, LanguagePair, TranslatorFactory, TranslatorSession } from '../../../lib/popup/translator';

export interface FakeOptions {
  availability: Availability;
  /** Progress fractions reported during create (one per `stepMs`). */
  progress?: number[];
  stepMs?: number;
  /** 'never': create() never settles (Chromium offline); 'reject': it fails. */
  create?: 'ok' | 'never' | 'reject';
  translate?(text: string): string;
  /** Drive the download by hand: `progress(f)` fires an event, `finish()` resolves create(). */
  manual?: boolean;
}

export interface FakeTranslator extends TranslatorFactory {
  calls: { availability: LanguagePair[]; create: (LanguagePair & { signal?: AbortSignal })[]; translate: string[]; destroyed: number };
  /** With `manual`: report download progress on the last create()'s monitor. */
  progress(loaded: number): void;
  /** With `manual`: let the last create() resolve. */
  finish(): void;
}

const abortError = () => new DOMException('The operation was aborted.', 'AbortError');

export function fakeTranslator(o: FakeOptions): FakeTranslator {
  const calls: FakeTranslator['calls'] = { availability: [], create: [], translate: [], destroyed: 0 };
  const session = (): TranslatorSession => ({
    async translate(text) {
      calls.translate.push(text);
      return (o.translate ?? ((t: string) => `EN(${t.length})`))(text);
    },
    destroy() {
      calls.destroyed++;
    },
  });
  let monitorNow: CreateMonitor | null = null;
  let finishNow: (() => void) | null = null;
  return {
    calls,
    progress: (loaded) => monitorNow?.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded, total: 1 })),
    finish: () => finishNow?.(),
    async availability(pair) {
      calls.availability.push(pair);
      return o.availability;
    },
    create(opts) {
      calls.create.push({ sourceLanguage: opts.sourceLanguage, targetLanguage: opts.targetLanguage, ...(opts.signal ? { signal: opts.signal } : {}) });
      const monitor: CreateMonitor = new EventTarget();
      opts.monitor?.(monitor);
      monitorNow = monitor;
      if (o.create === 'never') return new Promise<TranslatorSession>(() => {});
      if (o.manual) {
        return new Promise<TranslatorSession>((resolve, reject) => {
          finishNow = () => resolve(session());
          opts.signal?.addEventListener('abort', () => reject(abortError()));
        });
      }
      return new Promise<TranslatorSession>((resolve, reject) => {
        if (opts.signal?.aborted) return reject(abortError());
        const steps = o.availability === 'available' ? [] : [...(o.progress ?? [0, 0.5, 1])];
        const timers: ReturnType<typeof setTimeout>[] = [];
        opts.signal?.addEventListener('abort', () => {
          timers.forEach(clearTimeout);
          reject(abortError());
        });
        steps.forEach((loaded, i) =>
          timers.push(setTimeout(() => monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded, total: 1 })), (i + 1) * (o.stepMs ?? 10))),
        );
        timers.push(
          setTimeout(() => (o.create === 'reject' ? reject(new Error('model failed')) : resolve(session())), (steps.length + 1) * (o.stepMs ?? 10)),
        );
      });
    },
  };
}

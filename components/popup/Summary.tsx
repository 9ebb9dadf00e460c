/**
 * The English summary: the offline brief (always), and the on-device machine translation of the
 * chosen sentences where the browser has a translator (see use-translation.ts).
 */
import type { TranslationState } from './use-translation';

export function Summary(props: { brief: string; translation: TranslationState; sentenceCount: number; onTranslate(): void; onCancel(): void }) {
  const t = props.translation;
  return (
    <section class="summary" aria-labelledby="brief-h">
      <h2 id="brief-h">In brief</h2>
      <p class="brief">{props.brief || 'No English brief could be composed for this article.'}</p>
      <TranslationBlock t={t} count={props.sentenceCount} onTranslate={props.onTranslate} onCancel={props.onCancel} />
    </section>
  );
}

function TranslationBlock({ t, count, onTranslate, onCancel }: { t: TranslationState; count: number; onTranslate(): void; onCancel(): void }) {
  switch (t.s) {
    case 'off':
    case 'checking':
    case 'absent':
    case 'unavailable':
      return null;
    case 'ready':
      return (
        <div class="translate">
          <button type="button" onClick={onTranslate}>
            Translate {count > 0 ? `${count} key sentence${count === 1 ? '' : 's'}` : 'the headline'} on this device
          </button>
          <p class="muted small">
            {t.availability === 'downloading' ? 'The browser is fetching its Arabic → English model.' : 'The browser first downloads its Arabic → English model, once.'} Text never
            leaves your device.
          </p>
        </div>
      );
    case 'working':
      return (
        <div class="translate" role="status">
          <label class="progress-row">
            <span>{t.progress === null ? 'Preparing the translator…' : `Downloading the language model… ${Math.round(t.progress * 100)}%`}</span>
            <progress max={1} value={t.progress ?? undefined} aria-label="Translation model download" />
          </label>
          <button type="button" onClick={onCancel}>Cancel</button>
        </div>
      );
    case 'failed':
      return (
        <div class="translate" role="status">
          <p class="muted small">
            {t.reason === 'cancelled' ? 'Translation cancelled.' : t.reason === 'timeout' ? 'The translator did not get ready in time (offline?).' : 'The translator failed.'} The brief above is
            composed from the facts.
          </p>
          <button type="button" onClick={onTranslate}>Try again</button>
        </div>
      );
    case 'done': {
      const sentences = t.texts.slice(1).filter((x) => x.trim());
      if (sentences.length === 0) return null;
      return (
        <div class="translation">
          <h3>Key sentences</h3>
          <p class="mt-label">Machine translation done on this device</p>
          <ul>
            {sentences.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ul>
        </div>
      );
    }
  }
}

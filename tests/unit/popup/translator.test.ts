import { afterEach, describe, expect, it, vi } from 'vitest';
import { AR_EN, checkAvailability, findTranslator, translateTexts } from '../../../lib/popup/translator';
import { fakeTranslator } from './fake-translator';

afterEach(() => vi.useRealTimers());

describe('findTranslator', () => {
  it('finds a Translator with the API’s shape, and nothing otherwise', () => {
    const t = fakeTranslator({ availability: 'available' });
    expect(findTranslator({ Translator: t })).toBe(t);
    expect(findTranslator({})).toBeNull();
    expect(findTranslator({ Translator: { create() {} } })).toBeNull();
    // Node has no Translator: the popup's default scope in tests is "no translator at all".
    expect(findTranslator()).toBeNull();
  });
});

describe('checkAvailability', () => {
  it('asks for ar → en', async () => {
    const t = fakeTranslator({ availability: 'downloadable' });
    expect(await checkAvailability(t)).toBe('downloadable');
    expect(t.calls.availability).toEqual([AR_EN]);
  });
  it('says absent without a translator and unavailable for odd answers or errors', async () => {
    expect(await checkAvailability(null)).toBe('absent');
    expect(await checkAvailability({ availability: async () => 'readily', create: async () => ({ translate: async () => '' }) })).toBe('unavailable');
    expect(await checkAvailability({ availability: async () => Promise.reject(new Error('x')), create: async () => ({ translate: async () => '' }) })).toBe('unavailable');
  });
});

describe('translateTexts', () => {
  it('available: translates the headline and sentences at once, then destroys the session', async () => {
    const t = fakeTranslator({ availability: 'available', translate: (s) => `<${s}>` });
    const progress: number[] = [];
    const r = await translateTexts(t, ['عنوان', 'جملة', ''], { onProgress: (f) => progress.push(f) });
    expect(r).toEqual({ ok: true, texts: ['<عنوان>', '<جملة>', ''] });
    expect(t.calls.create).toEqual([expect.objectContaining(AR_EN)]);
    expect(t.calls.translate).toEqual(['عنوان', 'جملة']);
    expect(t.calls.destroyed).toBe(1);
    expect(progress).toEqual([]);
  });

  it('downloadable: reports the monitor’s download progress, then translates', async () => {
    const t = fakeTranslator({ availability: 'downloadable', progress: [0, 0.25, 0.75, 1] });
    const progress: number[] = [];
    const r = await translateTexts(t, ['نص'], { onProgress: (f) => progress.push(f) });
    expect(progress).toEqual([0, 0.25, 0.75, 1]);
    expect(r.ok).toBe(true);
  });

  it('reads byte-count progress events (loaded/total) as fractions too', async () => {
    const t = fakeTranslator({ availability: 'downloadable', progress: [] });
    const progress: number[] = [];
    const create = t.create.bind(t);
    t.create = (o) => {
      const p = create({ ...o, monitor: (m) => { o.monitor?.(m); setTimeout(() => m.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded: 50, total: 200 })), 1); } });
      return p;
    };
    await translateTexts(t, ['نص'], { onProgress: (f) => progress.push(f) });
    expect(progress).toEqual([0.25]);
  });

  it('cancel: aborts create() (the signal reaches the browser) and reports cancelled', async () => {
    const t = fakeTranslator({ availability: 'downloadable', progress: [0, 0.1, 0.2, 0.3], stepMs: 20 });
    const ctrl = new AbortController();
    const progress: number[] = [];
    const p = translateTexts(t, ['نص'], { signal: ctrl.signal, onProgress: (f) => { progress.push(f); if (f >= 0.1) ctrl.abort(); } });
    expect(await p).toEqual({ ok: false, reason: 'cancelled' });
    expect(t.calls.create[0]!.signal!.aborted).toBe(true);
    expect(progress).toEqual([0, 0.1]);
    expect(t.calls.translate).toEqual([]);
  });

  it('create() that never settles (offline Chromium): times out and falls back', async () => {
    vi.useFakeTimers();
    const t = fakeTranslator({ availability: 'downloadable', create: 'never' });
    const p = translateTexts(t, ['نص'], { createTimeoutMs: 20_000 });
    await vi.advanceTimersByTimeAsync(19_999);
    let settled = false;
    void p.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(await p).toEqual({ ok: false, reason: 'timeout' });
    expect(t.calls.create[0]!.signal!.aborted).toBe(true);
  });

  it('a failing model: reports failed with the message', async () => {
    const t = fakeTranslator({ availability: 'downloadable', create: 'reject', progress: [] });
    expect(await translateTexts(t, ['نص'])).toEqual({ ok: false, reason: 'failed', message: 'model failed' });
  });

  it('no translator at all: fails cleanly', async () => {
    expect(await translateTexts(null, ['نص'])).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('an already aborted signal never starts a download', async () => {
    const t = fakeTranslator({ availability: 'downloadable' });
    const ctrl = new AbortController();
    ctrl.abort();
    expect(await translateTexts(t, ['نص'], { signal: ctrl.signal })).toEqual({ ok: false, reason: 'cancelled' });
  });
});

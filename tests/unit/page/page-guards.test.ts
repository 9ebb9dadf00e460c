// @vitest-environment happy-dom
/**
 * The page bundles' guards and retries: the annotator bundle replaces a stale or half-started copy,
 * the gate script replaces an orphaned copy and drops its navigation hooks once orphaned, and the
 * hover card's bundle is not asked for on every frame after it failed to load.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CONTROLLER_API, GATE_SCRIPT, GLOBAL_API } from '../../../lib/page/constants';
import type { NativeBrowser, OnMessage } from '../../../lib/page/native-browser';

const startController = vi.fn();
const createAnnotatorApi = vi.fn();
vi.mock('../../../lib/page/content-controller', () => ({ startController: (...a: unknown[]) => startController(...a) }));
vi.mock('../../../lib/page/annotator', () => ({ createAnnotatorApi: (...a: unknown[]) => createAnnotatorApi(...a) }));

type G = Record<string, unknown>;
const g = globalThis as unknown as G;

beforeEach(() => {
  delete g[GLOBAL_API];
  delete g[CONTROLLER_API];
  delete g[GATE_SCRIPT];
  startController.mockReset();
  createAnnotatorApi.mockReset();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('annotator bundle: double-load guard', () => {
  const main = async () => ((await import('../../../entrypoints/annotator')).default as unknown as { main(): void }).main();

  test('a stale copy from an older build is replaced', async () => {
    g[GLOBAL_API] = { version: '1' };
    g[CONTROLLER_API] = { old: true };
    const api = { version: (await import('../../../lib/page/annotator-api')).API_VERSION };
    createAnnotatorApi.mockReturnValue(api);
    startController.mockReturnValue({ fresh: true });
    await main();
    expect(startController).toHaveBeenCalledTimes(1);
    expect(g[CONTROLLER_API]).toEqual({ fresh: true });
    expect(g[GLOBAL_API]).toBe(api);
  });

  test('a copy whose controller failed to start is replaced; a started one is kept', async () => {
    const { API_VERSION: v } = await import('../../../lib/page/annotator-api');
    createAnnotatorApi.mockReturnValue({ version: v });
    startController.mockImplementationOnce(() => {
      throw new Error('first run failed');
    });
    await main();
    expect(g[CONTROLLER_API]).toBeUndefined();
    expect(g[GLOBAL_API]).toBeUndefined(); // set only once the controller started
    startController.mockReturnValue({ started: true });
    await main();
    expect(startController).toHaveBeenCalledTimes(2);
    expect(g[CONTROLLER_API]).toEqual({ started: true });
    await main();
    expect(startController).toHaveBeenCalledTimes(2); // this build's started copy stays
  });

  test('API_VERSION moved past the builds that set no controller', async () => {
    const { API_VERSION: v } = await import('../../../lib/page/annotator-api');
    expect(v).not.toBe('1');
  });
});

function fakeBrowser(id: string | undefined): NativeBrowser & { listeners: OnMessage[]; runtime: { id?: string } } {
  const listeners: OnMessage[] = [];
  return {
    listeners,
    runtime: {
      id,
      sendMessage: vi.fn(async () => ({ ok: false, error: 'test' })),
      onMessage: { addListener: (cb: OnMessage) => listeners.push(cb), removeListener: (cb: OnMessage) => listeners.splice(listeners.indexOf(cb), 1) },
    },
  };
}

describe('gate script', () => {
  test('injected again where a live copy runs: keeps it; where the copy is orphaned: starts again', async () => {
    const { startGateScript } = await import('../../../lib/page/gate-script');
    const first = fakeBrowser('ext');
    startGateScript(document, first);
    expect(first.listeners).toHaveLength(1);
    const again = fakeBrowser('ext');
    startGateScript(document, again);
    expect(again.listeners).toHaveLength(0);
    first.runtime.id = undefined; // the extension was updated or disabled
    const fresh = fakeBrowser('ext');
    startGateScript(document, fresh);
    expect(fresh.listeners).toHaveLength(1);
    first.runtime.id = 'ext';
  });

  test('the fallback navigation hooks go once the extension is gone, the interval once the controller exists', async () => {
    vi.useFakeTimers();
    const { startGateScript } = await import('../../../lib/page/gate-script');
    const nav = (globalThis as { navigation?: unknown }).navigation;
    // happy-dom may or may not have the Navigation API: test the popstate + interval fallback.
    Object.defineProperty(globalThis, 'navigation', { value: undefined, configurable: true, writable: true });
    try {
      const removed = vi.spyOn(globalThis, 'removeEventListener');
      const b = fakeBrowser('ext');
      startGateScript(document, b);
      expect(vi.getTimerCount()).toBe(1); // the once-a-second address check
      b.runtime.id = undefined;
      vi.advanceTimersByTime(1000);
      expect(vi.getTimerCount()).toBe(0);
      expect(removed).toHaveBeenCalledWith('popstate', expect.any(Function));

      delete g[GATE_SCRIPT];
      const c = fakeBrowser('ext');
      startGateScript(document, c);
      expect(vi.getTimerCount()).toBe(1);
      g[CONTROLLER_API] = {};
      vi.advanceTimersByTime(1000);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      Object.defineProperty(globalThis, 'navigation', { value: nav, configurable: true, writable: true });
    }
  });

  test('with the Navigation API: the navigate listener goes once the extension is gone', async () => {
    const { startGateScript } = await import('../../../lib/page/gate-script');
    const nav = (globalThis as { navigation?: unknown }).navigation;
    const added: unknown[] = [];
    const removed: unknown[] = [];
    const fake = { addEventListener: (_t: string, cb: unknown) => added.push(cb), removeEventListener: (_t: string, cb: unknown) => removed.push(cb) };
    Object.defineProperty(globalThis, 'navigation', { value: fake, configurable: true, writable: true });
    try {
      const b = fakeBrowser('ext');
      startGateScript(document, b);
      expect(added).toHaveLength(1);
      b.runtime.id = undefined;
      (added[0] as () => void)();
      expect(removed).toEqual(added);
    } finally {
      Object.defineProperty(globalThis, 'navigation', { value: nav, configurable: true, writable: true });
    }
  });
});

describe('gate script: switch-on where the gate passed and nothing was loaded', () => {
  test('sharh/settings-changed asks the background to load the bundle again', async () => {
    const { startGateScript } = await import('../../../lib/page/gate-script');
    const gate = await import('../../../lib/page/gate');
    vi.spyOn(gate, 'gate').mockReturnValue({ pass: true, ms: 0 } as never);
    const b = fakeBrowser('ext');
    const asked: unknown[] = [];
    let enabled = false;
    const controller = { begin: vi.fn(async () => ({ state: 'running' })), handle: vi.fn() };
    b.runtime.sendMessage = vi.fn(async (m: unknown) => {
      asked.push(m);
      if (enabled) g[CONTROLLER_API] = controller; // the background injected the bundle
      return { ok: true, value: { host: 'x', enabled, reason: enabled ? null : 'site', kinds: {}, colors: {}, loaded: enabled } };
    });
    startGateScript(document, b);
    await vi.waitFor(() => expect(asked).toHaveLength(1)); // gate passed, Sharh off: nothing loaded
    enabled = true;
    const answer = await new Promise((resolve) => b.listeners[0]!({ type: 'sharh/settings-changed', data: {} }, {}, resolve));
    expect(answer).toEqual({ ok: true, value: true });
    expect(asked).toEqual([
      { type: 'sharh/page-config', data: { load: true, force: false } },
      { type: 'sharh/page-config', data: { load: true, force: false } },
    ]);
    expect(controller.begin).toHaveBeenCalledTimes(1);
    expect(controller.begin).toHaveBeenCalledWith(expect.objectContaining({ forced: false, switchedOn: true }));
  });
});

describe('hover card bundle', () => {
  test('after a failed load, hovering asks again no sooner than CARD_RETRY_MS', async () => {
    vi.useFakeTimers();
    const { Session, CARD_RETRY_MS } = await import('../../../lib/page/session');
    const loadPart = vi.fn(async () => false);
    const s = new Session(document, { host: 'x', kinds: {} as never, colors: {}, analyse: async () => ({}) as never, loadPart });
    const hover = () => (s as unknown as { loadCard(id: number, rect: DOMRect): void }).loadCard(0, new DOMRect());
    hover();
    await vi.advanceTimersByTimeAsync(0);
    expect(loadPart).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10; i++) {
      hover();
      await vi.advanceTimersByTimeAsync(16);
    }
    expect(loadPart).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(CARD_RETRY_MS);
    hover();
    await vi.advanceTimersByTimeAsync(0);
    expect(loadPart).toHaveBeenCalledTimes(2);
  });
});

/**
 * The extension API object as the browser itself provides it, without webextension-polyfill:
 * `browser` in Firefox, `chrome` in Chromium (the same test as WXT's own `@wxt-dev/browser`).
 *
 * Why the content script does without the polyfill (background, popup, options and the injected
 * annotator keep it, through WXT's module): the content script is evaluated on every matched page,
 * and evaluating the polyfill's wrappers plus WXT storage's set-up cost ≈ 8 ms of main thread per
 * page load in Chromium, against issue 4's target of under 1 ms on a non-article page. It uses only
 * what both browsers offer natively in the same shape:
 * - `runtime.sendMessage(msg)` returns a promise (Chromium MV3 and Firefox);
 * - `runtime.onMessage` listeners answer through `sendResponse` and `return true` (the polyfill's
 *   "return a promise" form is not native in Chromium);
 * - `runtime.id` (undefined once the extension is updated or disabled).
 * No page script touches `storage` (the background owns the settings and announces changes), so
 * its bindings are never instantiated in the page.
 * The build aliases `wxt/browser` to this module for the content script only (wxt.config.ts), so
 * WXT's ContentScriptContext uses the same object. Messages stay typed by lib/messaging.ts.
 */

export interface NativeEvent<F> {
  addListener(cb: F): void;
  removeListener(cb: F): void;
}

export type OnMessage = (msg: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined;

export interface NativeBrowser {
  runtime: {
    id?: string;
    sendMessage(msg: unknown): Promise<unknown>;
    onMessage: NativeEvent<OnMessage>;
  };
}

type Globals = { browser?: NativeBrowser; chrome?: NativeBrowser };
const g = globalThis as Globals;

export const browser: NativeBrowser = (g.browser?.runtime?.id ? g.browser : g.chrome) as NativeBrowser;

/**
 * Our own place in the page: one `<sharh-ui data-sharh="ui">` host appended to
 * `document.documentElement`, with an open shadow root (end-to-end tests read the card through it; it holds nothing the page
 * does not already show), styled by an adopted sheet (no inline
 * <style> needed under a strict CSP). The text map skips it; `destroy()` removes it.
 * Tiny and free of Preact, so the content script can use it for the live region too.
 */
import { ATTR, UI_TAG } from './constants';
import { adoptCss } from './styles';

export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  destroy(): void;
}

export function createUiHost(doc: Document, css: string, role: string): UiHost {
  const host = doc.createElement(UI_TAG);
  host.setAttribute(ATTR, 'ui');
  host.setAttribute(`${ATTR}-role`, role);
  // CSSOM writes (not a style attribute in markup): allowed under a strict style-src CSP.
  const st = host.style;
  st.setProperty('all', 'initial', 'important');
  st.setProperty('position', 'fixed', 'important');
  st.setProperty('top', '0', 'important');
  st.setProperty('left', '0', 'important');
  st.setProperty('width', '0', 'important');
  st.setProperty('height', '0', 'important');
  st.setProperty('z-index', '2147483647', 'important');
  st.setProperty('pointer-events', 'none', 'important');
  const root = host.attachShadow({ mode: 'open' });
  const removeCss = adoptCss(root, css);
  doc.documentElement.appendChild(host);
  return {
    host,
    root,
    destroy() {
      removeCss();
      host.remove();
    },
  };
}

const LIVE_CSS = `:host { all: initial; } .sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }`;

/**
 * A polite live region for switch changes (issue 4 §6). Created on first use; the message is set
 * a beat after the region exists so screen readers notice it; the host goes away after a while.
 */
export function createAnnouncer(doc: Document, signal: AbortSignal): (msg: string) => void {
  let ui: UiHost | null = null;
  let region: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let removeTimer: ReturnType<typeof setTimeout> | undefined;
  const teardown = () => {
    clearTimeout(timer);
    clearTimeout(removeTimer);
    ui?.destroy();
    ui = null;
    region = null;
  };
  signal.addEventListener('abort', teardown, { once: true });
  return (msg: string) => {
    if (signal.aborted) return;
    try {
      if (!ui || !ui.host.isConnected) {
        ui = createUiHost(doc, LIVE_CSS, 'live');
        region = doc.createElement('div');
        region.className = 'sr-only';
        region.setAttribute('role', 'status');
        region.setAttribute('aria-live', 'polite');
        ui.root.appendChild(region);
      }
      clearTimeout(timer);
      clearTimeout(removeTimer);
      const r = region!;
      r.textContent = '';
      timer = setTimeout(() => {
        r.textContent = msg;
      }, 120);
      removeTimer = setTimeout(teardown, 8000);
    } catch {
      /* announcing must never break the page */
    }
  };
}

/**
 * The hover card's lifecycle and placement. Renders `HoverCard` with Preact into our shadow host
 * and places it next to the word — below it, or above when there is no room, or beside it — so it
 * never covers the word itself.
 */
import { render, h } from 'preact';
import { HoverCard, HOVER_CARD_CSS, type CardData } from '../../components/HoverCard';
import { createUiHost, type UiHost } from './ui-host';

export interface Card {
  show(data: CardData, anchor: DOMRect): void;
  hide(): void;
  readonly open: boolean;
  destroy(): void;
}

const GAP = 8;
const MARGIN = 4;

/** Where to put a w×h box next to `a` in a vw×vh viewport without covering `a`. */
export function placeCard(a: { left: number; right: number; top: number; bottom: number }, w: number, h: number, vw: number, vh: number): { left: number; top: number } {
  const clampX = (x: number) => Math.max(MARGIN, Math.min(x, vw - w - MARGIN));
  const clampY = (y: number) => Math.max(MARGIN, Math.min(y, vh - h - MARGIN));
  // RTL text: align the card's right edge with the word's right edge.
  const x = clampX(a.right - w);
  if (a.bottom + GAP + h <= vh - MARGIN) return { left: x, top: a.bottom + GAP };
  if (a.top - GAP - h >= MARGIN) return { left: x, top: a.top - GAP - h };
  // Neither fits: beside the word, on the side with more room.
  const right = vw - a.right;
  const left = a.left;
  return right >= left ? { left: Math.min(a.right + GAP, vw - w - MARGIN), top: clampY(a.top) } : { left: Math.max(MARGIN, a.left - GAP - w), top: clampY(a.top) };
}

export function createCard(doc: Document): Card {
  let ui: UiHost | null = null;
  let mount: HTMLElement | null = null;
  let open = false;
  const ensure = () => {
    if (ui && ui.host.isConnected) return;
    ui?.destroy();
    ui = createUiHost(doc, HOVER_CARD_CSS, 'card');
    mount = doc.createElement('div');
    ui.root.appendChild(mount);
  };
  return {
    get open() {
      return open;
    },
    show(data, anchor) {
      ensure();
      render(h(HoverCard, { data, id: 'sharh-card' }), mount!);
      const el = mount!.firstElementChild as HTMLElement | null;
      if (!el) return;
      el.style.visibility = 'hidden';
      el.style.left = '0px';
      el.style.top = '0px';
      const box = el.getBoundingClientRect();
      const view = doc.defaultView!;
      const pos = placeCard(anchor, box.width || 240, box.height || 100, view.innerWidth, view.innerHeight);
      el.style.left = `${Math.round(pos.left)}px`;
      el.style.top = `${Math.round(pos.top)}px`;
      el.style.visibility = 'visible';
      open = true;
    },
    hide() {
      if (mount) render(null, mount);
      open = false;
    },
    destroy() {
      if (mount) render(null, mount);
      ui?.destroy();
      ui = null;
      mount = null;
      open = false;
    },
  };
}

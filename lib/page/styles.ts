/**
 * Highlight colours and the non-colour cue per kind (issue 4 §2). Backgrounds are translucent so
 * they tint light and dark pages alike without touching the text colour; each kind also has its
 * own underline style, so colour is never the only cue.
 *
 * Also: injecting a stylesheet without adding nodes (`adoptedStyleSheets`, fine under a strict
 * CSP), with a `<style>` fallback where a content script may not adopt sheets (Firefox: assigning
 * `document.adoptedStyleSheets` from a content script throws, mdn/browser-compat-data#25003).
 */
import type { Kind } from '../analysis/types';
import { KINDS } from '../analysis/types';
import { ATTR, FLASH_HIGHLIGHT, MARK_TAG, highlightName } from './constants';

export interface KindStyle {
  /** Base colour (r, g, b). */
  rgb: readonly [number, number, number];
  underline: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
  thickness: string;
  label: string;
}

export const KIND_STYLES: Record<Kind, KindStyle> = {
  person: { rgb: [230, 126, 0], underline: 'solid', thickness: '2px', label: 'Person' },
  organization: { rgb: [40, 120, 230], underline: 'double', thickness: '3px', label: 'Organization' },
  place: { rgb: [30, 150, 70], underline: 'dotted', thickness: '3px', label: 'Place' },
  product: { rgb: [150, 70, 210], underline: 'dashed', thickness: '2px', label: 'Product' },
  number: { rgb: [120, 120, 120], underline: 'wavy', thickness: '1px', label: 'Number' },
  money: { rgb: [200, 160, 0], underline: 'double', thickness: '3px', label: 'Money' },
  percent: { rgb: [0, 160, 160], underline: 'dashed', thickness: '2px', label: 'Percent' },
  quantity: { rgb: [210, 60, 120], underline: 'solid', thickness: '3px', label: 'Quantity' },
  date: { rgb: [140, 110, 60], underline: 'dotted', thickness: '2px', label: 'Date' },
};

const rgba = ([r, g, b]: readonly [number, number, number], a: number) => `rgba(${r}, ${g}, ${b}, ${a})`;

/** Declarations for one kind; `custom` is a user colour from settings (validated there). */
function decls(kind: Kind, custom?: string): string {
  const st = KIND_STYLES[kind];
  const bg = custom ? `color-mix(in srgb, ${custom} 30%, transparent)` : rgba(st.rgb, 0.26);
  const line = custom ?? rgba(st.rgb, 0.95);
  return `background-color: ${bg}; text-decoration-line: underline; text-decoration-style: ${st.underline}; text-decoration-color: ${line}; text-decoration-thickness: ${st.thickness};`;
}

/**
 * The page stylesheet for one drawing mode: `::highlight(sharh-<kind>)` rules only where the CSS
 * Custom Highlight API draws (ten rules that match no element, so adopting them costs the page one
 * cheap style pass), or the same look for the `<sharh-mark>` fallback.
 */
export function pageCss(colors: Partial<Record<Kind, string>> = {}, mode: 'highlight' | 'marks' = 'highlight'): string {
  const out: string[] = [];
  if (mode === 'highlight') {
    for (const k of KINDS) out.push(`::highlight(${highlightName(k)}) { ${decls(k, colors[k])} }`);
    out.push(`::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(255, 214, 0, 0.75); color: #000; }`);
  } else {
    for (const k of KINDS) out.push(`${MARK_TAG}[${ATTR}-kind="${k}"] { ${decls(k, colors[k])} }`);
    out.push(`${MARK_TAG} { all: unset; display: inline; }`);
    out.push(`${MARK_TAG}[${ATTR}-flash] { background-color: rgba(255, 214, 0, 0.75); color: #000; }`);
  }
  return out.join('\n');
}

/**
 * Add a stylesheet to a document or shadow root; returns its exact inverse. Prefers
 * `adoptedStyleSheets` (no node added, allowed under strict CSP), falls back to a `<style>`.
 */
export function adoptCss(target: Document | ShadowRoot, css: string): () => void {
  const doc = 'ownerDocument' in target && target.ownerDocument ? target.ownerDocument : (target as Document);
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? globalThis.CSSStyleSheet;
    const sheet = new Sheet();
    if (typeof sheet.replaceSync !== 'function') throw new Error('no constructable sheets');
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    if (!target.adoptedStyleSheets.includes(sheet)) throw new Error('not adopted');
    return () => {
      try {
        target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        /* document gone */
      }
    };
  } catch {
    const style = doc.createElement('style');
    style.setAttribute(ATTR, 'style');
    style.textContent = css;
    const parent = 'head' in target ? (target.head ?? target.documentElement) : target;
    parent.appendChild(style);
    return () => style.remove();
  }
}

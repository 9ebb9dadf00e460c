/**
 * The in-page hover card (issue 4 §3): English rendering, kind, value, the Arabic original and the
 * number of mentions. Rendered by Preact into our own shadow root, so every piece of page text is a
 * text node — nothing here ever goes through innerHTML. Arabic and English are bidi-isolated.
 */
import type { Kind } from '../lib/analysis/types';
import { KIND_STYLES } from '../lib/page/styles';

export interface CardData {
  kind: Kind;
  english: string;
  /** Arabic original as it appears in the page. */
  text: string;
  value?: number | string;
  unit?: string;
  qualifier?: string;
  mentions: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A human form of `value` (5600000 + USD → "5,600,000 USD"; "--01-20" → "January 20"). */
export function formatValue(d: Pick<CardData, 'kind' | 'value' | 'unit' | 'qualifier'>): string {
  const { value, unit, qualifier } = d;
  if (value === undefined || value === null || value === '') return '';
  let s: string;
  if (typeof value === 'number') {
    s = Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(value);
    if (d.kind === 'percent') s += '%';
    else if (unit) s += ` ${unit}`;
  } else {
    const m = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?$/.exec(value);
    if (d.kind === 'date' && m) {
      const [, y, mo, da] = m;
      const month = mo ? MONTHS[Number(mo) - 1] : undefined;
      s = [month, da ? String(Number(da)) + (y && y !== '-' ? ',' : '') : '', y && y !== '-' ? y : ''].filter(Boolean).join(' ');
    } else s = value;
  }
  return qualifier ? `${qualifier} ${s}` : s;
}

export function HoverCard({ data, id }: { data: CardData; id?: string }) {
  const kind = KIND_STYLES[data.kind];
  const value = formatValue(data);
  const [r, g, b] = kind.rgb;
  return (
    <div class="card" id={id} role="tooltip" lang="en" dir="ltr">
      <div class="english">
        <bdi>{data.english}</bdi>
      </div>
      <div class="meta">
        <span class="kind" style={{ borderColor: `rgb(${r}, ${g}, ${b})`, textDecorationStyle: kind.underline }}>
          {kind.label}
        </span>
        {value && value !== data.english ? <span class="value">{value}</span> : null}
      </div>
      <div class="arabic">
        <bdi dir="rtl" lang="ar">
          {data.text}
        </bdi>
      </div>
      <div class="mentions">{data.mentions === 1 ? '1 mention' : `${data.mentions} mentions`} in this article</div>
    </div>
  );
}

/** The card's stylesheet (adopted into our shadow root). */
export const HOVER_CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; top: 0; left: 0; max-width: 320px; min-width: 160px; box-sizing: border-box;
  padding: 10px 12px; border-radius: 8px; border: 1px solid rgba(0,0,0,.18);
  background: #ffffff; color: #1b1b1b; box-shadow: 0 6px 24px rgba(0,0,0,.22);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Naskh Arabic", Tahoma, sans-serif;
  pointer-events: none; unicode-bidi: isolate; text-align: left;
}
@media (prefers-color-scheme: dark) {
  .card { background: #23262b; color: #f1f1f1; border-color: rgba(255,255,255,.2); }
}
.english { font-size: 16px; font-weight: 600; margin-bottom: 4px; overflow-wrap: anywhere; }
.meta { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; font-size: 12px; opacity: .9; }
.kind { border-bottom: 2px solid; text-transform: uppercase; letter-spacing: .04em; font-size: 11px; }
.value { font-variant-numeric: tabular-nums; }
.arabic { margin-top: 6px; font-size: 16px; text-align: right; font-family: "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, serif; }
.mentions { margin-top: 4px; font-size: 12px; opacity: .75; }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

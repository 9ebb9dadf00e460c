/**
 * Copy and export of the key facts: Markdown for the clipboard, CSV and JSON downloads.
 * Pure string builders plus one small download helper (Blob + object URL + `<a download>`).
 */
import type { Analysis } from '../analysis/types';
import { KIND_LABEL, type FactGroup } from './fact-groups';

export interface ExportMeta {
  headline: string;
  host: string;
  date: string;
  /** The English brief (offline) shown in the popup. */
  brief: string;
}

/** Escape the characters Markdown would read as inline markup, and keep each item on one line. */
export function mdEscape(s: string): string {
  return s.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The facts as Markdown: a heading, the source, the brief, then one list per group. */
export function toMarkdown(groups: readonly FactGroup[], meta: ExportMeta): string {
  const lines: string[] = [];
  lines.push(`# ${mdEscape(meta.headline || 'Key facts')}`, '');
  const source = [meta.host, meta.date].filter(Boolean).map(mdEscape).join(', ');
  if (source) lines.push(`Source: ${source}`, '');
  if (meta.brief) lines.push(mdEscape(meta.brief), '');
  for (const g of groups) {
    lines.push(`## ${g.title}`, '');
    for (const i of g.items) {
      const extra = [i.label ? mdEscape(i.label) : '', i.mentions.length > 1 ? plural(i.mentions.length, 'mention') : ''].filter(Boolean).join('; ');
      lines.push(`- **${mdEscape(i.english)}** (${mdEscape(i.arabic)})${extra ? ` — ${extra}` : ''}`);
    }
    lines.push('');
  }
  lines.push('_Extracted on this device by Sharh._');
  return lines.join('\n') + '\n';
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break; a leading
 * = + - @ (or tab / carriage return) is prefixed with ' so spreadsheets do not run it as a formula
 * (OWASP "CSV injection").
 */
export function csvCell(v: unknown): string {
  // Numbers are data, not formulas: -3.5 stays -3.5.
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v === undefined || v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = ['group', 'kind', 'english', 'arabic', 'label', 'value', 'unit', 'mentions', 'start', 'end'] as const;

/** The facts as CSV (UTF-8 with a byte-order mark so spreadsheets read the Arabic; CRLF lines). */
export function toCsv(groups: readonly FactGroup[]): string {
  const rows: unknown[][] = [[...CSV_COLUMNS]];
  for (const g of groups) {
    for (const i of g.items) {
      const first = i.mentions[0];
      rows.push([g.title, KIND_LABEL[i.kind], i.english, i.arabic, i.label, i.value, i.unit, i.mentions.length, first?.start, first?.end]);
    }
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The analysis in the `annotate` command's JSON shape (../shared/eval/CONTRACT.md). */
export function toJson(a: Analysis): string {
  const { text, isArticle, title, annotations, facts, summary } = a;
  return JSON.stringify({ text, isArticle, title, annotations, facts, summary }, null, 2) + '\n';
}

/** A file name from the host and date: `sharh-arabic.china.org.cn-2025-01-27.csv`. */
export function exportName(host: string, date: string, ext: string): string {
  const safe = (s: string) => s.replace(/[^a-z0-9.-]+/gi, '-').replace(/^-+|-+$/g, '');
  return ['sharh', safe(host), safe(date)].filter(Boolean).join('-') + '.' + ext;
}

/** Start a download of `content` (never leaves the device: an object URL in this document). */
export function download(doc: Document, name: string, mime: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

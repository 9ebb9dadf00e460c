/**
 * The `annotate` command's report for people: the text with its marks as [text]{kind: English},
 * then the facts and the brief.
 */
import type { Analysis } from '../../lib/analysis/types';

const COLORS: Record<string, string> = {
  person: '35', organization: '34', place: '32', product: '36', number: '90', money: '33', percent: '33', quantity: '33', date: '31',
};

export function renderReport(a: Analysis, { color }: { color: boolean }): string {
  const c = (kind: string, s: string) => (color ? `\x1b[${COLORS[kind] ?? '0'}m${s}\x1b[0m` : s);
  let out = '';
  let at = 0;
  for (const s of a.annotations) {
    out += a.text.slice(at, s.start) + c(s.kind, `[${s.text}]{${s.kind}: ${s.english}}`);
    at = s.end;
  }
  out += a.text.slice(at);
  const lines = [
    a.title ? `Title: ${a.title}` : '',
    `Article: ${a.isArticle ? 'yes' : 'no'} · ${a.annotations.length} marks`,
    '',
    out.trim(),
    '',
    '== Key facts',
    ...a.facts.map((f) => `- ${f.kind.padEnd(12)} ${f.english}${f.label ? ` (${f.label})` : ''}${f.mentions > 1 ? ` ×${f.mentions}` : ''}  ← ${f.text}`),
    '',
    '== Summary (' + a.summary.method + ')',
    a.summary.english,
    '',
  ];
  return lines.filter((l, i) => l !== '' || i > 0).join('\n');
}

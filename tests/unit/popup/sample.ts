/**
 * A small analysis of (part of) the sample article, built by hand so the popup's tests do not
 * depend on the analysers' current output: spans are found in the text by surface, so offsets are
 * exact. Mirrors ../shared/eval/dev/seed-deepseek.json.
 */
import type { Analysis, Fact, Kind, Span } from '../../../lib/analysis/types';

export const HEADLINE = 'ديبسيك الصينية تتحدى القيود الأمريكية';

export const TEXT = [
  HEADLINE,
  'وفي 20 يناير الجاري، أصدرت شركة "ديبسيك"، وهي شركة أسسها مدير صندوق التحوط ليانغ ون فنغ، نموذج R1 رسميًا.',
  'وفي عام 2023، أسس ليانغ شركة "ديبسيك" في بكين.',
  'ويرى المقال أنه بعد حظر واشنطن على شركة إنفيديا تصدير أقوى شرائحها إلى الصين، اضطرت الشركات إلى إيجاد طرق مبتكرة.',
  'واستخدمت الشركة 2048 وحدة معالجة رسومية من نوع H800إنفيديا و5.6 مليون دولار أمريكي لتدريب نموذج يحتوي على 671 مليار معلمة.',
  'وقال ريتفيك غوبتا إن "ديبسيك" أثبتت ذلك.',
].join('\n');

interface Entry {
  surface: string;
  kind: Kind;
  english: string;
  key?: string;
  value?: number | string;
  unit?: string;
}

const ENTRIES: Entry[] = [
  { surface: 'ديبسيك', kind: 'organization', english: 'DeepSeek', key: 'org:deepseek' },
  { surface: 'ليانغ ون فنغ', kind: 'person', english: 'Liang Wenfeng', key: 'person:liang-wenfeng' },
  { surface: 'ليانغ', kind: 'person', english: 'Liang', key: 'person:liang-wenfeng' },
  { surface: 'إنفيديا', kind: 'organization', english: 'Nvidia', key: 'org:nvidia' },
  { surface: 'ريتفيك غوبتا', kind: 'person', english: 'Ritwik Gupta' },
  { surface: 'بكين', kind: 'place', english: 'Beijing' },
  { surface: 'واشنطن', kind: 'place', english: 'Washington' },
  { surface: 'الصين', kind: 'place', english: 'China' },
  { surface: 'R1', kind: 'product', english: 'R1' },
  { surface: '20 يناير', kind: 'date', english: 'January 20', value: '--01-20' },
  { surface: '2023', kind: 'date', english: '2023', value: '2023' },
  { surface: '2048', kind: 'quantity', english: '2,048 GPUs', value: 2048, unit: 'GPUs' },
  { surface: '5.6 مليون دولار أمريكي', kind: 'money', english: '$5.6 million', value: 5_600_000, unit: 'USD' },
  { surface: '671 مليار', kind: 'quantity', english: '671 billion parameters', value: 671e9, unit: 'parameters' },
];

/** Every occurrence of each surface (longest surfaces first; overlaps skipped). */
function findSpans(text: string): Span[] {
  const taken: [number, number][] = [];
  const out: Span[] = [];
  for (const e of [...ENTRIES].sort((a, b) => b.surface.length - a.surface.length)) {
    for (let at = text.indexOf(e.surface); at >= 0; at = text.indexOf(e.surface, at + 1)) {
      const end = at + e.surface.length;
      if (/[\u0621-\u064A]/.test(text[end] ?? '')) continue; // a whole word only (not الصين in الصينية)
      if (taken.some(([s, t]) => at < t && s < end)) continue;
      taken.push([at, end]);
      const { surface, ...rest } = e;
      out.push({ start: at, end, text: surface, ...rest, source: 'test' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function sampleAnalysis(): Analysis {
  const annotations = findSpans(TEXT);
  const at = (english: string) => annotations.find((s) => s.english === english)!;
  const fact = (english: string, extra: Partial<Fact> = {}): Fact => {
    const s = at(english);
    return { kind: s.kind, english: s.english, value: s.value, unit: s.unit, start: s.start, end: s.end, text: s.text, mentions: 1, ...extra };
  };
  const facts: Fact[] = [
    fact('$5.6 million', { label: 'training cost' }),
    fact('2,048 GPUs', { english: '2,048 Nvidia H800 GPUs used to train the model' }),
    fact('671 billion parameters'),
    fact('January 20'),
    fact('DeepSeek', { mentions: 4, score: 9 }),
    fact('Liang Wenfeng', { mentions: 2, score: 5 }),
    fact('Nvidia', { mentions: 2, score: 3 }),
  ];
  const sentenceText = TEXT.split('\n')[1]!;
  const s0 = TEXT.indexOf(sentenceText);
  return {
    text: TEXT,
    isArticle: true,
    title: HEADLINE,
    annotations,
    facts,
    summary: {
      english: 'DeepSeek, founded by Liang Wenfeng, released R1 on January 20; it trained a 671-billion-parameter model with 2,048 GPUs and $5.6 million.',
      method: 'offline-brief',
      sentences: [{ start: s0, end: s0 + sentenceText.length, text: sentenceText }],
    },
  };
}

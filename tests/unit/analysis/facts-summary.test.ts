import { describe, expect, it } from 'vitest';
import type { Span } from '../../../lib/analysis/types';
import { buildFacts, labelFor } from '../../../lib/analysis/facts';
import { chooseSentences, composeBrief } from '../../../lib/analysis/summary';
import { joinList, withArticle, assertEnglish } from '../../../lib/analysis/english';
import { hasArabic, normalise } from '../../../lib/analysis/normalize';
import { makeDoc, sentences } from '../../../lib/analysis/tokens';

const S = (text: string, sub: string, kind: Span['kind'], english: string, extra: Partial<Span> = {}): Span => {
  const start = text.indexOf(sub);
  if (start < 0) throw new Error(`not in text: ${sub}`);
  return { start, end: start + sub.length, kind, text: sub, english, ...extra };
};

describe('english helpers', () => {
  it.each([
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
    [[], ''],
  ])('joinList(%j) = %s', (xs, want) => expect(joinList(xs)).toBe(want));
  it.each([
    ['United States', 'the United States'],
    ['Ministry of Industry and Information Technology', 'the Ministry of Industry and Information Technology'],
    ['China', 'China'],
    ['the Economist', 'the Economist'],
  ])('withArticle(%s) = %s', (x, want) => expect(withArticle(x)).toBe(want));
  it('keeps Arabic out of English fields', () => {
    expect(assertEnglish('DeepSeek', 'x')).toBe('DeepSeek');
    expect(assertEnglish('ديبسيك', 'x')).toBe('x');
  });
});

describe('facts', () => {
  const text = 'وبلغت الإيرادات التشغيلية 8.04 تريليون يوان، وقال ليانغ ون فنغ إن ديبسيك استخدمت 2048 وحدة. وأكد ليانغ أن ديبسيك ستواصل في 20 يناير.';
  const spans: Span[] = [
    S(text, '8.04 تريليون يوان', 'money', '8.04 trillion yuan', { value: 8.04e12, unit: 'CNY' }),
    S(text, 'ليانغ ون فنغ', 'person', 'Liang Wenfeng', { key: 'person:liang' }),
    S(text, 'ديبسيك', 'organization', 'DeepSeek', { key: 'org:deepseek' }),
    S(text, '2048', 'quantity', '2,048 units', { value: 2048, unit: 'units' }),
    { ...S(text, 'ليانغ أن', 'person', 'Liang', { key: 'person:liang' }), end: text.indexOf('ليانغ أن') + 5, text: 'ليانغ' },
    { start: text.lastIndexOf('ديبسيك'), end: text.lastIndexOf('ديبسيك') + 6, kind: 'organization', text: 'ديبسيك', english: 'DeepSeek', key: 'org:deepseek' },
    S(text, '20 يناير', 'date', 'January 20', { value: '--01-20' }),
  ];
  const facts = buildFacts(text, spans, { title: 'ديبسيك تطلق نموذجا' });

  it('states every figure with its value, unit and label', () => {
    const money = facts.find((f) => f.kind === 'money')!;
    expect(money).toMatchObject({ value: 8.04e12, unit: 'CNY', label: 'revenue', text: '8.04 تريليون يوان' });
    expect(facts.find((f) => f.kind === 'quantity')?.value).toBe(2048);
  });
  it('groups names by key, keeps the longest English, ranks headline names first', () => {
    const names = facts.filter((f) => f.kind === 'person' || f.kind === 'organization');
    expect(names.map((f) => f.english)).toEqual(['DeepSeek', 'Liang Wenfeng']);
    expect(names[0]!.mentions).toBe(2);
    expect(names[1]!.mentions).toBe(2);
  });
  it('gives no headline bonus to a "Source:" prefix', () => {
    const ranked = buildFacts(text, spans, { title: 'ليانغ ون فنغ: نموذج جديد من ديبسيك' }).filter((f) => f.kind === 'person' || f.kind === 'organization');
    expect(ranked.map((f) => f.english)).toEqual(['DeepSeek', 'Liang Wenfeng']);
  });
  it('lists dates', () => expect(facts.filter((f) => f.kind === 'date').map((f) => f.value)).toEqual(['--01-20']));
  it('reads the same labels from the normalised document as from the text (labelFor with nt)', () => {
    const t = 'أعلنت الشركة أن إيراداتها بلغت 5 مليارات دولار، وخصّصت ١٢ مليوناً لتدريب الموظفين، ثم ارتفعت الأرباحُ 3%\nسطر ٤ للتسويق';
    const nt = normalise(t);
    let labelled = 0;
    for (let start = 0; start < t.length; start++) {
      for (const len of [1, 2, 5]) {
        const s: Span = { start, end: Math.min(t.length, start + len), kind: 'quantity', text: '', english: '' };
        for (const [a, b] of [[0, t.length], [10, 60], [start, t.length]] as const) {
          const want = labelFor(t, s, a, b);
          if (want) labelled++;
          expect(labelFor(t, s, a, b, nt)).toBe(want);
        }
      }
    }
    expect(labelled).toBeGreaterThan(10);
  });
  it('finds no label when no cue word precedes the amount', () => {
    const t = 'اشترى 5 كتب';
    expect(labelFor(t, S(t, '5', 'quantity', '5 books'), 0)).toBeUndefined();
  });

  it('composes a grammatical English brief with no Arabic in it', () => {
    const brief = composeBrief(facts);
    expect(brief).toBe('This article is mainly about DeepSeek and Liang Wenfeng. Figures cited: 8.04 trillion yuan (revenue) and 2,048 units. Dates mentioned: January 20.');
    expect(hasArabic(brief)).toBe(false);
  });
  it('puts figures that say what they count before bare counts', () => {
    const base = { start: 0, end: 1, text: 'x', mentions: 1 } as const;
    const brief = composeBrief([
      { ...base, kind: 'quantity', english: '20,000', value: 20000 },
      { ...base, kind: 'money', english: '$1 billion', value: 1e9, unit: 'USD' },
      { ...base, kind: 'quantity', english: '3 plants', value: 3, unit: 'plants' },
    ]);
    expect(brief).toBe('Figures cited: $1 billion, 3 plants and 20,000.');
  });
  it('says plainly when nothing was found', () => expect(composeBrief([])).toBe('No names or figures were found in this text.'));
});

describe('source mentions and datelines', () => {
  const text = '27 يناير 2025 / شبكة الصين/ أعلنت ديبسيك في 20 يناير أنها أنفقت 5.6 مليون دولار لتدريب النموذج. وقالت ديبسيك إن شبكة الصين أخطأت.';
  const at = (sub: string, from = 0) => text.indexOf(sub, from);
  const spans: Span[] = [
    { start: 0, end: 13, kind: 'date', text: '27 يناير 2025', english: 'January 27, 2025', value: '2025-01-27' },
    S(text, 'شبكة الصين', 'organization', 'China.org.cn', { key: 'org:cn' }),
    S(text, 'ديبسيك', 'organization', 'DeepSeek', { key: 'org:ds' }),
    S(text, '20 يناير', 'date', 'January 20', { value: '--01-20' }),
    S(text, '5.6 مليون دولار', 'money', '$5.6 million', { value: 5.6e6, unit: 'USD' }),
    { start: at('ديبسيك', 60), end: at('ديبسيك', 60) + 6, kind: 'organization', text: 'ديبسيك', english: 'DeepSeek', key: 'org:ds' },
    { start: at('شبكة الصين', 60), end: at('شبكة الصين', 60) + 10, kind: 'organization', text: 'شبكة الصين', english: 'China.org.cn', key: 'org:cn' },
  ];
  const facts = buildFacts(text, spans, { title: '' });
  it('does not rank the dateline source as a subject, but counts its mentions', () => {
    const orgs = facts.filter((f) => f.kind === 'organization');
    expect(orgs.map((f) => f.english)).toEqual(['DeepSeek', 'China.org.cn']);
    expect(orgs[1]!.mentions).toBe(2);
  });
  it('reads a purpose after the amount as its label', () => {
    expect(facts.find((f) => f.kind === 'money')?.label).toBe('training');
  });
  it('gives the dateline date as the publication date, not an event', () => {
    expect(composeBrief(facts)).toContain('Dates mentioned: January 20. Dated January 27, 2025.');
  });
});

describe('sentence choice', () => {
  it('returns at most four central sentences in article order, skipping datelines', () => {
    const paras = [
      'arabic.china.org.cn | 27. 01. 2025 |',
      'أطلقت شركة ديبسيك الصينية نموذجا جديدا للذكاء الاصطناعي ينافس النماذج الأمريكية الكبيرة.',
      'وقال خبراء إن نموذج ديبسيك الجديد للذكاء الاصطناعي يحتاج إلى موارد أقل من النماذج الأمريكية.',
      'وكان الطقس معتدلا في العاصمة طوال الأسبوع الماضي بحسب الأرصاد الجوية المحلية هناك.',
      'وأضاف الخبراء أن شركة ديبسيك استخدمت شرائح أقل لتدريب نموذج الذكاء الاصطناعي الجديد.',
      'وتعمل شركات أمريكية على تطوير نماذج الذكاء الاصطناعي بموارد ضخمة وشرائح متقدمة جدا.',
      'وفي سياق آخر افتتح معرض للكتاب في المدينة بمشاركة عدد كبير من دور النشر العربية.',
    ];
    const text = paras.join('\n');
    const chosen = chooseSentences(text, 3);
    expect(chosen).toHaveLength(3);
    expect(chosen.map((s) => s.start)).toEqual([...chosen.map((s) => s.start)].sort((a, b) => a - b));
    expect(chosen.some((s) => s.text.includes('arabic.china.org.cn'))).toBe(false);
    expect(chosen.some((s) => s.text.includes('الطقس'))).toBe(false);
    expect(chosen[0]!.text).toBe(paras[1]);
    for (const s of chosen) expect(text.slice(s.start, s.end)).toBe(s.text);
    // The same choice from analyse()'s document and sentences (words read by token), also with
    // words glued to digits and Latin (ب18, H800إنفيديا) and marks normalisation drops.
    const glued = text + '\nوأضاف الخبراء ب18 مليارا أن شركة H800إنفيديا باعت شرائحَ أقل لتدريب نموذج الذكاء الاصطناعي.';
    for (const t of [text, glued]) {
      for (const max of [2, 3, 4]) expect(chooseSentences(t, max, makeDoc(t), sentences(t))).toEqual(chooseSentences(t, max));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { names, triples } from './names-helpers';

describe('quoted phrases that are no names', () => {
  const misses = [
    'حذر من «عواقب وخيمة» إذا استمر الوضع',
    'وصف الشركة بأنها «شريكا متفانيا» في المنطقة',
    'وقال إن بلاده كانت «شريكا موثوقا» دائما',
    'ونقلت شركة «الثقة لدى المستثمرين» عن مصادر',
    'وأطلقت منصة «الأمن في المنطقة» أمس',
    'إن الطاقة الحالية البالغة نحو 220 ألف غرفة "لم تعد تكفي".', // a clause opening on a particle
    'وقال إن المجموعة «لن تتراجع» عن خطتها',
  ];
  for (const text of misses) {
    it(text, () => expect(names(text).filter((s) => s.kind === 'organization').map((s) => s.text)).toEqual([]));
  }
  const hits: [string, string][] = [
    ['أعلنت شركة «ديبسيك» نموذجا جديدا', 'ديبسيك'],
    ['قالت «نوكيا» إن المبيعات تراجعت', 'نوكيا'],
    ['أعلنت «واعد فنتشرز» عن جولة تمويل', 'واعد فنتشرز'],
  ];
  for (const [text, surface] of hits) {
    it(text, () => expect(names(text).map((s) => s.text)).toContain(surface));
  }
});

describe('a ministry and the nationality adjective after it are one organisation', () => {
  const table: [string, string, string][] = [
    ['أعلنت وزارة المالية الروسية عن خطة جديدة', 'وزارة المالية الروسية', 'Russian Ministry of Finance'],
    ['قالت وزارة الخارجية الصينية إن', 'وزارة الخارجية الصينية', 'Chinese Ministry of Foreign Affairs'],
    ['أعلنت وزارة التجارة الأمريكية قيودا', 'وزارة التجارة الأمريكية', 'US Department of Commerce'], // listed whole
    ['قال وزير وزارة الطاقة السعودية', 'وزارة الطاقة السعودية', 'Saudi Ministry of Energy'],
  ];
  for (const [text, surface, english] of table) {
    it(text, () => expect(triples(text)).toContainEqual([surface, 'organization', english]));
  }
  it('no adjective: the ministry alone', () => {
    expect(triples('أعلنت وزارة المالية عن خطة جديدة')).toContainEqual(['وزارة المالية', 'organization', 'Ministry of Finance']);
  });
  it('an adjective on the next line stays out', () => {
    expect(names('أعلنت وزارة المالية\nالروسية').map((s) => s.text)).toContain('وزارة المالية');
  });
});

describe('honorifics stay out of person spans (CONTRACT: the name itself)', () => {
  const table: [string, string, string][] = [
    ['التقى الشيخ محمد بن زايد آل نهيان مع الوفد', 'محمد بن زايد آل نهيان', 'Mohamed bin Zayed Al Nahyan'],
    ['استقبل صاحب السمو الملكي الأمير محمد بن سلمان الوفد', 'محمد بن سلمان', 'Mohammed bin Salman'],
    ['وقال سمو الشيخ حمدان بن محمد إن', 'حمدان بن محمد', 'Hamdan bin Mohammed'],
    ['التقى سمو الأمير عبدالعزيز بن سلمان الوزير', 'عبدالعزيز بن سلمان', 'Abdulaziz bin Salman'],
    ['قال الشيخ تميم بن حمد إن', 'تميم بن حمد', 'Tamim bin Hamad'],
    ['قال محمد بن راشد إن', 'محمد بن راشد', 'Mohammed bin Rashid'],
  ];
  for (const [text, surface, english] of table) {
    it(text, () => {
      const t = triples(text);
      expect(t).toContainEqual([surface, 'person', english]);
      expect(t.some(([s]) => /^(الشيخ|الأمير|سمو|صاحب)/.test(s))).toBe(false);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { names, nameAt } from './names-helpers';
import { lexiconLines } from '../../../lib/analysis/data/lexicon';
import { placeEntries } from '../../../lib/analysis/data/places';
import { nameKeys } from '../../../lib/analysis/gazetteer';
import { hasArabic } from '../../../lib/analysis/normalize';

describe('lexicon: spelling variants → one English name and key', () => {
  const groups: [english: string, kind: string, variants: string[]][] = [
    ['Google', 'organization', ['غوغل', 'جوجل', 'قوقل']],
    ['Nvidia', 'organization', ['إنفيديا', 'انفيديا', 'نفيديا']],
    ['OpenAI', 'organization', ['أوبن أيه آي', 'أوبن إيه آي', 'أوبن إي آي']],
    ['Apple', 'organization', ['آبل', 'أبل']],
    ['Microsoft', 'organization', ['مايكروسوفت', 'ميكروسوفت']],
    ['Meta', 'organization', ['ميتا']],
    ['Anthropic', 'organization', ['أنثروبيك']],
    ['DeepSeek', 'organization', ['ديبسيك', 'ديب سيك']],
    ['Xiaomi', 'organization', ['شاومي', 'شياومي']],
    ['Huawei', 'organization', ['هواوي']],
    ['Alibaba', 'organization', ['علي بابا']],
    ['Tencent', 'organization', ['تينسنت']],
    ['Baidu', 'organization', ['بايدو']],
    ['BYD', 'organization', ['بي واي دي']],
    ['JD.com', 'organization', ['جي دي دوت كوم', 'جينغ دونغ']],
    ['XPeng', 'organization', ['إكسبنغ', 'إكسبينغ']],
    ['Bank of China', 'organization', ['بنك الصين']],
    ['Industrial and Commercial Bank of China', 'organization', ['البنك الصناعي والتجاري الصيني']],
    ['State Administration of Foreign Exchange', 'organization', ['مصلحة الدولة للنقد الأجنبي', 'الإدارة الوطنية للنقد الأجنبي']],
    ['Boao Forum for Asia', 'organization', ['منتدى بوآو الآسيوي', 'منتدى بواو']],
    ['Hunyuan', 'product', ['هون يوان', 'هونيوان']],
    ['Tesla', 'organization', ['تسلا']],
    ['Samsung', 'organization', ['سامسونغ', 'سامسونج']],
    ['Amazon', 'organization', ['أمازون']],
    ['Xinhua', 'organization', ['شينخوا']],
    ['Reuters', 'organization', ['رويترز']],
    ['Financial Times', 'organization', ['فاينانشال تايمز', 'فايننشال تايمز']],
    ['Bloomberg', 'organization', ['بلومبرغ', 'بلومبيرغ']],
    ['China.org.cn', 'organization', ['شبكة الصين']],
    ['International Monetary Fund', 'organization', ['صندوق النقد الدولي']],
    ['World Bank', 'organization', ['البنك الدولي']],
    ['World Trade Organization', 'organization', ['منظمة التجارة العالمية']],
    ['United Nations', 'organization', ['الأمم المتحدة']],
    ['European Union', 'organization', ['الاتحاد الأوروبي']],
    ['OPEC', 'organization', ['أوبك']],
    ['Ministry of Industry and Information Technology', 'organization', ['وزارة الصناعة وتكنولوجيا المعلومات']],
    ['ChatGPT', 'product', ['تشات جي بي تي', 'شات جي بي تي']],
    ['Blackwell', 'product', ['بلاكويل']],
    ['iPhone', 'product', ['آيفون', 'أيفون']],
    ['Elon Musk', 'person', ['إيلون ماسك']],
    ['Sam Altman', 'person', ['سام ألتمان']],
    ['Jensen Huang', 'person', ['جنسن هوانغ', 'جينسن هوانغ']],
    ['Tim Cook', 'person', ['تيم كوك']],
    ['Satya Nadella', 'person', ['ساتيا ناديلا']],
    ['Xi Jinping', 'person', ['شي جين بينغ']],
    ['Donald Trump', 'person', ['دونالد ترامب']],
    ['Orange Egypt', 'organization', ['أورنج مصر', 'أورانج مصر']],
    ['e&', 'organization', ['إي آند', 'اتصالات الإمارات']],
    ['National Telecom Regulatory Authority', 'organization', ['الجهاز القومي لتنظيم الاتصالات']],
    ['World Gold Council', 'organization', ['مجلس الذهب العالمي']],
    ['OCP Group', 'organization', ['المجمع الشريف للفوسفاط', 'المكتب الشريف للفوسفات']],
    ['Renault', 'organization', ['رينو', 'رونو']],
    ['Mohammed bin Rashid Space Centre', 'organization', ['مركز محمد بن راشد للفضاء']],
    ['Saudi Venture Capital Company', 'organization', ['الشركة السعودية للاستثمار الجريء']],
    ['Falcon 9', 'product', ['فالكون 9']],
    ['Brent', 'product', ['خام برنت', 'برنت']],
    ['Christophe Fouquet', 'person', ['كريستوف فوكيه']],
    ['Mohamed Alabbar', 'person', ['محمد العبار']],
    ['Saudi Data and AI Authority', 'organization', ['الهيئة السعودية للبيانات والذكاء الاصطناعي']],
    ['SDAIA', 'organization', ['سدايا']],
    ['Noon Minutes', 'product', ['نون مينتس']],
    ['Sonatrach', 'organization', ['سوناطراك', 'سوناتراك']],
    ['National Bank of Kuwait', 'organization', ['بنك الكويت الوطني']],
    ['Electronic Arts', 'organization', ['إلكترونيك آرتس']],
    ['Silver Lake', 'organization', ['سيلفر ليك']],
    ['Technology Innovation Institute', 'organization', ['معهد الابتكار التكنولوجي']],
    ['Dubai Future Foundation', 'organization', ['مؤسسة دبي للمستقبل']],
    ['Infineon', 'organization', ['إنفينيون', 'انفينيون']],
    ['Micron', 'organization', ['مايكرون']],
    ['Zain Iraq', 'organization', ['زين العراق']],
    ['Asiacell', 'organization', ['آسياسيل', 'آسيا سيل']],
    ['Korek Telecom', 'organization', ['كورك تيليكوم', 'كورك تليكوم']],
    ['Tengizchevroil', 'organization', ['تنغيز شيفرويل']],
    ['Caspian Pipeline Consortium', 'organization', ['اتحاد بحر قزوين', 'اتحاد خط أنابيب بحر قزوين']],
    ['Oxford Institute for Energy Studies', 'organization', ['معهد أكسفورد لدراسات الطاقة']],
    ['EgyptAir', 'organization', ['مصر للطيران']],
    ['Banque du Caire', 'organization', ['بنك القاهرة']],
    ['easyJet', 'organization', ['إيزي جت', 'إيزي جيت']],
    ['Wizz Air', 'organization', ['ويز إير']],
    ['Ryanair', 'organization', ['رايان إير']],
    ['Y Combinator', 'organization', ['واي كومبيناتور']],
    ['Partech Africa', 'organization', ['بارتيك أفريكا']],
    ['Leapmotor', 'organization', ['ليب موتور', 'ليبموتور']],
    ['CDG', 'organization', ['صندوق الإيداع والتدبير']],
    ['Mohammed V University', 'organization', ['جامعة محمد الخامس']],
    ['Penang', 'place', ['بينانغ', 'بينانج']],
    ['Novorossiysk', 'place', ['نوفوروسيسك']],
    ['Marsa Alam', 'place', ['مرسى علم']],
  ];
  for (const [english, kind, variants] of groups) {
    it(`${english}: ${variants.join(' / ')}`, () => {
      const keys = new Set<string>();
      for (const v of variants) {
        const text = `قالت ${v} أمس`;
        const s = nameAt(text, v);
        expect(s, `${v}: ${JSON.stringify(names(text))}`).toBeDefined();
        expect(s!.kind).toBe(kind);
        expect(s!.english).toBe(english);
        keys.add(s!.key!);
      }
      expect(keys.size).toBe(1);
    });
  }
});

describe('lexicon: spans leave out proclitics and generic head nouns', () => {
  const cases: [text: string, surface: string, english: string][] = [
    ['ديب مايند لـ"غوغل"', 'غوغل', 'Google'],
    ['ولـ"غوغل" نموذج', 'غوغل', 'Google'],
    ['وأعلنت «جوجل» في وقت سابق', 'جوجل', 'Google'],
    ['أصدرت شركة "ديبسيك" نموذجا', 'ديبسيك', 'DeepSeek'],
    ['أعلنت شركة مايكروسوفت اليوم', 'مايكروسوفت', 'Microsoft'],
    ['نشرت صحيفة فاينانشال تايمز البريطانية', 'فاينانشال تايمز', 'Financial Times'],
    ['وحدة من نوع H800إنفيديا و5.6 مليون', 'إنفيديا', 'Nvidia'],
    ['وبإنفيديا', 'إنفيديا', 'Nvidia'],
    ['وفقاً لـ"economist".', 'economist', 'The Economist'],
  ];
  for (const [text, surface, english] of cases) {
    it(`${text} → ${surface}`, () => {
      const s = nameAt(text, surface);
      expect(s, JSON.stringify(names(text))).toBeDefined();
      expect(s!.english).toBe(english);
    });
  }
});

describe('Latin spellings', () => {
  it('an acronym matches in capitals only (WHO, not "who")', () => {
    const spans = names('قالت منظمة WHO إن who و IMF');
    expect(spans.map((s) => [s.text, s.english])).toEqual([['WHO', 'World Health Organization'], ['IMF', 'International Monetary Fund']]);
  });
  it('a name matches in any case (OpenAI, openai)', () => {
    expect(names('شركة OpenAI و openai').map((s) => s.english)).toEqual(['OpenAI', 'OpenAI']);
  });
  it('never inside a web address', () => {
    expect(names('زار arabic.china.org.cn أمس').map((s) => s.text)).toEqual([]);
  });
});

describe('people: a surname alone shares the full name’s key', () => {
  it('ناديلا after ساتيا ناديلا', () => {
    const spans = names('وقال الرئيس التنفيذي ساتيا ناديلا إن الشركة ستنفق. وأفاد ناديلا أن');
    const full = spans.find((s) => s.text === 'ساتيا ناديلا')!;
    const part = spans.find((s) => s.text === 'ناديلا')!;
    expect(part.english).toBe('Nadella');
    expect(part.key).toBe(full.key);
  });
  it('ليانغ after ليانغ ون فنغ (family name first)', () => {
    const spans = names('شركة أسسها مدير صندوق التحوط ليانغ ون فنغ، نموذج. وفي عام 2023، أسس ليانغ شركة');
    const full = spans.find((s) => s.text === 'ليانغ ون فنغ')!;
    const part = spans.find((s) => s.text === 'ليانغ')!;
    expect(full.english).toBe('Liang Wenfeng');
    expect(part.english).toBe('Liang');
    expect(part.key).toBe(full.key);
  });
});

describe('lexicon data (meta)', () => {
  const lines = lexiconLines();
  it('has several hundred entries', () => {
    expect(lines.length).toBeGreaterThan(300);
  });
  it('no English name contains Arabic letters', () => {
    for (const l of lines) expect(hasArabic(l.entry.english), l.entry.english).toBe(false);
    for (const l of lines) for (const [, en] of l.short) expect(hasArabic(en)).toBe(false);
  });
  it('every entry has a key with its kind prefix and at least one spelling', () => {
    for (const l of lines) {
      expect(l.entry.key).toMatch(/^(org|person|product):[a-z0-9+-]+$/);
      expect(l.entry.variants.length).toBeGreaterThan(0);
    }
  });
  it('every spelling (lexicon and places) normalises to a key owned by one entry only', () => {
    const owner = new Map<string, string>();
    const clash: string[] = [];
    const all: [string, string][] = [];
    for (const l of lines) {
      for (const v of l.entry.variants) all.push([v, l.entry.key]);
      for (const [v] of l.short) all.push([v, l.entry.key]);
    }
    for (const e of placeEntries()) for (const v of e.variants) all.push([v, e.key]);
    for (const [v, key] of all) {
      const k = nameKeys(v).join(' ');
      expect(k.length, v).toBeGreaterThan(0);
      const prev = owner.get(k);
      if (prev && prev !== key) clash.push(`${v}: ${prev} / ${key}`);
      owner.set(k, key);
    }
    expect(clash).toEqual([]);
  });
});

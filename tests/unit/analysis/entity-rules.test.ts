import { describe, expect, it } from 'vitest';
import { names, nameAt } from './names-helpers';

/** [text, surface, kind, English (exact or a RegExp)] */
type Case = [text: string, surface: string, kind: string, english: string | RegExp];

function table(title: string, cases: Case[]) {
  describe(title, () => {
    for (const [text, surface, kind, english] of cases) {
      it(`${surface} in: ${text}`, () => {
        const s = nameAt(text, surface);
        expect(s, JSON.stringify(names(text).map((x) => [x.text, x.kind, x.english]))).toBeDefined();
        expect(s!.kind).toBe(kind);
        if (typeof english === 'string') expect(s!.english).toBe(english);
        else expect(s!.english).toMatch(english);
      });
    }
  });
}

table('organisations whose name is head noun + words', [
  ['زار المشاركون مركز شنتشن لأبحاث الروبوتات أمس', 'مركز شنتشن لأبحاث الروبوتات', 'organization', 'Shenzhen Robotics Research Center'],
  ['قاعدة البحث لمجموعة شانغهاي للسيارات الكهربائية', 'مجموعة شانغهاي للسيارات الكهربائية', 'organization', 'Shanghai Electric Automotive Group'],
  ['مصنع مجموعة قوانغتشو للسيارات', 'مجموعة قوانغتشو للسيارات', 'organization', 'Guangzhou Automotive Group'],
  ['أكدت هيئة الاتصالات وتقنية المعلومات في بيان', 'هيئة الاتصالات وتقنية المعلومات', 'organization', /Communications and Information Technology/],
  ['قالت وزارة المالية إن العجز تراجع', 'وزارة المالية', 'organization', 'Ministry of Finance'],
  ['الباحث في جامعة هارفارد', 'جامعة هارفارد', 'organization', 'Harvard University'],
  ['طلاب جامعة القاهرة', 'جامعة القاهرة', 'organization', 'Cairo University'],
  ['أستاذ في جامعة طوكيو', 'جامعة طوكيو', 'organization', 'University of Tokyo'],
  ['باحث في جامعة كاليفورنيا في بيركلي', 'جامعة كاليفورنيا في بيركلي', 'organization', 'University of California, Berkeley'],
  ['أعلنت الهيئة العامة للإحصاء أن التضخم تراجع', 'الهيئة العامة للإحصاء', 'organization', 'General Authority for Statistics'],
  ['وقالت الشركة الوطنية للإسكان إن', 'الشركة الوطنية للإسكان', 'organization', 'National Housing Company'],
  ['وقعت الشركة الوطنية للمحروقات اتفاقا', 'الشركة الوطنية للمحروقات', 'organization', 'National Hydrocarbons Company'],
  ['أعلنت الهيئة السعودية للمدن الصناعية', 'الهيئة السعودية للمدن الصناعية', 'organization', /^Saudi Authority for /],
  ['بحسب الجهاز المركزي للتعبئة العامة والإحصاء', 'الجهاز المركزي للتعبئة العامة والإحصاء', 'organization', 'Central Agency for Public Mobilization and Statistics'],
  ['أطلقت مجموعة "إم جي" طرازا جديدا', 'إم جي', 'organization', 'MG'],
  ['وأكد محافظ البنك المركزي التركي فاتح كاراهان أن التضخم سيتراجع', 'فاتح كاراهان', 'person', /^Fat.+ Karahan$/],
  ['دراسة من معهد شنغهاي للذكاء الاصطناعي', 'معهد شنغهاي للذكاء الاصطناعي', 'organization', /Shanghai .*Institute/],
  ['قررت لجنة السياسة النقدية خفض الفائدة', 'لجنة السياسة النقدية', 'organization', 'Monetary Policy Committee'],
  ['وقال نائب رئيس غرفة المنشآت الفندقية إن الإشغال ارتفع', 'غرفة المنشآت الفندقية', 'organization', 'Chamber of Hotel Establishments'],
  ['بحسب الهيئة المصرية العامة للتنمية السياحية', 'الهيئة المصرية العامة للتنمية السياحية', 'organization', 'Egyptian General Authority for Tourism Development'],
  ['وارتفعت أسهم شركتي «طلعت مصطفى» و«بالم هيلز» بقوة', 'طلعت مصطفى', 'organization', /^Talaat M/], // a dual head
  ['حسبما أظهرت بيانات صادرة عن الجمعية الصينية لمصنعي السيارات يوم الأربعاء', 'الجمعية الصينية لمصنعي السيارات', 'organization', 'Chinese Association for Automotive Manufacturers'],
  ['وقالت المحللة في شركة نعيم، إن الأسهم سترتفع', 'نعيم', 'organization', 'Naim'], // one name word before a comma
]);

table('names after a generic head noun (head left out)', [
  ['أعلنت شركة "زيبو" عن نموذج جديد', 'زيبو', 'organization', 'Zibo'],
  ['أطلقت شركة ستارتوبيا منصة جديدة', 'ستارتوبيا', 'organization', /^Startubia$/],
  ['نشرت صحيفة "الأيام" تقريرا', 'الأيام', 'organization', /Ayam/],
  ['أطلقت شركة Zhipu AI نموذجا', 'Zhipu AI', 'organization', 'Zhipu AI'],
  ['حمّل تطبيق "ريد نوت" الصيني', 'ريد نوت', 'product', /^(Reed|Red) Note$/],
  ['يعمل على نموذج "كوين" الجديد', 'كوين', 'product', 'Qwen'],
]);

table('quoted names: spelled-out acronyms and English words in Arabic letters', [
  ['وقال المدير لبي بي سي عربي إن السوق تراجع', 'بي بي سي عربي', 'organization', 'BBC Arabic'],
  ['وأكد الرئيس التنفيذي لإس تي سي أن الشركة', 'إس تي سي', 'organization', 'STC'],
  ['وقال كبير الاقتصاديين في بنك "آي إن جي" إن', 'آي إن جي', 'organization', 'ING'],
  ['وذكرت صحيفة "ساوث تشاينا مورنينغ بوست" أن', 'ساوث تشاينا مورنينغ بوست', 'organization', 'South China Morning Post'],
  ['وأشار تقرير لمؤسسة "كابيتال إيكونوميكس" إلى', 'كابيتال إيكونوميكس', 'organization', 'Capital Economics'],
  ['وبحسب بيانات "إم إس سي آي"، ارتفعت', 'إم إس سي آي', 'organization', 'MSCI'],
]);

table('people after titles and verbs of saying', [
  ['وقالت المؤسسة المشاركة لـ«رقيم» جود الزهراني لـ«اندبندنت عربية» إن الشركة تعمل', 'جود الزهراني', 'person', 'Joud Al-Zahrani'],
  ['وقال إدريس الفينة إن المصنع كبير', 'إدريس الفينة', 'person', /^Idris /],
  ['وقال ريتفيك غوبتا، الباحث في سياسات الذكاء الاصطناعي، إن', 'ريتفيك غوبتا', 'person', /^Rit.ik Gu.ta$/],
  ['شركة أسسها مدير صندوق التحوط تشو هونغ يي، نموذجا', 'تشو هونغ يي', 'person', 'Zhou Hongyi'],
  ['وقال الرئيس التنفيذي لشركة موديرنا ستيفان بانسيل، إن', 'ستيفان بانسيل', 'person', /^Stefan /],
  ['وقال الرئيس التنفيذي لشركة موديرنا ستيفان بانسيل، إن', 'موديرنا', 'organization', /^Mudirna$/],
  ['وأكد جون بولتون أن القرار نهائي', 'جون بولتون', 'person', /^John Bul?tun$/],
  ['قال وزير الاقتصاد محمد بن عبدالله إن', 'محمد بن عبدالله', 'person', 'Mohammed bin Abdullah'],
  ['وقال ستيفن موريسون الرئيس التنفيذي للشركة: "بدأنا"', 'ستيفن موريسون', 'person', /^Stephen /],
  ['بحضور الدكتور عصام شرف رئيس الوزراء الأسبق', 'عصام شرف', 'person', 'Essam Sharaf'],
  ['وتشاو ون تساي المدير العام للمكتب الإقليمي', 'تشاو ون تساي', 'person', 'Zhao Wencai'],
  ['في الترقية ليانغ يانشون، زعيم الحزب', 'ليانغ يانشون', 'person', 'Liang Yanshun'],
  ['بدوره، أكد المسؤول في وزارة التجارة الصينية تشو شيجيا، أن', 'تشو شيجيا', 'person', 'Zhou Shijia'],
  ['كشف السفير لياو لي تشيانغ، سفير الصين لدى مصر', 'لياو لي تشيانغ', 'person', 'Liao Liqiang'],
  ['وعلق كبير المحللين، منغمنغ تشانغ، على هذا الأداء', 'منغمنغ تشانغ', 'person', /^Meng.+ Chang$/],
  ['وقال الرئيس التنفيذي للشركة، ديفيد سولومون، إن', 'ديفيد سولومون', 'person', /^David S[uo]l/],
  ['وصرح خافيير سولانا للصحفيين', 'خافيير سولانا', 'person', /^Javier Sulana$/],
]);

table('places after a place head (head left out)', [
  ['ويعود معظم الزيادة إلى حقل تنغيز العملاق غرب البلاد', 'تنغيز', 'place', /^T.ng.z$/],
  ['أعلنت أن حقل كاشاغان البحري ينتج', 'كاشاغان', 'place', 'Kashagan'],
  ['وفي ميناء نانشا بمدينة قوانغتشو', 'نانشا', 'place', 'Nansha'],
  ['في مدينة كوليم بولاية قدح شمال ماليزيا', 'كوليم', 'place', 'Kulim'],
  ['في مدينة كوليم بولاية قدح شمال ماليزيا', 'قدح', 'place', /^Q/],
  ['في منطقة باتو كاوان الصناعية', 'باتو كاوان', 'place', /^Bat. Kawan$/],
]);

table('person-name boundaries', [
  ['والتقى سمو الأمير فيصل بن فرحان بنظيره الأمريكي في الرياض', 'فيصل بن فرحان', 'person', 'Faisal bin Farhan'],
  ['وأكد الرئيس التنفيذي للشركة سامر الحلبي خلال المؤتمر أن المبيعات ارتفعت', 'سامر الحلبي', 'person', /^Samer Al-H/],
  ['وقالت منة الله الشرقاوي، المحللة في الشركة، إن الأسهم سترتفع', 'منة الله الشرقاوي', 'person', /^Man[ae]tallah Al-Sharkawi$/],
  ['وقالت هبة الله الشربيني إن الأسهم سترتفع', 'هبة الله الشربيني', 'person', /^Hebatallah Al-Sharbini$/],
  ['وقال الرئيس التنفيذي للشركة فهد العتيبي إن حصيلة الطرح ستخصص', 'فهد العتيبي', 'person', /^Fahd Al-/], // a لل-complement after the title
  ['قالت رنا الحوسني، مديرة الاستثمار في «الماسة كابيتال» ومقرها أبوظبي', 'الماسة كابيتال', 'organization', 'Al-Masa Capital'], // a company word: a firm
  ['وقالت ريم الدوسري، رئيسة الأبحاث في «الجزيرة كابيتال»، إن القطاع يجذب', 'الجزيرة كابيتال', 'organization', /Capital$/],
  ['وتوقعت منى عطاالله، كبيرة الاقتصاديين في بنك الاستثمار «إتش سي»، أن يواصل', 'إتش سي', 'organization', 'HC'], // spelled letters: a firm
  ['وأشار إياد كمال، الرئيس التنفيذي لأرامكس، إلى أن الطلب تضاعف', 'أرامكس', 'organization', /^Aram/], // لـ + firm after a title
  ['وقالت أمل الفلاح السغروشني، الوزيرة المنتدبة المكلفة بالانتقال الرقمي، إن الحكومة تطمح', 'أمل الفلاح السغروشني', 'person', /^Amal Al-Falah /], // given + two definite family names + role
  ['وعينت الشركة «الأهلي المالية» و«جي آي بي كابيتال» مستشارين', 'جي آي بي كابيتال', 'organization', 'GIB Capital'],
]);

describe('a place that is also a given name, before a family name, is the person', () => {
  it('صوفيا العلوي', () => expect(nameAt('تأسست الشركة على يد إسماعيل بلخياط وزوجته صوفيا العلوي، وتشغل 250 موظفا', 'صوفيا العلوي')?.kind).toBe('person'));
  it('صوفيا before a common word stays the city', () => expect(nameAt('وعقد المؤتمر في صوفيا الأسبوع الماضي', 'صوفيا')?.kind).toBe('place'));
  it('صوفيا before a nationality adjective stays the city', () => expect(nameAt('وزار صوفيا البلغارية', 'صوفيا')?.kind).toBe('place'));
});

describe('person-name boundaries: misses', () => {
  it('a word after a title and a definite word is no name (الرئيس، في كلمة ألقاها)', () => expect(names('قال الرئيس، في كلمة ألقاها أمس، إن الاقتصاد بخير').map((s) => s.text)).toEqual([]));
  it('بنظيره is not part of the name', () => expect(names('والتقى الأمير فيصل بن فرحان بنظيره').map((s) => s.text)).not.toContain('فيصل بن فرحان بنظيره'));
});

table('airports: مطار … الدولي', [
  ['لإنشاء مستودع آلي قرب مطار آل مكتوم الدولي، باستثمارات تبلغ', 'مطار آل مكتوم الدولي', 'place', 'Al Maktoum International Airport'],
  ['وهبطت الطائرة في مطار الملك خالد الدولي بالرياض', 'مطار الملك خالد الدولي', 'place', 'King Khaled International Airport'],
]);

table('bylines "PLACE - OUTLET": one word alone after the dash is the outlet', [
  ['بغداد - العربية\nمنحت الهيئة أول رخصة', 'العربية', 'organization', 'Al Arabiya'],
  ['كوالالمبور - الشرق\nأعلنت الشركة', 'الشرق', 'organization', 'Asharq'],
  ['دبي – الوسط\nأعلنت الشركة', 'الوسط', 'organization', 'Al Wasat'],
]);

describe('a dash byline with a person, or a word inside a line, is no outlet', () => {
  it('الرباط – سناء الوزاني', () => expect(names('الرباط – سناء الوزاني\nوقعت الحكومة').filter((s) => s.kind === 'organization')).toEqual([]));
  it('a word after a dash inside a sentence', () => expect(names('زار الوفد بغداد - العربية الفصحى لغة رسمية').filter((s) => s.kind === 'organization')).toEqual([]));
});

describe('descriptive phrases after a head are no names', () => {
  for (const text of ['وأعلنت الشركة الأمريكية لتصنيع الرقائق عن أرباحها', 'وأسست شركة مساهمة.', 'وتعمل في شركة كبرى.']) {
    it(text, () => expect(names(text).filter((s) => s.source === 'names-rules').map((s) => s.text)).toEqual([]));
  }
});

describe('a word the document named as a place stays a place after a generic head', () => {
  it('مصنع كوليم after في مدينة كوليم', () => {
    const text = 'توسيع مصنعها في مدينة كوليم بولاية قدح. وقال إن المرحلة الثانية من مصنع كوليم ستصبح الأكبر.';
    expect(names(text).filter((s) => s.text === 'كوليم').map((s) => s.kind)).not.toContain('organization');
  });
});

describe('place heads before common words mark nothing', () => {
  for (const text of ['واكتشفت الشركة حقل غاز جديدا', 'وبنت الحكومة مدينة كبيرة', 'وسافر إلى ولاية كاليفورنيا', 'تطوير منطقة حرة']) {
    it(text, () => expect(names(text).filter((s) => s.source === 'names-rules').map((s) => s.text)).toEqual([]));
  }
});

table('Latin names and codes inside Arabic text', [
  ['أصدرت الشركة نموذج R1 رسميا', 'R1', 'product', 'R1'],
  ['نسخة كاملة من نموذج o1، لكنها', 'o1', 'product', 'o1'],
  ['2048 وحدة من نوع H800إنفيديا', 'H800', 'product', 'H800'],
  ['يتفوق على GPT-4o في الاختبارات', 'GPT-4o', 'product', 'GPT-4o'],
  ['شريحة M4 الجديدة', 'M4', 'product', 'M4'],
  ['قالت Zhipu AI إن', 'Zhipu AI', 'organization', 'Zhipu AI'],
  ['وفقاً لـ"economist".', 'economist', 'organization', 'The Economist'],
  ['وفقا لـ Counterpoint', 'Counterpoint', 'organization', 'Counterpoint Research'],
  ['بحسب techradar فإن', 'techradar', 'organization', 'techradar'],
]);

describe('a name repeated by a part gets the same key', () => {
  it('an unknown surname after the full name', () => {
    const spans = names('وقال ريتفيك غوبتا، الباحث في الجامعة، إن النموذج جيد. وأضاف غوبتا أن');
    const full = spans.find((s) => s.text === 'ريتفيك غوبتا')!;
    const part = spans.find((s) => s.text === 'غوبتا');
    expect(part).toBeDefined();
    expect(part!.kind).toBe('person');
    expect(part!.key).toBe(full.key);
    expect(part!.english).toBe(full.english.split(' ').pop());
  });
  it('an unknown Chinese family name (first word) after the full name', () => {
    const spans = names('أسسها مدير الصندوق وانغ شياو مينغ، وقال وانغ إن');
    const part = spans.find((s) => s.text === 'وانغ');
    expect(part?.kind).toBe('person');
    expect(part?.english).toBe('Wang');
  });
});

describe('a name a cue introduced once is found again bare, with the same key', () => {
  it('شركة "زيبو" … وقالت زيبو … ولزيبو', () => {
    const text = 'أعلنت شركة "زيبو" عن نموذج جديد. وقالت زيبو إن النموذج يتفوق. ولزيبو مكاتب في بكين.';
    const spans = names(text).filter((s) => s.text === 'زيبو');
    expect(spans).toHaveLength(3);
    expect(new Set(spans.map((s) => s.key)).size).toBe(1);
  });
  it('a common noun after a head noun is not repeated (شركة غروب … غروب الشمس)', () => {
    expect(names('أعلنت شركة غروب عن خطة. وعند غروب الشمس').map((s) => s.text)).toEqual([]);
  });
});

describe('every span has source, confidence, key and an English name with no Arabic letters', () => {
  const text = 'أعلنت شركة "زيبو" و"ديبسيك" في بكين أن نموذج R1 وقال ريتفيك غوبتا، الباحث في جامعة هارفارد، إن';
  for (const s of names(text)) {
    it(s.text, () => {
      expect(s.source).toMatch(/^names-/);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.key).toMatch(/^(org|person|place|product):/);
      expect(s.english).not.toMatch(/[\u0600-\u06FF]/);
      expect(s.english.length).toBeGreaterThan(0);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  }
});

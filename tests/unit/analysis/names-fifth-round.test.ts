/**
 * Table tests for the general rules added after the fifth fresh round (holdout-35 … 39): each rule
 * with hits and misses, on sentences written for the test (not taken from the articles).
 */
import { describe, expect, it } from 'vitest';
import { names } from './names-helpers';
import { pinyinWord, transliterate } from '../../../lib/analysis/translit';

const marked = (text: string) => names(text).map((s) => `${s.text}/${s.kind}`);
const markedEn = (text: string) => names(text).map((s) => `${s.text}/${s.kind}/${s.english}`);

describe('pinyinWord: a Chinese name written as one word', () => {
  const hits: [string, string][] = [
    ['دونغهو', 'Donghu'], ['تشيانفان', 'Qianfan'], ['دونغفنغ', 'Dongfeng'], ['هانغتشو', 'Hangzhou'],
    ['قوانغدونغ', 'Guangdong'], ['يانغتسي', 'Yangtse'], ['شيانغتان', 'Xiangtan'],
  ];
  for (const [w, en] of hits) it(`${w} → ${en}`, () => expect(pinyinWord(w)).toBe(en));
  // Arabic words, one syllable, and words that do not split wholly into syllables stay out.
  const misses = ['تشكيل', 'تشرين', 'تشانغ', 'لونغ', 'المنغنيز', 'تشجيع', 'بانغيا', 'تسليم'];
  for (const w of misses) it(`${w} → null`, () => expect(pinyinWord(w)).toBeNull());
  it('is used by transliterate for a word in no list', () => expect(transliterate('دونغهو')).toBe('Donghu'));
});

describe('a listed place opening a quoted company name after its head', () => {
  const hits: [string, string][] = [
    ['أعلنت شركة «ووهان شينشين لتصنيع أشباه الموصلات» بدء الإنتاج.', 'ووهان شينشين لتصنيع أشباه الموصلات/organization/Wuhan Shinshin Semiconductor Manufacturing'],
    ['التي تديرها شركة «شنغهاي سبيسيل للتكنولوجيات» منذ عامين.', 'شنغهاي سبيسيل للتكنولوجيات/organization/Shanghai Sabisil Technologies'],
    ['ووقعت مجموعة "دبي فيوتشر" اتفاقا.', 'دبي فيوتشر/organization/Dubai Future'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
  // A quoted place alone, or a place after a head with no quotes, stays the place.
  const misses: [string, string][] = [
    ['افتتحت الشركة مصنعا في «ووهان» العام الماضي.', 'ووهان/place'],
    ['ووقعت الشركة في شنغهاي اتفاقا.', 'شنغهاي/place'],
    ['وقال "شنغهاي" إنه مكان جميل.', 'شنغهاي/place'],
  ];
  for (const [text, want] of misses) it(text, () => expect(marked(text)).toContain(want));
});

describe('a quoted model code in Arabic letter names and a number is a product', () => {
  const hits: [string, string][] = [
    ['وستستخدم الرقائق في سيارتها الكهربائية «إس يو 7» الجديدة.', 'إس يو 7/product/SU7'],
    ['وستبدأ تصدير طرازها «تي 10 إف» إلى ألمانيا.', 'تي 10 إف/product/T10F'],
    ['وعرضت الشركة «جي 9» في المعرض.', 'جي 9/product/G9'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
  // Letters alone (an acronym), or a number alone in quotes, are no model code.
  const misses = ['وقال إن «2 3» ليس رقما.', 'وتبلغ النسبة "10" في المئة.'];
  for (const text of misses) it(text, () => expect(names(text).filter((s) => s.kind === 'product')).toEqual([]));
});

describe('a dateline: the first word of a line before a day and a month is a place', () => {
  const hits: [string, string][] = [
    ['شيانغتان، 3 ديسمبر 2025 (إذاعة محلية)\nأطلقت الشركة مصنعا.', 'شيانغتان/place'],
    ['كولونغ 12 مارس (شينخوا) أعلنت الحكومة خطة.', 'كولونغ/place'],
  ];
  for (const [text, want] of hits) it(text, () => expect(marked(text)).toContain(want));
  // A sentence that opens on a preposition and a date, or a date in running text, is no dateline.
  const misses = ['تحديث، 3 يونيو 2025\nأعلنت الشركة أرباحها.', 'السبت، 5 يناير 2025\nأعلنت الشركة.', 'وفي 20 يناير الجاري، أصدرت الشركة نموذجا.', 'بحلول 5 مايو المقبل ستبدأ الشركة البيع.', 'منذ 3 يناير، تراجعت الأسهم.'];
  for (const text of misses) it(text, () => expect(names(text).filter((s) => s.kind === 'place')).toEqual([]));
});

describe('عمان in a dateline is Amman, and so are its other bare mentions', () => {
  it('Jordanian dateline', () => {
    const got = markedEn('عمان - الغد\nقال وزير الطاقة في عمان إن الأسعار سترتفع.').filter((s) => s.startsWith('عمان'));
    expect(got).toEqual(['عمان/place/Amman', 'عمان/place/Amman']);
  });
  it('no dateline: Oman', () => expect(markedEn('وقعت عمان والإمارات اتفاقا.')).toContain('عمان/place/Oman'));
  it('a dateline from Muscat: Oman', () => expect(markedEn('مسقط - الوطن\nوقعت عمان والإمارات اتفاقا.')).toContain('عمان/place/Oman'));
});

describe('places added: Java and its provinces, the Dead Sea, Kocaeli, Gebze, Wenchang', () => {
  const hits: [string, string][] = [
    ['محطة في جاوة الغربية بقدرة كبيرة', 'جاوة الغربية/place/West Java'],
    ['استخراج الليثيوم من مياه البحر الميت', 'البحر الميت/place/Dead Sea'],
    ['مصنع قرب مدينة غبزة بولاية قوجه إيلي', 'قوجه إيلي/place/Kocaeli'],
    ['مصنع قرب مدينة غبزة بولاية قوجه إيلي', 'غبزة/place/Gebze'],
    ['من موقع الإطلاق في ونتشانغ بمقاطعة هاينان', 'ونتشانغ/place/Wenchang'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
});

describe('a one-word outlet name in quotes is the outlet', () => {
  const hits: [string, string][] = [
    ['وأضاف في تصريحات لـ"الغد" أن الإنتاج ارتفع.', 'الغد/organization/Alghad'],
    ['وقال في حديث لـ«القبس» إن الشركة ستتوسع.', 'القبس/organization/Al Qabas'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
  // Unquoted, the word is a common noun (tomorrow, the east).
  const misses = ['وسيعلن الغد عن نتائج جديدة.', 'ويتجه الشرق نحو النمو.', 'ورفع المتظاهرون شعار "الوطن" عاليا.', 'وبدأت "الأيام" الصعبة للشركة.'];
  for (const text of misses) it(text, () => expect(names(text).filter((s) => s.kind === 'organization')).toEqual([]));
});

describe('a three-letter company name named in quotes repeats only in quotes', () => {
  it('quoted repeats are marked', () => {
    const got = marked('افتتحت شركة «توغ» مصنعا جديدا، وقال مدير لـ«توغ» إن الإنتاج سيرتفع.').filter((s) => s.startsWith('توغ'));
    expect(got).toEqual(['توغ/organization', 'توغ/organization']);
  });
  it('an unquoted later use is not', () => {
    const got = marked('افتتحت شركة «سام» مصنعا جديدا، وقال سام إن الإنتاج سيرتفع.').filter((s) => s.startsWith('سام'));
    expect(got).toEqual(['سام/organization']);
  });
});

describe('a definite family name alone after a verb of saying is the person named before', () => {
  it('وأضاف الذنيبات', () => {
    const got = names('قال رئيس مجلس الإدارة محمد الزعبلاوي إن الأرباح ارتفعت. وأضاف الزعبلاوي أن الإنتاج زاد.').filter((s) => s.kind === 'person').map((s) => s.text);
    expect(got).toEqual(['محمد الزعبلاوي', 'الزعبلاوي']);
  });
  it('elsewhere the definite word is left alone', () => {
    const got = names('قال رئيس مجلس الإدارة محمد الزعبلاوي إن الأرباح ارتفعت، وإن الزعبلاوي للتجارة توسعت.').filter((s) => s.kind === 'person').map((s) => s.text);
    expect(got).toEqual(['محمد الزعبلاوي']);
  });
});

describe("Anadolu's byline: place/ reporter/ outlet", () => {
  it('أنقرة/ أمره أوزدمير/ الأناضول', () => {
    expect(marked('أنقرة/ أمره أوزدمير/ الأناضول\nقال الوزير إن الصادرات ارتفعت.')).toEqual(['أنقرة/place', 'أمره أوزدمير/person', 'الأناضول/organization']);
  });
  it('a slash inside a line is no byline', () => {
    expect(names('ارتفعت الصادرات/ الواردات بنسبة كبيرة/ قال الوزير').filter((s) => s.kind === 'person')).toEqual([]);
  });
});

describe('Turkish family names in two words: X أوغلو, قره X', () => {
  const hits: [string, string][] = [
    ['وقال الخبير في جامعة قادر هاس، أوغوز قاضي أوغلو، إن الحوافز ساعدت.', 'أوغوز قاضي أوغلو/person/Oguz Qadioglu'],
    ['وقال المدير التنفيذي محمد غوركان قره قاش إن المبيعات زادت.', 'محمد غوركان قره قاش/person/Mehmet Gurkan Karaqash'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
  it('a place head before قره is no given name', () => {
    expect(names('اندلعت المعارك في إقليم قره داغ أمس.').filter((s) => s.kind === 'person')).toEqual([]);
  });
});

describe('a Chinese name set off by commas after a role', () => {
  const hits: [string, string][] = [
    ['ويرى الخبير في شؤون الفضاء بجامعة بيهانغ، تشن لان، أن الصين تحتاج إلى خفض التكلفة.', 'تشن لان/person'],
    ['وقال الأستاذ في معهد الاقتصاد، وانغ شياو مينغ، إن النمو سيتباطأ.', 'وانغ شياو مينغ/person'],
  ];
  for (const [text, want] of hits) it(text, () => expect(marked(text)).toContain(want));
  const misses = ['وقال، ما هو، إن الأمر صعب.', 'وذلك، لأن هو، السبب.'];
  for (const text of misses) it(text, () => expect(names(text).filter((s) => s.kind === 'person')).toEqual([]));
});

describe('lexicon: recurring names from this round, and a model number after a hyphen', () => {
  const hits: [string, string][] = [
    ['أطلقت الصين صاروخ الحمل «لونغ مارش-8» من هاينان', 'لونغ مارش-8/product/Long March-8'],
    ['خفض البنك المركزي التركي سعر الفائدة', 'البنك المركزي التركي/organization/Central Bank of the Republic of Turkey'],
    ['وقال محمد فاتح قاجر إن الصادرات ارتفعت، وأضاف قاجر أن', 'قاجر/person/Kacir'],
    ['ذكرت صحيفة الشعب اليومية أونلاين أن', 'الشعب اليومية أونلاين/organization/People\'s Daily Online'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
});

describe('organisation heads with a chain: construct nouns, strict heads, conjoined adjectives', () => {
  const hits: [string, string][] = [
    ['أفادت جمعية مصنعي السيارات بأن الإنتاج ارتفع.', 'جمعية مصنعي السيارات/organization/Automotive Manufacturers Association'],
    ['وقالت جمعية مصدري الأسمنت إن الطلب تراجع.', 'جمعية مصدري الأسمنت/organization/Cement Exporters Association'],
    ['وبحسب بيانات دائرة الإحصاءات العامة، ارتفعت الصادرات.', 'دائرة الإحصاءات العامة/organization/Department of General Statistics'],
    ['قالت الباحثة في مركز الدراسات الاستراتيجية والدولية إن', 'مركز الدراسات الاستراتيجية والدولية/organization/Center of Strategic and International Studies'],
    ['ووقعت مذكرة مع لجنة التنمية والإصلاح في المقاطعة', 'لجنة التنمية والإصلاح/organization/Development and Reform Committee'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
  // A data centre, a figure of speech, an undefined construct: no organisation.
  const misses = ['ويعمل مركز البيانات الجديد بطاقة كبيرة.', 'وقال إن الشركة في دائرة الضوء الآن.', 'ودخلت في دائرة الاهتمام.', 'وتضم جمعية كبيرة أعضاء كثيرين.'];
  for (const text of misses) it(text, () => expect(names(text).filter((s) => s.kind === 'organization')).toEqual([]));
});

describe('a listed ministry and a conjoined field', () => {
  const hits: [string, string][] = [
    ['وقعت مذكرة تفاهم مع وزارة الطاقة والثروة المعدنية لدراسة المشروع', 'وزارة الطاقة والثروة المعدنية/organization/Ministry of Energy and Mineral Resources'],
    ['وقالت وزارة الاقتصاد والسياحة الإماراتية إن', 'وزارة الاقتصاد والسياحة الإماراتية/organization/Emirati Ministry of Economy and Tourism'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
  it('another body after و stays apart', () => expect(markedEn('وقالت وزارة المالية والبنك المركزي إن')).toContain('وزارة المالية/organization/Ministry of Finance'));
});

describe('zones and parks keep their head and kind word; later the bare name is the place', () => {
  const hits: [string, string][] = [
    ['في مصنعها الجديد بمنطقة دونغهو للتكنولوجيا الفائقة في مدينة ووهان', 'منطقة دونغهو للتكنولوجيا الفائقة/place/Donghu High-Tech Zone'],
    ['ولا سيما في مجمع موروالي الصناعي الذي تنتج مصاهره', 'مجمع موروالي الصناعي/place/Murwali Industrial Park'],
    ['وافتتحت فرعا في منطقة كيزاد الحرة العام الماضي', 'منطقة كيزاد الحرة/place/Kizad Free Zone'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
  it('an industrial area (منطقة … الصناعية) stays the place', () => expect(marked('مصنع في منطقة باتو كاوان الصناعية')).toContain('باتو كاوان/place'));
  it('repeat', () => expect(marked('في مجمع موروالي الصناعي الذي ينتج الكثير. وتعمل الشركات في موروالي منذ سنوات.')).toContain('موروالي/place'));
});

describe('a listed company and a country in quotes is its branch', () => {
  const hits: [string, string][] = [
    ['وتستحوذ مصانع «فورد أوتوسان» و«تويوتا تركيا» على أكثر من نصف الإنتاج.', 'تويوتا تركيا/organization/Toyota Turkey'],
    ['وقالت «هواوي مصر» إن المبيعات ارتفعت.', 'هواوي مصر/organization/Huawei Egypt'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
  it('unquoted, the company and the country stay apart', () => expect(marked('باعت تويوتا تركيا الكثير من السيارات')).toEqual(['تويوتا/organization', 'تركيا/place']));
});

describe('zones named by a given name, associations of a place, more chain heads', () => {
  const hits: [string, string][] = [
    ['أطلقت الشركة مركزا جديدا للتوزيع في منطقة خليفة الاقتصادية.', 'منطقة خليفة الاقتصادية/place/Khalifa Economic Zone'],
    ['وقال رئيس جمعية مستثمري مرسى علم، إن الإشغال ارتفع.', 'جمعية مستثمري مرسى علم/organization/Marsa Alam Investors Association'],
    ['وقالت رابطة سيارات الركاب الصينية إن المبيعات ارتفعت.', 'رابطة سيارات الركاب الصينية/organization/Chinese Passenger Automotive Association'],
    ['وأكد ديوان الرقابة المالية أن الحسابات سليمة.', 'ديوان الرقابة المالية/organization/Bureau of Finance Oversight'],
    ['وأعلنت إدارة الغذاء والدواء موافقتها على الدواء.', 'إدارة الغذاء والدواء/organization/Administration of Food and Drug'],
    ['وقالت الشركة الوطنية للمحروقات إن الإنتاج ارتفع.', 'الشركة الوطنية للمحروقات/organization/National Hydrocarbons Company'],
    ['وقالت الهيئة العامة للإحصاء إن التضخم تراجع.', 'الهيئة العامة للإحصاء/organization/General Authority for Statistics'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
  // Management of a field, a company's management, one word after إدارة: no agency.
  const misses = ['وقال إن إدارة الشركة قررت التوسع.', 'تعمل إدارة المخاطر على الحد من الخسائر.', 'وتتولى إدارة الاستثمار الجديدة الملف.', 'وقررت إدارة الطيران التوقف.'];
  for (const text of misses) it(text, () => expect(names(text).filter((s) => s.kind === 'organization')).toEqual([]));
});

/**
 * Currencies as Arabic economy news names them, with ISO 4217 codes and English renderings.
 *
 * Sources: ISO 4217 codes; the Arabic names as used by Al Jazeera, Asharq Al-Awsat, Youm7, Xinhua
 * Arabic and china.org.cn (دولار أمريكي/أميركي, يوان/رنمينبي, جنيه إسترليني …). Forms are written as
 * published and normalised when the index is built; the accusative (دولارًا) and the dual
 * (دولاران/دولارين) are derived from the first single-word form, so only singular and plural are listed.
 * A bare currency word shared by several countries (درهم, دينار, ريال, جنيه, ليرة) carries its
 * `family`: an adjective after it settles the country (درهم مغربي, the longest form wins); otherwise
 * money.ts picks the family's country most mentioned in the text (CURRENCY_COUNTRIES: المغرب, الرباط,
 * مغربية … → MAD) and falls back on the usual reading in Arab outlets — "جنيه" the Egyptian pound,
 * "ريال" the Saudi riyal, "درهم" the UAE dirham; "دينار", "ليرة" and "بيزو" stay unresolved and, like
 * the toman (no ISO code), carry a plain English word as their code ("dinar").
 */

/** Currency words several countries share (the bare word's family). */
export type CurrencyFamily = 'dirham' | 'dinar' | 'riyal' | 'pound' | 'lira';

export interface Currency {
  /** ISO 4217 code, or a plain word where the country is unknown ("dinar"). */
  code: string;
  /** Arabic forms, longest first not required (the matcher prefers the longest). */
  forms: readonly string[];
  /** Symbol written before the amount in English ("$", "C$", "€"); absent → "<amount> <plural>". */
  symbol?: string;
  /** English singular and plural name ("yuan", "yuan"). */
  en: readonly [singular: string, plural: string];
  /** Lower when the bare word could be several currencies. */
  confidence?: number;
  /** Set on a bare shared word (درهم, دينار …): the country is read from the text. */
  family?: CurrencyFamily;
}

export const CURRENCIES: readonly Currency[] = [
  { code: 'USD', symbol: '$', en: ['US dollar', 'US dollars'], forms: ['دولار', 'دولارات', 'دولار أمريكي', 'دولار أميركي', 'دولار امريكي', 'دولارات أمريكية', 'دولارات أميركية', 'دولار أمريكى'] },
  { code: 'CAD', symbol: 'C$', en: ['Canadian dollar', 'Canadian dollars'], forms: ['دولار كندي', 'دولارات كندية', 'دولار كندى'] },
  { code: 'AUD', symbol: 'A$', en: ['Australian dollar', 'Australian dollars'], forms: ['دولار أسترالي', 'دولار استرالي', 'دولارات أسترالية'] },
  { code: 'NZD', symbol: 'NZ$', en: ['New Zealand dollar', 'New Zealand dollars'], forms: ['دولار نيوزيلندي', 'دولارات نيوزيلندية'] },
  { code: 'HKD', symbol: 'HK$', en: ['Hong Kong dollar', 'Hong Kong dollars'], forms: ['دولار هونغ كونغ', 'دولار هونج كونج', 'دولار هونغ كونغي', 'دولارات هونغ كونغ'] },
  { code: 'SGD', symbol: 'S$', en: ['Singapore dollar', 'Singapore dollars'], forms: ['دولار سنغافوري', 'دولارات سنغافورية'] },
  { code: 'TWD', symbol: 'NT$', en: ['Taiwan dollar', 'Taiwan dollars'], forms: ['دولار تايواني', 'دولار تايوانى'] },
  { code: 'CNY', en: ['yuan', 'yuan'], forms: ['يوان', 'يوان صيني', 'يوانات', 'رنمينبي', 'يوان رنمينبي', 'رنمينبي يوان', 'يوان صينى'] },
  { code: 'EUR', symbol: '€', en: ['euro', 'euros'], forms: ['يورو', 'يوروهات', 'أورو', 'اورو'] },
  { code: 'GBP', symbol: '£', en: ['pound sterling', 'pounds sterling'], forms: ['جنيه إسترليني', 'جنيه استرليني', 'جنيهات إسترلينية', 'جنيهات استرلينية', 'إسترليني', 'استرليني'] },
  { code: 'EGP', en: ['Egyptian pound', 'Egyptian pounds'], forms: ['جنيه', 'جنيهات'], confidence: 0.85, family: 'pound' },
  { code: 'EGP', en: ['Egyptian pound', 'Egyptian pounds'], forms: ['جنيه مصري', 'جنيهات مصرية', 'جنيه مصرى'] },
  { code: 'SDG', en: ['Sudanese pound', 'Sudanese pounds'], forms: ['جنيه سوداني', 'جنيهات سودانية', 'جنيه سودانى'] },
  { code: 'SSP', en: ['South Sudanese pound', 'South Sudanese pounds'], forms: ['جنيه جنوب سوداني'] },
  { code: 'SAR', en: ['Saudi riyal', 'Saudi riyals'], forms: ['ريال', 'ريالات'], confidence: 0.9, family: 'riyal' },
  { code: 'SAR', en: ['Saudi riyal', 'Saudi riyals'], forms: ['ريال سعودي', 'ريالات سعودية', 'ريال سعودى'] },
  { code: 'QAR', en: ['Qatari riyal', 'Qatari riyals'], forms: ['ريال قطري', 'ريالات قطرية', 'ريال قطرى'] },
  { code: 'OMR', en: ['Omani rial', 'Omani rials'], forms: ['ريال عماني', 'ريالات عمانية', 'ريال عمانى'] },
  { code: 'YER', en: ['Yemeni rial', 'Yemeni rials'], forms: ['ريال يمني', 'ريالات يمنية'] },
  { code: 'IRR', en: ['Iranian rial', 'Iranian rials'], forms: ['ريال إيراني', 'ريالات إيرانية'] },
  { code: 'BRL', en: ['Brazilian real', 'Brazilian reais'], forms: ['ريال برازيلي'] },
  { code: 'AED', en: ['UAE dirham', 'UAE dirhams'], forms: ['درهم', 'دراهم'], confidence: 0.9, family: 'dirham' },
  { code: 'AED', en: ['UAE dirham', 'UAE dirhams'], forms: ['درهم إماراتي', 'درهم اماراتي', 'دراهم إماراتية', 'درهم إماراتى'] },
  { code: 'MAD', en: ['Moroccan dirham', 'Moroccan dirhams'], forms: ['درهم مغربي', 'دراهم مغربية', 'درهم مغربى'] },
  { code: 'dinar', en: ['dinar', 'dinars'], forms: ['دينار', 'دنانير'], confidence: 0.8, family: 'dinar' },
  { code: 'KWD', en: ['Kuwaiti dinar', 'Kuwaiti dinars'], forms: ['دينار كويتي', 'دنانير كويتية'] },
  { code: 'BHD', en: ['Bahraini dinar', 'Bahraini dinars'], forms: ['دينار بحريني', 'دنانير بحرينية'] },
  { code: 'JOD', en: ['Jordanian dinar', 'Jordanian dinars'], forms: ['دينار أردني', 'دنانير أردنية'] },
  { code: 'IQD', en: ['Iraqi dinar', 'Iraqi dinars'], forms: ['دينار عراقي', 'دنانير عراقية'] },
  { code: 'LYD', en: ['Libyan dinar', 'Libyan dinars'], forms: ['دينار ليبي', 'دنانير ليبية'] },
  { code: 'TND', en: ['Tunisian dinar', 'Tunisian dinars'], forms: ['دينار تونسي', 'دنانير تونسية'] },
  { code: 'DZD', en: ['Algerian dinar', 'Algerian dinars'], forms: ['دينار جزائري', 'دنانير جزائرية'] },
  { code: 'lira', en: ['lira', 'lira'], forms: ['ليرة', 'ليرات'], confidence: 0.8, family: 'lira' },
  { code: 'TRY', en: ['Turkish lira', 'Turkish lira'], forms: ['ليرة تركية', 'ليرات تركية'] },
  { code: 'LBP', en: ['Lebanese pound', 'Lebanese pounds'], forms: ['ليرة لبنانية', 'ليرات لبنانية'] },
  { code: 'SYP', en: ['Syrian pound', 'Syrian pounds'], forms: ['ليرة سورية', 'ليرات سورية'] },
  { code: 'ILS', en: ['shekel', 'shekels'], forms: ['شيكل', 'شواكل', 'شيكلا', 'شيقل', 'شيكل إسرائيلي'] },
  { code: 'JPY', en: ['yen', 'yen'], forms: ['ين', 'ين ياباني'] },
  { code: 'KRW', en: ['won', 'won'], forms: ['وون', 'وون كوري', 'وون كوري جنوبي'] },
  { code: 'RUB', en: ['rouble', 'roubles'], forms: ['روبل', 'روبلات', 'روبل روسي'] },
  { code: 'INR', en: ['rupee', 'rupees'], forms: ['روبية', 'روبيات', 'روبية هندية', 'روبيه'] },
  { code: 'PKR', en: ['Pakistani rupee', 'Pakistani rupees'], forms: ['روبية باكستانية'] },
  { code: 'IDR', en: ['rupiah', 'rupiah'], forms: ['روبية إندونيسية', 'روبية اندونيسية'] },
  { code: 'CHF', en: ['Swiss franc', 'Swiss francs'], forms: ['فرنك سويسري', 'فرنكات سويسرية'] },
  { code: 'CHF', en: ['Swiss franc', 'Swiss francs'], forms: ['فرنك', 'فرنكات'], confidence: 0.8 },
  { code: 'toman', en: ['toman', 'tomans'], forms: ['تومان', 'تومانات'], confidence: 0.8 },
  { code: 'peso', en: ['peso', 'pesos'], forms: ['بيزو', 'بيزوس'], confidence: 0.8 },
  { code: 'ARS', en: ['Argentine peso', 'Argentine pesos'], forms: ['بيزو أرجنتيني'] },
  { code: 'MXN', en: ['Mexican peso', 'Mexican pesos'], forms: ['بيزو مكسيكي'] },
  { code: 'VND', en: ['dong', 'dong'], forms: ['دونغ', 'دونج'] },
  { code: 'NGN', en: ['naira', 'naira'], forms: ['نايرا', 'نيرة'] },
  { code: 'KES', en: ['Kenyan shilling', 'Kenyan shillings'], forms: ['شلن كيني', 'شلن'] },
  { code: 'ZAR', en: ['rand', 'rand'], forms: ['راند'] },
  { code: 'MYR', en: ['ringgit', 'ringgit'], forms: ['رينغيت', 'رنجت'] },
  { code: 'BTC', en: ['bitcoin', 'bitcoins'], forms: ['بيتكوين', 'بتكوين'] },
  // Algerian press abbreviation of the dinar ("300 دج")
  { code: 'DZD', en: ['Algerian dinar', 'Algerian dinars'], forms: ['دج'] },
  // subunits, kept as written (no ISO code): Moroccan copy counts in centimes ("50 مليار سنتيم"),
  // Gulf prices in fils and halalas, Egyptian in piastres
  { code: 'centime', en: ['centime', 'centimes'], forms: ['سنتيم', 'سنتيمات', 'سنتيما'] },
  { code: 'fils', en: ['fils', 'fils'], forms: ['فلس', 'فلسا'] },
  { code: 'halala', en: ['halala', 'halalas'], forms: ['هللة', 'هللات'] },
  { code: 'piastre', en: ['piastre', 'piastres'], forms: ['قرش', 'قروش', 'قرشا'] },
  // the US cent of oil and share prices ("صعد خام برنت 94 سنتاً"): converted to dollars (SUBUNITS)
  { code: 'cent', en: ['cent', 'cents'], forms: ['سنت', 'سنتات'] },
];

/**
 * Subunits read as a fraction of their currency: "94 سنتاً" is USD 0.94 ("94 cents"), "18 هللة" SAR
 * 0.18, "35 قرشاً" EGP 0.35 (the piastre of Egyptian prices). Fils and centimes stay as written:
 * their currency depends on the country (the fils of the dinar or the dirham).
 */
export const SUBUNITS: Readonly<Record<string, { code: string; per: number }>> = {
  cent: { code: 'USD', per: 100 },
  halala: { code: 'SAR', per: 100 },
  piastre: { code: 'EGP', per: 100 },
};

/**
 * Which country a shared currency word means, by family: ISO code → words naming that country in
 * the text (country, capital and big cities, nationality adjective; written as published, normalised
 * and stripped of proclitics when matched). "عمان" is left out (Oman or Amman); "سلطنة عمان" is
 * caught by its adjective and capital.
 */
export const CURRENCY_COUNTRIES: Readonly<Record<CurrencyFamily, Readonly<Record<string, readonly string[]>>>> = {
  dirham: {
    AED: ['الإمارات', 'إمارات', 'إماراتي', 'إماراتية', 'الإماراتي', 'الإماراتية', 'الإماراتيين', 'دبي', 'أبوظبي', 'أبو ظبي', 'الشارقة'],
    MAD: ['المغرب', 'مغربي', 'مغربية', 'المغربي', 'المغربية', 'المغاربة', 'الرباط', 'البيضاء', 'طنجة', 'مراكش', 'فاس', 'أكادير', 'للمغرب'],
  },
  dinar: {
    KWD: ['الكويت', 'كويتي', 'كويتية', 'الكويتي', 'الكويتية'],
    JOD: ['الأردن', 'أردني', 'أردنية', 'الأردني', 'الأردنية'],
    BHD: ['البحرين', 'بحريني', 'بحرينية', 'البحريني', 'البحرينية', 'المنامة'],
    IQD: ['العراق', 'عراقي', 'عراقية', 'العراقي', 'العراقية', 'بغداد', 'البصرة', 'أربيل'],
    TND: ['تونس', 'تونسي', 'تونسية', 'التونسي', 'التونسية', 'صفاقس'],
    DZD: ['الجزائر', 'جزائري', 'جزائرية', 'الجزائري', 'الجزائرية', 'وهران'],
    LYD: ['ليبيا', 'ليبي', 'ليبية', 'الليبي', 'الليبية', 'طرابلس', 'بنغازي'],
  },
  riyal: {
    SAR: ['السعودية', 'سعودي', 'سعودية', 'السعودي', 'الرياض', 'جدة', 'المملكة العربية السعودية'],
    QAR: ['قطر', 'قطري', 'قطرية', 'القطري', 'القطرية', 'الدوحة'],
    OMR: ['عماني', 'عمانية', 'العماني', 'العمانية', 'مسقط', 'السلطنة'],
    YER: ['اليمن', 'يمني', 'يمنية', 'اليمني', 'اليمنية', 'صنعاء', 'عدن'],
    IRR: ['إيران', 'إيراني', 'إيرانية', 'الإيراني', 'الإيرانية', 'طهران'],
  },
  pound: {
    EGP: ['مصر', 'مصري', 'مصرية', 'المصري', 'المصرية', 'القاهرة', 'الإسكندرية'],
    SDG: ['السودان', 'سوداني', 'سودانية', 'السوداني', 'السودانية', 'الخرطوم'],
    GBP: ['بريطانيا', 'بريطاني', 'بريطانية', 'البريطاني', 'البريطانية', 'لندن', 'المملكة المتحدة'],
  },
  lira: {
    TRY: ['تركيا', 'تركي', 'تركية', 'التركي', 'التركية', 'أنقرة', 'إسطنبول', 'اسطنبول'],
    LBP: ['لبنان', 'لبناني', 'لبنانية', 'اللبناني', 'اللبنانية', 'بيروت'],
    SYP: ['سوريا', 'سورية', 'سوري', 'السوري', 'السورية', 'دمشق', 'حلب'],
  },
};

/** Symbols written before (or after) the digits. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', '￥': 'CNY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS',
};

/** Latin letters glued before "$" (C$19 → CAD). */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  C: 'CAD', CA: 'CAD', A: 'AUD', AU: 'AUD', HK: 'HKD', US: 'USD', S: 'SGD', NZ: 'NZD', NT: 'TWD',
};

/** ISO codes written in Latin next to an amount (5 مليارات USD). */
export const CURRENCY_CODES: readonly string[] = ['USD', 'EUR', 'GBP', 'CNY', 'RMB', 'JPY', 'SAR', 'AED', 'EGP', 'KWD', 'QAR', 'CAD', 'AUD', 'CHF', 'INR', 'TRY'];

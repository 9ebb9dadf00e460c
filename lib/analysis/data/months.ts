/**
 * Month names as Arabic news writes them, by calendar and naming system.
 *
 * Sources: the Gregorian names used in Egypt and the Gulf (يناير … ديسمبر), the Syriac names of the
 * Levant and Iraq (كانون الثاني … كانون الأول), the Moroccan names (يناير، فبراير، مارس، أبريل، ماي، يونيو،
 * يوليوز، غشت، شتنبر، أكتوبر، نونبر، دجنبر — Hespress, Le360, MAP) and the French-derived names of Algeria
 * and Tunisia (جانفي، فيفري، مارس، أفريل، ماي، جوان، جويلية، أوت، سبتمبر، أكتوبر، نوفمبر، ديسمبر — APS, TAP),
 * and the Hijri months; spelling variants collected from Al Jazeera, Asharq Al-Awsat, Youm7,
 * Xinhua Arabic and china.org.cn articles. Forms are written as published; they are normalised
 * (alef/yeh/teh-marbuta folding) when the index is built, so one variant per real spelling is enough.
 */

export interface MonthName {
  /** 1..12 */
  month: number;
  calendar: 'gregorian' | 'hijri';
  /** Written forms; several words allowed ("كانون الثاني"). */
  forms: readonly string[];
  /**
   * True where the word is also a common word or name (مارس "he practised", نيسان the carmaker,
   * صفر "zero", رمضان a given name): such a month counts only next to a day or a year.
   */
  ambiguous?: boolean;
}

export const GREGORIAN_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const HIJRI_EN = [
  'Muharram', 'Safar', 'Rabi al-Awwal', 'Rabi al-Thani', 'Jumada al-Awwal', 'Jumada al-Thani',
  'Rajab', "Sha'ban", 'Ramadan', 'Shawwal', "Dhu al-Qa'dah", 'Dhu al-Hijjah',
] as const;

export const MONTHS: readonly MonthName[] = [
  // Gregorian, Egypt/Gulf names, and Maghreb names
  { month: 1, calendar: 'gregorian', forms: ['يناير', 'ينايِر', 'جانفي', 'جانفيي', 'كانون الثاني', 'كانون ثاني'] },
  { month: 2, calendar: 'gregorian', forms: ['فبراير', 'فبرير', 'فيفري', 'فيفرى', 'شباط'] },
  { month: 3, calendar: 'gregorian', forms: ['مارس', 'آذار', 'أذار'], ambiguous: true },
  { month: 4, calendar: 'gregorian', forms: ['أبريل', 'إبريل', 'ابريل', 'أفريل', 'نيسان'], ambiguous: true },
  { month: 5, calendar: 'gregorian', forms: ['مايو', 'ماي', 'أيار', 'مايّو'], ambiguous: true },
  { month: 6, calendar: 'gregorian', forms: ['يونيو', 'يونيه', 'يونيوز', 'جوان', 'حزيران'] },
  { month: 7, calendar: 'gregorian', forms: ['يوليو', 'يوليه', 'يوليوز', 'جويلية', 'جويليه', 'تموز'] },
  { month: 8, calendar: 'gregorian', forms: ['أغسطس', 'اغسطس', 'أغستس', 'غشت', 'أغشت', 'أوت', 'آب'], ambiguous: true },
  { month: 9, calendar: 'gregorian', forms: ['سبتمبر', 'شتنبر', 'سبتمبير', 'أيلول'] },
  { month: 10, calendar: 'gregorian', forms: ['أكتوبر', 'اكتوبر', 'أكتوبير', 'تشرين الأول', 'تشرين أول'] },
  { month: 11, calendar: 'gregorian', forms: ['نوفمبر', 'نونبر', 'نوفمبير', 'تشرين الثاني', 'تشرين ثاني'] },
  { month: 12, calendar: 'gregorian', forms: ['ديسمبر', 'دجنبر', 'ديسمبير', 'كانون الأول', 'كانون أول'] },
  // Hijri
  { month: 1, calendar: 'hijri', forms: ['محرم', 'المحرم'], ambiguous: true },
  { month: 2, calendar: 'hijri', forms: ['صفر'], ambiguous: true },
  { month: 3, calendar: 'hijri', forms: ['ربيع الأول', 'ربيع أول'], ambiguous: true },
  { month: 4, calendar: 'hijri', forms: ['ربيع الآخر', 'ربيع الثاني', 'ربيع ثاني'], ambiguous: true },
  { month: 5, calendar: 'hijri', forms: ['جمادى الأولى', 'جمادى الأول'], ambiguous: true },
  { month: 6, calendar: 'hijri', forms: ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'], ambiguous: true },
  { month: 7, calendar: 'hijri', forms: ['رجب'], ambiguous: true },
  { month: 8, calendar: 'hijri', forms: ['شعبان'], ambiguous: true },
  { month: 9, calendar: 'hijri', forms: ['رمضان'], ambiguous: true },
  { month: 10, calendar: 'hijri', forms: ['شوال'], ambiguous: true },
  { month: 11, calendar: 'hijri', forms: ['ذو القعدة', 'ذي القعدة'], ambiguous: true },
  { month: 12, calendar: 'hijri', forms: ['ذو الحجة', 'ذي الحجة'], ambiguous: true },
];

/** Ordinal day words used before "من <month>" ("الأول من يناير" = January 1). */
export const ORDINAL_DAYS: Readonly<Record<string, number>> = {
  'الأول': 1, 'الثاني': 2, 'الثالث': 3, 'الرابع': 4, 'الخامس': 5, 'السادس': 6, 'السابع': 7,
  'الثامن': 8, 'التاسع': 9, 'العاشر': 10, 'الحادي عشر': 11, 'الثاني عشر': 12, 'الثالث عشر': 13,
  'الرابع عشر': 14, 'الخامس عشر': 15, 'السادس عشر': 16, 'السابع عشر': 17, 'الثامن عشر': 18,
  'التاسع عشر': 19, 'العشرين': 20, 'الحادي والعشرين': 21, 'الثاني والعشرين': 22,
  'الثالث والعشرين': 23, 'الرابع والعشرين': 24, 'الخامس والعشرين': 25, 'السادس والعشرين': 26,
  'السابع والعشرين': 27, 'الثامن والعشرين': 28, 'التاسع والعشرين': 29, 'الثلاثين': 30,
  'الحادي والثلاثين': 31,
};

/**
 * Arabic number words: cardinals (واحد … تسعون), hundreds (مائة/مئة and compounds), scale words
 * (ألف, مليون, مليار, تريليون with plurals, accusatives and duals, and the Maghreb ملايير) and the
 * fractions used with scales (نصف مليون). Source: standard Arabic grammar (e.g. Wright, "A Grammar
 * of the Arabic Language", §§ on numerals) and the spellings met in news copy.
 */

export type WordKind = 'unit' | 'ten' | 'hundred' | 'scale' | 'fraction';

export interface NumberWord {
  value: number;
  kind: WordKind;
  /** A dual (ألفان, مليارين): the word alone means two of the scale. */
  dual?: boolean;
  /** أحد/إحدى: "one" only inside a teen (أحد عشر); alone it means "one of". */
  teenOnly?: boolean;
}

const W = (value: number, kind: WordKind, extra: Partial<NumberWord> = {}): NumberWord => ({ value, kind, ...extra });

/** Written forms (as published; normalised by numbers.ts) → meaning. */
export const NUMBER_WORD_FORMS: readonly [readonly string[], NumberWord][] = [
  [['واحد', 'واحدة', 'واحدا'], W(1, 'unit')],
  [['أحد', 'إحدى'], W(1, 'unit', { teenOnly: true })],
  [['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي', 'إثنان', 'إثنين', 'ثنتان', 'ثنتين'], W(2, 'unit')],
  [['ثلاث', 'ثلاثة'], W(3, 'unit')],
  [['أربع', 'أربعة'], W(4, 'unit')],
  [['خمس', 'خمسة'], W(5, 'unit')],
  [['ست', 'ستة'], W(6, 'unit')],
  [['سبع', 'سبعة'], W(7, 'unit')],
  [['ثمان', 'ثماني', 'ثمانية'], W(8, 'unit')],
  [['تسع', 'تسعة'], W(9, 'unit')],
  [['عشر', 'عشرة'], W(10, 'unit')],
  [['عشرون', 'عشرين'], W(20, 'ten')],
  [['ثلاثون', 'ثلاثين'], W(30, 'ten')],
  [['أربعون', 'أربعين'], W(40, 'ten')],
  [['خمسون', 'خمسين'], W(50, 'ten')],
  [['ستون', 'ستين'], W(60, 'ten')],
  [['سبعون', 'سبعين'], W(70, 'ten')],
  [['ثمانون', 'ثمانين'], W(80, 'ten')],
  [['تسعون', 'تسعين'], W(90, 'ten')],
  [['مائة', 'مئة', 'مية'], W(100, 'hundred')],
  // مئتا/مئتي normalise to ميتا/ميتي, which is how Arabic writes "Meta": left out on purpose.
  [['مائتان', 'مائتين', 'مائتا', 'مائتي', 'مئتان', 'مئتين'], W(200, 'hundred')],
  [['ثلاثمائة', 'ثلاثمئة'], W(300, 'hundred')],
  [['أربعمائة', 'أربعمئة'], W(400, 'hundred')],
  [['خمسمائة', 'خمسمئة'], W(500, 'hundred')],
  [['ستمائة', 'ستمئة'], W(600, 'hundred')],
  [['سبعمائة', 'سبعمئة'], W(700, 'hundred')],
  [['ثمانمائة', 'ثمانيمائة', 'ثمانمئة', 'ثمانيمئة'], W(800, 'hundred')],
  [['تسعمائة', 'تسعمئة'], W(900, 'hundred')],
  [['ألف', 'آلاف', 'ألفا'], W(1e3, 'scale')],
  [['ألفان', 'ألفين', 'ألفي'], W(1e3, 'scale', { dual: true })],
  [['مليون', 'ملايين', 'مليونا'], W(1e6, 'scale')],
  [['مليونان', 'مليونين', 'مليوني'], W(1e6, 'scale', { dual: true })],
  // ملايير: the Maghreb plural of مليار (Hespress, Le360 Arabic)
  [['مليار', 'مليارات', 'مليارا', 'ملايير', 'بليون', 'بلايين', 'بليونا'], W(1e9, 'scale')],
  [['ملياران', 'مليارين', 'ملياري', 'بليونين'], W(1e9, 'scale', { dual: true })],
  [['تريليون', 'تريليونات', 'تريليونا', 'ترليون', 'ترليونات', 'ترليونا'], W(1e12, 'scale')],
  [['تريليونان', 'تريليونين', 'تريليوني', 'ترليونين'], W(1e12, 'scale', { dual: true })],
  [['نصف'], W(0.5, 'fraction')],
  [['ربع'], W(0.25, 'fraction')],
  [['ثلث'], W(1 / 3, 'fraction')],
  [['ثلثي', 'ثلثا'], W(2 / 3, 'fraction')],
];

/**
 * What an amount measures, read from the words just before it in its sentence (issue 3, item 8):
 * "بلغت الإيرادات ... 8.04 تريليون يوان" → "revenue". Arabic cues are matched on normalised words,
 * with or without the article and proclitics. Hand-written: a small closed list of economy-news
 * vocabulary that no package provides for Arabic.
 */
export interface FactLabel {
  /** Normalised Arabic stems (no article), any of which signals the label. */
  cues: readonly string[];
  label: string;
}

export const FACT_LABELS: readonly FactLabel[] = [
  { cues: ['ايرادات', 'ايراد', 'عايدات', 'عائدات', 'مبيعات'], label: 'revenue' },
  { cues: ['ارباح', 'ربح', 'صافي'], label: 'profit' },
  { cues: ['خسائر', 'خساره'], label: 'losses' },
  { cues: ['استثمار', 'استثمارات'], label: 'investment' },
  { cues: ['تمويل', 'جوله'], label: 'funding' },
  { cues: ['ميزانيه', 'تكلفه', 'كلفه', 'تكاليف'], label: 'cost' },
  { cues: ['تدريب'], label: 'training' },
  { cues: ['قيمه', 'قيمتها', 'السوقيه'], label: 'value' },
  { cues: ['صادرات', 'تصدير'], label: 'exports' },
  { cues: ['واردات', 'استيراد'], label: 'imports' },
  { cues: ['انتاج', 'حجم'], label: 'output' },
  { cues: ['نمو', 'زياده', 'ارتفاع', 'ارتفع', 'ارتفعت', 'ازدادت', 'قفز', 'قفزت'], label: 'increase' },
  { cues: ['انخفاض', 'تراجع', 'تراجعت', 'انخفضت', 'هبوط'], label: 'decrease' },
  { cues: ['حصه', 'نسبه'], label: 'share' },
  { cues: ['سعر', 'اسعار', 'سهم'], label: 'price' },
  { cues: ['صفقه', 'استحواذ'], label: 'deal' },
  { cues: ['دين', 'ديون', 'قروض', 'قرض'], label: 'debt' },
  { cues: ['تضخم'], label: 'inflation' },
  { cues: ['ناتج', 'الاجمالي'], label: 'GDP' },
  { cues: ['مستخدم', 'مستخدمين', 'مشترك', 'مشتركين'], label: 'users' },
  { cues: ['موظف', 'موظفين', 'وظيفه', 'وظائف'], label: 'jobs' },
];

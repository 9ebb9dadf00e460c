/**
 * English renderings of amounts: "$5.6 million", "50 billion yuan", "2,048 GPUs", "three days",
 * "0.5%", "4.7 percentage points". Shared by the numeric annotator and the facts/summary code, so
 * the same amount always reads the same way. Plurals of counted nouns come from a table that
 * compromise made (data/plurals.generated.ts; see inflect.ts for why not compromise at run time).
 */
import { PLURALS } from './data/plurals.generated';
import { CURRENCIES, SUBUNITS, type Currency } from './data/currencies';

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** 1234567.5 → "1,234,567.5": a fast path for the common case; Intl for the rest. */
function grouped(v: number): string {
  if (v >= 1e21 || v < 1e-6) return GROUPED.format(v);
  const r = Math.round(v * 1e6) / 1e6;
  const s = String(r);
  const dot = s.indexOf('.');
  const int = dot < 0 ? s : s.slice(0, dot);
  if (int.length <= 3) return s;
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return dot < 0 ? out : out + s.slice(dot);
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0..99 in words ("twenty-five"); undefined outside that range or for fractions. */
export function numberInWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 99) return undefined;
  if (n < 20) return SMALL[n];
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 ? `${t}-${SMALL[n % 10]}` : t;
}

const SCALES: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

export interface NumberStyle {
  /** The Arabic wrote the number in words: small integers render as English words ("three"). */
  words?: boolean;
}

/**
 * 2048 → "2,048"; 5600000 → "5.6 million"; 1e9 → "1 billion"; 0.5 → "0.5"; with `words`, 3 → "three".
 * Never throws; non-finite input gives "".
 */
export function formatNumber(value: number, style: NumberStyle = {}): string {
  if (!Number.isFinite(value)) return '';
  const neg = value < 0 ? '-' : '';
  const v = Math.abs(value);
  if (style.words) {
    const w = numberInWords(v);
    if (w && v <= 20) return neg + w;
  }
  for (const [scale, name] of SCALES) {
    if (v >= scale) {
      const q = v / scale;
      const r = Math.round(q * 1000) / 1000;
      if (Math.abs(r - q) < 1e-9 * Math.max(1, q)) return `${neg}${grouped(r)} ${name}`;
      break;
    }
  }
  return neg + grouped(v);
}

const CURRENCY_BY_CODE = new Map<string, Currency>(CURRENCIES.map((c) => [c.code, c]));

/** The English name of a currency code, singular and plural ("yuan", "yuan"). */
export function currencyName(code: string): readonly [string, string] {
  return CURRENCY_BY_CODE.get(code)?.en ?? [code, code];
}

/** A currency's subunit (SUBUNITS, by the currency's code): how many make one, and its English. */
const SUBUNIT_OF = new Map(Object.entries(SUBUNITS).map(([sub, { code, per }]) => [code, { per, en: CURRENCY_BY_CODE.get(sub)?.en ?? [sub, `${sub}s`] }]));

/** USD 5.6e6 → "$5.6 million"; CAD → "C$19 billion"; CNY → "50 billion yuan"; EUR → "€3 billion". */
export function formatMoney(value: number, code: string): string {
  // less than one unit is said in the subunit: USD 0.94 → "94 cents", SAR 0.18 → "18 halalas"
  const sub = SUBUNIT_OF.get(code);
  if (sub && value > 0 && value < 1 && Number.isInteger(Math.round(value * sub.per * 1e4) / 1e4)) {
    const n = Math.round(value * sub.per);
    return `${n} ${n === 1 ? sub.en[0] : sub.en[1]}`;
  }
  const c = CURRENCY_BY_CODE.get(code);
  const n = formatNumber(value);
  if (c?.symbol) return `${c.symbol}${n}`;
  const [one, many] = c?.en ?? [code, code];
  return `${n} ${value === 1 ? one : many}`;
}

/** 0.5 → "0.5%"; with unit "percentage points" → "4.7 percentage points". */
export function formatPercent(value: number, unit?: string): string {
  const n = formatNumber(value);
  if (unit === 'percentage points') return `${n} ${value === 1 ? 'percentage point' : 'percentage points'}`;
  if (unit === 'basis points') return `${n} ${value === 1 ? 'basis point' : 'basis points'}`;
  return `${n}%`;
}

/** The regular English plural of a word: +es after a sibilant, y → ies after a consonant, else +s. */
export const regularPlural = (word: string): string =>
  /(s|sh|ch|x|z)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;

/**
 * English plural of a counted noun ("GPU" → "GPUs", "person" → "people"): the `pl` given, else the
 * table made for data/units.ts (each noun's own plural, or compromise's), else (a noun added without regenerating the table,
 * which the plurals test reports) the regular ending on its last word.
 */
export function pluralNoun(singular: string, override?: string): string {
  if (override) return override;
  const hit = PLURALS.get(singular);
  if (hit) return hit;
  const words = singular.split(' ');
  const last = words.pop() ?? singular;
  return [...words, /^[A-Z0-9]{2,}$/.test(last) ? `${last}s` : regularPlural(last)].join(' ');
}

/** 2048 GPUs → "2,048 GPUs"; words-written 3 days → "three days"; 1e9 → "1 billion internet users". */
export function formatQuantity(value: number, singular: string, plural?: string, style: NumberStyle = {}): string {
  const noun = value === 1 ? singular : plural ?? pluralNoun(singular);
  return `${formatNumber(value, style)} ${noun}`;
}

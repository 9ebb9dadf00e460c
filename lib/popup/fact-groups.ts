/**
 * The popup's key facts, grouped the way a reader asks: Who, Where, What, Figures, When.
 *
 * Built from `analysis.facts` (the lead's choice and ranking) and `analysis.annotations` (every
 * mention). Mentions of one thing share a `key` (falling back to kind + English), so an item
 * knows all its mentions and the popup can step through them on the page.
 */
import type { Analysis, Fact, Kind, Span } from '../analysis/types';

export type GroupId = 'who' | 'where' | 'what' | 'figures' | 'when';

export interface Mention {
  start: number;
  end: number;
}

export interface FactItem {
  /** Stable identity (the grouping key). */
  id: string;
  kind: Kind;
  /** What the reader reads: "DeepSeek", "$5.6 million". */
  english: string;
  /** The Arabic original of the first mention with that rendering. */
  arabic: string;
  /** What a figure counts or measures, when known. */
  label?: string;
  value?: number | string;
  unit?: string;
  /** Every mention, in article order. */
  mentions: Mention[];
}

export interface FactGroup {
  id: GroupId;
  title: string;
  items: FactItem[];
}

const GROUPS: { id: GroupId; title: string; kinds: readonly Kind[] }[] = [
  { id: 'who', title: 'Who', kinds: ['person', 'organization'] },
  { id: 'where', title: 'Where', kinds: ['place'] },
  { id: 'what', title: 'What', kinds: ['product'] },
  { id: 'figures', title: 'Figures', kinds: ['money', 'quantity', 'percent', 'number'] },
  { id: 'when', title: 'When', kinds: ['date'] },
];

/** Figure kinds listed even when the facts do not name them (plain numbers are not). */
const FALLBACK_FIGURES: readonly Kind[] = ['money', 'quantity', 'percent'];

const ENTITY: ReadonlySet<Kind> = new Set(['person', 'organization', 'place', 'product']);

/** The identity of a mention: its key, else kind + English (names) or kind + value + unit (numbers). */
export function keyOf(s: Pick<Span, 'kind' | 'english' | 'value' | 'unit' | 'key'>): string {
  if (s.key) return s.key;
  if (ENTITY.has(s.kind)) return `${s.kind}:${s.english.trim().toLowerCase()}`;
  return `${s.kind}:${String(s.value ?? s.english.trim().toLowerCase())}:${s.unit ?? ''}`;
}

interface Bucket {
  key: string;
  spans: Span[];
}

function bucketSpans(spans: readonly Span[]): Map<string, Bucket> {
  const out = new Map<string, Bucket>();
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const k = keyOf(s);
    const b = out.get(k) ?? { key: k, spans: [] };
    b.spans.push(s);
    out.set(k, b);
  }
  return out;
}

/**
 * The bucket a fact belongs to: that of the annotation it was taken from (found by position, so
 * the facts' own key spelling need not match ours), else the fact's key.
 */
function factKey(f: Fact, spans: readonly Span[]): string {
  const same = spans.find((s) => s.start === f.start && s.end === f.end) ?? spans.find((s) => s.kind === f.kind && s.start < f.end && f.start < s.end);
  return same ? keyOf(same) : keyOf(f);
}

/** Most complete rendering: the English of the longest Arabic mention, then the most frequent. */
function bestRendering(spans: readonly Span[]): Span {
  const freq = new Map<string, number>();
  for (const s of spans) freq.set(s.english, (freq.get(s.english) ?? 0) + 1);
  return [...spans].sort((a, b) => b.text.length - a.text.length || (freq.get(b.english) ?? 0) - (freq.get(a.english) ?? 0) || a.start - b.start)[0]!;
}

function itemFrom(key: string, bucket: Bucket | undefined, fact: Fact | undefined): FactItem | null {
  const spans = bucket?.spans ?? [];
  if (spans.length === 0 && !fact) return null;
  const kind = fact?.kind ?? spans[0]!.kind;
  const mentions: Mention[] = spans.length ? spans.map((s) => ({ start: s.start, end: s.end })) : [{ start: fact!.start, end: fact!.end }];
  if (ENTITY.has(kind)) {
    const best = spans.length ? bestRendering(spans) : undefined;
    const english = fact?.english || best?.english || '';
    const arabic = (spans.find((s) => s.english === english) ?? best)?.text ?? fact?.text ?? '';
    return { id: key, kind, english, arabic, mentions };
  }
  // A figure: the span says what it is ("2,048 GPUs"); the fact may say what it is for.
  const at = fact ? spans.find((s) => s.start === fact.start && s.end === fact.end) ?? spans[0] : spans[0];
  const english = at?.english || fact?.english || '';
  const label = fact?.label || (fact && fact.english !== english ? fact.english : undefined);
  return {
    id: key,
    kind,
    english,
    arabic: at?.text ?? fact?.text ?? '',
    ...(label ? { label } : {}),
    ...((fact?.value ?? at?.value) !== undefined ? { value: fact?.value ?? at?.value } : {}),
    ...((fact?.unit ?? at?.unit) ? { unit: fact?.unit ?? at?.unit } : {}),
    mentions,
  };
}

/**
 * Group an analysis into the popup's sections (empty groups left out).
 * Names: the facts' picks first in the facts' order (their ranking), then the other names by
 * number of mentions, then first appearance. Figures: the facts' figures in the facts' order,
 * or every amount, quantity and percentage when the facts name none. Dates: in article order.
 */
export function groupFacts(a: Pick<Analysis, 'facts' | 'annotations'>): FactGroup[] {
  const spans = a.annotations ?? [];
  const buckets = bucketSpans(spans);
  const facts = [...(a.facts ?? [])].sort((x, y) => (y.score ?? 0) - (x.score ?? 0));
  const factByKey = new Map<string, Fact>();
  for (const f of facts) {
    const k = factKey(f, spans);
    if (!factByKey.has(k)) factByKey.set(k, f);
  }

  return GROUPS.map(({ id, title, kinds }) => {
    const inGroup = (k: Kind) => kinds.includes(k);
    const picked = [...factByKey].filter(([, f]) => inGroup(f.kind)).map(([k, f]) => itemFrom(k, buckets.get(k), f));
    const seen = new Set(picked.map((i) => i?.id));
    let rest: (FactItem | null)[] = [];
    if (id !== 'figures' || picked.length === 0) {
      const allowed = id === 'figures' ? (k: Kind) => FALLBACK_FIGURES.includes(k) : inGroup;
      rest = [...buckets.values()]
        .filter((b) => !seen.has(b.key) && allowed(b.spans[0]!.kind))
        .sort((x, y) => (id === 'when' || id === 'figures' ? 0 : y.spans.length - x.spans.length) || x.spans[0]!.start - y.spans[0]!.start)
        .map((b) => itemFrom(b.key, b, undefined));
    }
    let items = [...picked, ...rest].filter((i): i is FactItem => i !== null && i.english !== '');
    if (id === 'when') items = items.sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start);
    return { id, title, items };
  }).filter((g) => g.items.length > 0);
}

/** Words for a kind, as the popup labels it. */
export const KIND_LABEL: Record<Kind, string> = {
  person: 'person',
  organization: 'organization',
  place: 'place',
  product: 'product',
  number: 'number',
  money: 'money',
  percent: 'percentage',
  quantity: 'quantity',
  date: 'date',
};

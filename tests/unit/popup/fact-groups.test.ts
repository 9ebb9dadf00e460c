import { describe, expect, it } from 'vitest';
import { groupFacts, keyOf } from '../../../lib/popup/fact-groups';
import { sampleAnalysis, TEXT } from './sample';

describe('groupFacts', () => {
  const a = sampleAnalysis();
  const groups = groupFacts(a);
  const byId = Object.fromEntries(groups.map((g) => [g.id, g]));

  it('orders the groups Who, Where, What, Figures, When and leaves none empty', () => {
    expect(groups.map((g) => g.title)).toEqual(['Who', 'Where', 'What', 'Figures', 'When']);
  });

  it('ranks names: the facts’ picks by score, then the others by mentions', () => {
    expect(byId.who!.items.map((i) => i.english)).toEqual(['DeepSeek', 'Liang Wenfeng', 'Nvidia', 'Ritwik Gupta']);
  });

  it('groups mentions by key and keeps the fullest rendering with its Arabic', () => {
    const liang = byId.who!.items.find((i) => i.english === 'Liang Wenfeng')!;
    expect(liang.arabic).toBe('ليانغ ون فنغ');
    expect(liang.mentions).toHaveLength(2);
    const deepseek = byId.who!.items[0]!;
    expect(deepseek.mentions.map((m) => TEXT.slice(m.start, m.end))).toEqual(['ديبسيك', 'ديبسيك', 'ديبسيك', 'ديبسيك']);
    expect(deepseek.mentions.map((m) => m.start)).toEqual([...deepseek.mentions.map((m) => m.start)].sort((x, y) => x - y));
  });

  it('falls back to kind + English when a span has no key', () => {
    expect(keyOf({ kind: 'place', english: 'Beijing ' })).toBe('place:beijing');
    expect(keyOf({ kind: 'money', english: '$5.6 million', value: 5_600_000, unit: 'USD' })).toBe('money:5600000:USD');
    // One mention each: article order.
    expect(byId.where!.items.map((i) => i.english)).toEqual(['Beijing', 'Washington', 'China']);
  });

  it('lists figures in the facts’ order with the span’s English and what they count', () => {
    const figs = byId.figures!.items;
    expect(figs.map((i) => i.english)).toEqual(['$5.6 million', '2,048 GPUs', '671 billion parameters']);
    expect(figs[0]!.label).toBe('training cost');
    expect(figs[1]!.label).toBe('2,048 Nvidia H800 GPUs used to train the model');
    expect(figs[0]!.arabic).toBe('5.6 مليون دولار أمريكي');
  });

  it('lists every date in article order, fact or not', () => {
    expect(byId.when!.items.map((i) => i.english)).toEqual(['January 20', '2023']);
  });

  it('works from annotations alone (no facts): figures fall back to amounts, not plain numbers', () => {
    const g = groupFacts({ annotations: [...a.annotations, { start: 0, end: 1, kind: 'number', text: 'x', english: '7', value: 7 }], facts: [] });
    const figs = g.find((x) => x.id === 'figures')!;
    expect(figs.items.map((i) => i.english)).toEqual(['2,048 GPUs', '$5.6 million', '671 billion parameters']);
    expect(g.find((x) => x.id === 'who')!.items[0]!.english).toBe('DeepSeek');
  });

  it('keeps a fact whose span is not among the annotations', () => {
    const g = groupFacts({ annotations: [], facts: [{ kind: 'percent', english: '12%', value: 12, start: 3, end: 6, text: '12٪', mentions: 1 }] });
    expect(g).toEqual([{ id: 'figures', title: 'Figures', items: [expect.objectContaining({ english: '12%', arabic: '12٪', mentions: [{ start: 3, end: 6 }] })] }]);
  });

  it('gives nothing for an empty analysis', () => {
    expect(groupFacts({ annotations: [], facts: [] })).toEqual([]);
  });
});

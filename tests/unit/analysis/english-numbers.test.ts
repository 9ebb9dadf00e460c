import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPercent, formatQuantity, numberInWords, pluralNoun } from '../../../lib/analysis/english-numbers';

describe('english numbers', () => {
  const numbers: [number, boolean, string][] = [
    [2048, false, '2,048'], [5.6e6, false, '5.6 million'], [1e9, false, '1 billion'], [1.12e12, false, '1.12 trillion'],
    [239.5e9, false, '239.5 billion'], [126000, false, '126,000'], [0.5, false, '0.5'], [3, true, 'three'], [3, false, '3'],
    [10, true, 'ten'], [25, true, '25'], [1234567, false, '1,234,567'],
  ];
  for (const [v, words, want] of numbers) it(`formatNumber(${v}${words ? ', words' : ''}) = ${want}`, () => expect(formatNumber(v, { words })).toBe(want));
  const money: [number, string, string][] = [
    [5.6e6, 'USD', '$5.6 million'], [50e9, 'CNY', '50 billion yuan'], [19e9, 'CAD', 'C$19 billion'], [3e9, 'EUR', '€3 billion'],
    [7e8, 'GBP', '£700 million'], [1, 'EGP', '1 Egyptian pound'], [4.5e9, 'SAR', '4.5 billion Saudi riyals'],
  ];
  for (const [v, code, want] of money) it(`formatMoney(${v}, ${code}) = ${want}`, () => expect(formatMoney(v, code)).toBe(want));
  it('formatPercent', () => {
    expect(formatPercent(0.5)).toBe('0.5%');
    expect(formatPercent(4.7, 'percentage points')).toBe('4.7 percentage points');
    expect(formatPercent(25, 'basis points')).toBe('25 basis points');
  });
  it('formatQuantity', () => {
    expect(formatQuantity(2048, 'GPU', 'GPUs')).toBe('2,048 GPUs');
    expect(formatQuantity(1e9, 'internet user')).toBe('1 billion internet users');
    expect(formatQuantity(3, 'day', undefined, { words: true })).toBe('three days');
    expect(formatQuantity(1, 'day')).toBe('1 day');
  });
  it('plurals through compromise, with fallbacks', () => {
    expect(pluralNoun('person')).toBe('people');
    expect(pluralNoun('country')).toBe('countries');
    expect(pluralNoun('GPU')).toBe('GPUs');
    expect(pluralNoun('patent')).toBe('patents');
    expect(pluralNoun('integrated circuit')).toBe('integrated circuits');
  });
  it('numberInWords', () => {
    expect(numberInWords(42)).toBe('forty-two');
    expect(numberInWords(100)).toBeUndefined();
  });
});

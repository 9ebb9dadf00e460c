import { describe, expect, test } from 'vitest';
import { COUNTED_NOUNS } from '../../../lib/analysis/data/units';
import { PLURALS } from '../../../lib/analysis/data/plurals.generated';
import { pluralNoun } from '../../../lib/analysis/english-numbers';
import { pluralCounted } from '../../../lib/analysis/inflect';

describe('plurals of counted nouns: the shipped table is what compromise says', () => {
  const expected = new Map<string, string>();
  for (const n of COUNTED_NOUNS) if (!expected.has(n.en)) expected.set(n.en, n.pl ?? pluralCounted(n.en));

  test('the table holds every counted noun, and nothing else (else: npx tsx scripts/gen-plurals.ts)', () => {
    expect([...PLURALS.keys()].sort()).toEqual([...expected.keys()].sort());
  });

  test('each plural in the table is the noun’s own or compromise’s', () => {
    const wrong = [...expected].filter(([n, p]) => PLURALS.get(n) !== p).map(([n, p]) => `${n}: ${PLURALS.get(n)} ≠ ${p}`);
    expect(wrong).toEqual([]);
  });

  test.each([
    ['GPU', undefined, 'GPUs'],
    ['parameter', undefined, 'parameters'],
    ['company', undefined, 'companies'],
    ['person', undefined, 'people'],
    ['integrated circuit', undefined, 'integrated circuits'],
    ['data centre', undefined, 'data centres'],
    ['series', 'series', 'series'],
    // Not in the list (a noun added without regenerating): the regular ending, never the singular.
    ['widget box', undefined, 'widget boxes'],
    ['NPU', undefined, 'NPUs'],
    ['battery pack', undefined, 'battery packs'],
    ['refinery', undefined, 'refineries'],
  ])('pluralNoun(%s, %s) = %s', (singular, override, want) => expect(pluralNoun(singular, override)).toBe(want));
});

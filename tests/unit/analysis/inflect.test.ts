import { describe, expect, test } from 'vitest';
import { pluralWord } from '../../../lib/analysis/inflect';

describe('pluralWord: English plurals from compromise', () => {
  test.each([
    ['company', 'companies'],
    ['person', 'people'],
    ['child', 'children'],
    ['criterion', 'criteria'],
    ['analysis', 'analyses'],
    ['bus', 'buses'],
    ['megawatt', 'megawatts'],
    ['kilometre', 'kilometres'],
    ['phone', 'phones'],
    ['patent', 'patents'],
    ['series', 'series'],
    ['sheep', 'sheep'],
    ['news', 'news'],
    ['equipment', 'equipment'],
    ['', ''],
  ])('%s → %s', (word, plural) => expect(pluralWord(word)).toBe(plural));
});

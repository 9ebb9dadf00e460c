/** The messages this layer added to the protocol are validated on arrival like the others. */
import { describe, expect, test } from 'vitest';
import { parseToBackground } from '../../../lib/messaging';

describe('sharh/analyse and sharh/annotate-tab', () => {
  test('well-formed', () => {
    expect(parseToBackground({ type: 'sharh/analyse', data: { text: 'نص', title: 'عنوان' } })).toEqual({ type: 'sharh/analyse', data: { text: 'نص', title: 'عنوان' } });
    expect(parseToBackground({ type: 'sharh/analyse', data: { text: 'نص' } })).toEqual({ type: 'sharh/analyse', data: { text: 'نص', title: '' } });
    expect(parseToBackground({ type: 'sharh/annotate-tab', data: { tabId: 4 } })).toEqual({ type: 'sharh/annotate-tab', data: { tabId: 4 } });
  });
  test.each([
    { type: 'sharh/analyse', data: { text: 5 } },
    { type: 'sharh/analyse', data: { text: 'x'.repeat(2_000_001) } },
    { type: 'sharh/annotate-tab', data: { tabId: -1 } },
    { type: 'sharh/annotate-tab', data: { tabId: '4' } },
  ])('rejected: %#', (m) => expect(parseToBackground(m)).toBeNull());
});

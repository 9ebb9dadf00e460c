/** The messages this layer added to the protocol are validated on arrival like the others. */
import { describe, expect, test } from 'vitest';
import { parseToBackground, parseToContent } from '../../../lib/messaging';

describe('sharh/analyse, sharh/annotate-tab, sharh/page-config, sharh/load-part', () => {
  test('well-formed', () => {
    expect(parseToBackground({ type: 'sharh/analyse', data: { text: 'نص', title: 'عنوان' } })).toEqual({ type: 'sharh/analyse', data: { text: 'نص', title: 'عنوان' } });
    expect(parseToBackground({ type: 'sharh/analyse', data: { text: 'نص' } })).toEqual({ type: 'sharh/analyse', data: { text: 'نص', title: '' } });
    expect(parseToBackground({ type: 'sharh/annotate-tab', data: { tabId: 4 } })).toEqual({ type: 'sharh/annotate-tab', data: { tabId: 4 } });
    expect(parseToBackground({ type: 'sharh/page-config', data: { load: true, force: 'yes' } })).toEqual({ type: 'sharh/page-config', data: { load: true, force: false } });
    expect(parseToBackground({ type: 'sharh/load-part', data: { part: 'card' } })).toEqual({ type: 'sharh/load-part', data: { part: 'card' } });
    expect(parseToContent({ type: 'sharh/settings-changed', data: { x: 1 } })).toEqual({ type: 'sharh/settings-changed', data: {} });
  });
  test.each([
    { type: 'sharh/analyse', data: { text: 5 } },
    { type: 'sharh/analyse', data: { text: 'x'.repeat(2_000_001) } },
    { type: 'sharh/annotate-tab', data: { tabId: -1 } },
    { type: 'sharh/annotate-tab', data: { tabId: '4' } },
    { type: 'sharh/load-part', data: { part: '../../evil.js' } },
    { type: 'sharh/load-annotator', data: {} },
  ])('rejected: %#', (m) => expect(parseToBackground(m)).toBeNull());
});

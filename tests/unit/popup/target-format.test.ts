import { describe, expect, it } from 'vitest';
import { classifyUrl, tabIdFromSearch } from '../../../lib/popup/target';
import { englishList, formatDate, headlineGist } from '../../../lib/popup/format';
import { toPopupState } from '../../../lib/popup/status';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { groupFacts } from '../../../lib/popup/fact-groups';
import { sampleAnalysis } from './sample';

describe('tabIdFromSearch', () => {
  it.each([
    ['?tabId=42', 42],
    ['?x=1&tabId=7', 7],
    ['', null],
    ['?tabId=', null],
    ['?tabId=-3', null],
    ['?tabId=1e3', null],
    ['?tabId=99999999999', null],
  ])('%s → %s', (search, id) => expect(tabIdFromSearch(search)).toBe(id));
});

describe('classifyUrl', () => {
  it.each([
    ['http://arabic.china.org.cn/txt/1.htm', { kind: 'web', host: 'arabic.china.org.cn' }],
    ['https://Example.COM/a', { kind: 'web', host: 'example.com' }],
    ['chrome://extensions/', { kind: 'restricted', why: 'browser' }],
    ['chrome-extension://abc/popup.html', { kind: 'restricted', why: 'browser' }],
    ['about:blank', { kind: 'restricted', why: 'browser' }],
    ['view-source:http://x.org/', { kind: 'restricted', why: 'browser' }],
    ['data:text/html,hi', { kind: 'restricted', why: 'browser' }],
    ['file:///tmp/a.html', { kind: 'restricted', why: 'file' }],
    ['https://chromewebstore.google.com/detail/x', { kind: 'restricted', why: 'store' }],
    ['https://chrome.google.com/webstore/detail/x', { kind: 'restricted', why: 'store' }],
    ['https://chrome.google.com/other', { kind: 'web', host: 'chrome.google.com' }],
    ['https://addons.mozilla.org/en-US/firefox/', { kind: 'restricted', why: 'store' }],
    [undefined, { kind: 'unknown' }],
  ])('%s', (url, kind) => expect(classifyUrl(url)).toEqual(kind));
});

describe('toPopupState', () => {
  const s = DEFAULT_SETTINGS;
  const none = { ok: false as const, error: 'no-content-script' };
  it('maps a missing content script by what the settings say about the host', () => {
    expect(toPopupState('http://arabic.china.org.cn/a', s, none)).toEqual({ view: 'absent', host: 'arabic.china.org.cn', enabled: true });
    expect(toPopupState('https://www.example.com/a', s, none)).toEqual({ view: 'off', host: 'example.com', reason: 'site' });
    expect(toPopupState('https://example.com/a', { ...s, enabled: false }, none)).toEqual({ view: 'off', host: 'example.com', reason: 'global' });
    expect(toPopupState(undefined, s, none)).toEqual({ view: 'absent', host: null, enabled: false });
    expect(toPopupState('chrome://newtab/', s, none)).toEqual({ view: 'restricted', why: 'browser' });
  });
  it('passes other failures through as errors', () => {
    expect(toPopupState('http://x.org/', s, { ok: false, error: 'boom' })).toEqual({ view: 'error', message: 'boom' });
  });
});

describe('format', () => {
  it.each([
    ['2025-01-27', 'January 27, 2025'],
    ['2025-01-27T08:00:00+08:00', 'January 27, 2025'],
    ['2025-12', 'December 2025'],
    ['2025-13-01', '2025-13-01'],
    [' 27 يناير 2025 ', '27 يناير 2025'],
  ])('formatDate(%s)', (raw, out) => expect(formatDate(raw)).toBe(out));

  it('joins English lists', () => {
    expect([englishList([]), englishList(['A']), englishList(['A', 'B']), englishList(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
  });

  it('gists the headline from its names, else the top names', () => {
    const a = sampleAnalysis();
    const g = groupFacts(a);
    expect(headlineGist(a.title, a, g)).toBe('About DeepSeek');
    expect(headlineGist('عنوان غير موجود', a, g)).toBe('About DeepSeek, Liang Wenfeng and Nvidia');
    expect(headlineGist('', { text: '', annotations: [] }, [])).toBe('');
  });
});

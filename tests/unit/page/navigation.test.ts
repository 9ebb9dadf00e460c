import { describe, expect, test } from 'vitest';
import { isNewPage } from '../../../lib/page/navigation';

describe('isNewPage: which address changes re-run detection', () => {
  test.each([
    ['in-page anchor', 'https://x.cn/a.htm', 'https://x.cn/a.htm#comments', false],
    ['anchor to anchor', 'https://x.cn/a.htm#top', 'https://x.cn/a.htm#p3', false],
    ['anchor removed', 'https://x.cn/a.htm#p3', 'https://x.cn/a.htm', false],
    ['same address', 'https://x.cn/a.htm', 'https://x.cn/a.htm', false],
    ['another path', 'https://x.cn/a.htm', 'https://x.cn/b.htm', true],
    ['another path, anchors on both', 'https://x.cn/a.htm#x', 'https://x.cn/b.htm#x', true],
    ['another query', 'https://x.cn/a?id=1', 'https://x.cn/a?id=2', true],
    ['hash route', 'https://x.cn/#/news/1', 'https://x.cn/#/news/2', true],
    ['hashbang route', 'https://x.cn/', 'https://x.cn/#!/article/9', true],
    ['leaving a hash route', 'https://x.cn/#/news/1', 'https://x.cn/', true],
  ])('%s', (_name, from, to, expected) => {
    expect(isNewPage(from, to)).toBe(expected);
  });
});

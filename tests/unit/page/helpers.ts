/** Loading fixture pages into the test DOM (happy-dom) for the page-layer unit tests. */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
export const PAGES = path.join(ROOT, 'tests/fixtures/pages');
export const UNIT = path.join(ROOT, 'tests/fixtures/unit');

/** A fixture page as a Document, with the address it stands for. */
export function loadPage(name: string): { doc: Document; url: string } {
  const html = fs.readFileSync(path.join(PAGES, name, 'source.html'), 'utf8');
  let url = 'http://arabic.china.org.cn/';
  try {
    url = JSON.parse(fs.readFileSync(path.join(PAGES, name, 'meta.json'), 'utf8')).url;
  } catch {
    /* no meta */
  }
  // happy-dom would try to load iframes: parse them as inert elements.
  const inert = html.replace(/<(\/?)iframe\b/gi, '<$1x-iframe');
  return { doc: new DOMParser().parseFromString(inert, 'text/html'), url };
}

/** A unit fixture (tests/fixtures/unit/NAME) as a Document; its address is in its first comment. */
export function loadUnit(name: string): { doc: Document; url: string; html: string } {
  const html = fs.readFileSync(path.join(UNIT, name), 'utf8');
  const url = /Stands for (\S+)/.exec(html)?.[1] ?? 'http://www.example.com/';
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url, html };
}

export const hasFixture = (name: string) => fs.existsSync(path.join(PAGES, name, 'source.html'));

/** Put HTML into the live test document's body and return its first element child (or #root). */
export function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return (document.getElementById('root') ?? document.body.firstElementChild) as HTMLElement;
}

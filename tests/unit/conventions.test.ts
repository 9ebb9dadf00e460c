/**
 * Conventions as tests (STYLE.md §2, §5, §6): the wall between analysis and the browser, and
 * every annotator registered with an id and a reason.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATORS } from '../../lib/analysis/registry';

const root = resolve(__dirname, '../..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}
const strip = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1').replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");

describe('lib/analysis is pure: no DOM, window or extension APIs', () => {
  for (const f of files(join(root, 'lib/analysis'))) {
    it(f.slice(root.length + 1), () => {
      const code = strip(readFileSync(f, 'utf8'));
      expect(code).not.toMatch(/\b(document|window|browser|chrome|localStorage|navigator)\s*[.[]/);
      expect(readFileSync(f, 'utf8')).not.toMatch(/from ['"](wxt|webextension-polyfill|preact)/);
    });
  }
});

describe('annotator registry', () => {
  it('has unique ids, each with a reason for its place', () => {
    const ids = ANNOTATORS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of ANNOTATORS) expect(a.why.length, a.id).toBeGreaterThan(10);
  });
  it('registers the numeric annotator first and at least one entity annotator', () => {
    expect(ANNOTATORS[0]!.id).toBe('numeric');
    expect(ANNOTATORS.length).toBeGreaterThan(1);
  });
});

import { describe, expect, it } from 'vitest';
import { csvCell, exportName, mdEscape, toCsv, toJson, toMarkdown } from '../../../lib/popup/export';
import { groupFacts } from '../../../lib/popup/fact-groups';
import { sampleAnalysis } from './sample';

const a = sampleAnalysis();
const groups = groupFacts(a);
const meta = { headline: a.title, host: 'arabic.china.org.cn', date: '2025-01-27', brief: a.summary.english };

describe('Markdown', () => {
  const md = toMarkdown(groups, meta);

  it('has the headline, source, brief and one list per group', () => {
    expect(md.split('\n')[0]).toBe(`# ${a.title}`);
    expect(md).toContain('Source: arabic.china.org.cn, 2025-01-27');
    expect(md).toContain(a.summary.english);
    for (const h of ['## Who', '## Where', '## What', '## Figures', '## When']) expect(md).toContain(`\n${h}\n`);
  });

  it('lists each fact with its Arabic, label and mentions', () => {
    expect(md).toContain('- **DeepSeek** (ديبسيك) — 4 mentions');
    expect(md).toContain('- **$5.6 million** (5.6 مليون دولار أمريكي) — training cost');
    expect(md).toContain('- **January 20** (20 يناير)');
  });

  it('escapes markup characters and keeps items on one line', () => {
    expect(mdEscape('a*b_[c](d) <x> |y|\nnext')).toBe('a\\*b\\_\\[c\\](d) \\<x\\> \\|y\\| next');
  });
});

describe('CSV', () => {
  it('quotes quotes, commas and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell('-3.5')).toBe("'-3.5");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(5600000)).toBe('5600000');
  });

  it('neutralises formula injection: leading = + - @ tab CR get a quote prefix', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('has a header, one row per fact, a BOM and CRLF lines', () => {
    const csv = toCsv(groups);
    expect(csv.startsWith('\uFEFFgroup,kind,english,arabic,label,value,unit,mentions,start,end\r\n')).toBe(true);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + groups.reduce((n, g) => n + g.items.length, 0));
    expect(rows).toContain(`Figures,money,$5.6 million,5.6 مليون دولار أمريكي,training cost,5600000,USD,1,${groups.find((g) => g.id === 'figures')!.items[0]!.mentions[0]!.start},${groups.find((g) => g.id === 'figures')!.items[0]!.mentions[0]!.end}`);
    expect(rows.some((r) => r.startsWith('Figures,quantity,"2,048 GPUs"'))).toBe(true);
  });

  it('guards cells taken from the page', () => {
    const evil = groupFacts({ annotations: [{ start: 0, end: 3, kind: 'organization', text: '=1+1', english: '=cmd|"/c calc"!A1' }], facts: [] });
    const row = toCsv(evil).trimEnd().split('\r\n')[1]!;
    expect(row).toBe(`Who,organization,"'=cmd|""/c calc""!A1",'=1+1,,,,1,0,3`);
  });
});

describe('JSON', () => {
  it('has exactly the annotate command’s shape', () => {
    const j = JSON.parse(toJson({ ...a, extra: 'dropped' } as typeof a));
    expect(Object.keys(j)).toEqual(['text', 'isArticle', 'title', 'annotations', 'facts', 'summary']);
    expect(j.annotations[0]).toMatchObject({ start: expect.any(Number), end: expect.any(Number), kind: expect.any(String), text: expect.any(String), english: expect.any(String) });
    expect(j.text.slice(j.annotations[0].start, j.annotations[0].end)).toBe(j.annotations[0].text);
  });
});

it('names files after host and date', () => {
  expect(exportName('arabic.china.org.cn', '2025-01-27', 'csv')).toBe('sharh-arabic.china.org.cn-2025-01-27.csv');
  expect(exportName('x.org', '27 يناير / 2025', 'json')).toBe('sharh-x.org-27-2025.json');
});

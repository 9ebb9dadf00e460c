import { describe, expect, it, test } from 'vitest';
import { loadTagger, nerAnnotator, loadedTagger, preferKnown, chunkSpans, tagDoc, COMBINE, NER_SOURCE, orgEnglish } from '../../../lib/analysis/tagger/annotator';
import { makeDoc } from '../../../lib/analysis/tokens';
import { hasArabic } from '../../../lib/analysis/normalize';
import type { Span } from '../../../lib/analysis/types';
import model from '../../../lib/analysis/data/ner-model';

describe('the shipped model', () => {
  it('carries its CC BY-SA 4.0 attribution', () => {
    expect(model.license).toBe('CC BY-SA 4.0');
    expect(model.attribution).toMatch(/ANERcorp/);
  });

  it('proposes nothing before loading, then a person and a place', async () => {
    const doc = makeDoc('وقال الرئيس الأمريكي جو بايدن في واشنطن');
    if (!loadedTagger()) expect(nerAnnotator.find(doc)).toEqual([]);
    const m = await loadTagger();
    expect(await loadTagger()).toBe(m);
    const spans = nerAnnotator.find(doc);
    expect(spans.map((s) => [s.kind, s.text])).toEqual([
      ['person', 'جو بايدن'],
      ['place', 'واشنطن'],
    ]);
    for (const s of spans) {
      expect(s.source).toBe(NER_SOURCE);
      expect(s.confidence).toBeLessThan(0.7);
      expect(s.english).not.toBe('');
      expect(hasArabic(s.english)).toBe(false);
      expect(doc.original.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('hands each chunk its margin on, so confidence follows it', async () => {
    const m = await loadTagger();
    const found = tagDoc(m, makeDoc('وقال الرئيس الأمريكي جو بايدن في واشنطن'));
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.margin).toBeGreaterThan(0);
  });

  it('trims proclitics before the article', async () => {
    await loadTagger();
    const spans = nerAnnotator.find(makeDoc('وصل الوفد إلى القاهرة ثم زار والسعودية'));
    for (const s of spans) expect(s.text).not.toMatch(/^[وب]ال/);
  });
});

describe('chunkSpans: a chunk over a list of names is split', () => {
  const texts = (text: string, type: 'ORG' | 'LOC', from: number, to: number) =>
    chunkSpans(makeDoc(text), [{ type, from, to, margin: 200 }]).map((s) => s.text);
  it.each([
    // conjunction + generic head: split, the head left out
    ['وشركة إكسبنغ وشركة لي أوتو', 'ORG', 0, 4, ['إكسبنغ', 'لي أوتو']],
    // conjunction + named head: split, the head kept, the conjunction and proclitics left out
    ['وبنك الصين والبنك الصناعي', 'ORG', 0, 3, ['بنك الصين', 'البنك الصناعي']],
    // conjunction before a hamza: no Arabic word starts so
    ['الولايات المتحدة وأوروبا', 'LOC', 0, 2, ['الولايات المتحدة', 'أوروبا']],
    ['وإكسبنغ', 'ORG', 0, 0, ['إكسبنغ']],
    // a coordinated word inside one name stays
    ['البنك الدولي للإنشاء والتعمير', 'ORG', 0, 3, ['البنك الدولي للإنشاء والتعمير']],
    ['وكوسكو', 'ORG', 0, 0, ['وكوسكو']],
  ] as const)('%s', (text, type, from, to, want) => expect(texts(text, type, from, to)).toEqual(want));
});

describe('preferKnown', () => {
  const s = (start: number, end: number, source: string, kind: Span['kind'] = 'person', confidence?: number, text = ''): Span => ({ start, end, kind, text, english: '', source, ...(confidence === undefined ? {} : { confidence }) });
  const show = (spans: Span[]) => spans.map((x) => `${x.source}:${x.kind}:${x.start}-${x.end}`);
  // sureness = confidence / the type's cap (person 0.6, organization 0.5): 0.6 … 1
  const SURE_PERSON = 0.6;
  const SURE_ORG = 0.5;
  const UNSURE_PERSON = 0.4;

  it('drops unsure tagger spans that overlap a lexicon or rule span, keeps the others', () => {
    const spans = [s(0, 5, 'lexicon'), s(3, 9, NER_SOURCE, 'person', UNSURE_PERSON), s(10, 12, NER_SOURCE, 'person', UNSURE_PERSON), s(20, 30, 'rules'), s(12, 21, NER_SOURCE, 'person', UNSURE_PERSON)];
    expect(show(preferKnown(spans))).toEqual(['lexicon:person:0-5', 'ner:person:10-12', 'rules:person:20-30']);
  });

  it('lets a sure longer tagger span swallow a listed place or a guess, not a listed name of another kind', () => {
    // ريال مدريد (organization) over the listed مدريد (place)
    expect(show(preferKnown([s(5, 10, 'names-lexicon', 'place'), s(0, 10, NER_SOURCE, 'organization', SURE_ORG)]))).toEqual(['ner:organization:0-10']);
    expect(show(preferKnown([s(5, 10, 'names-guess', 'person'), s(0, 10, NER_SOURCE, 'person', SURE_PERSON)]))).toEqual(['ner:person:0-10']);
    // لشركة سي سي وي: a listed person inside a tagger organization stays
    expect(show(preferKnown([s(6, 14, 'names-lexicon', 'person'), s(0, 14, NER_SOURCE, 'organization', SURE_ORG)]))).toEqual(['names-lexicon:person:6-14']);
    // too unsure: the listed name stays
    expect(show(preferKnown([s(5, 10, 'names-lexicon', 'place'), s(0, 10, NER_SOURCE, 'organization', 0.35)]))).toEqual(['names-lexicon:place:5-10']);
  });

  it('does not let the tagger run a listed person on into a definite word, but lets it add a family name', () => {
    // استقبل الشيخ محمد بن زايد الوفد: the tagger's person runs on over "the delegation"
    const text = 'محمد بن زايد الوفد';
    expect(show(preferKnown([s(0, 12, 'names-lexicon', 'person'), s(0, 18, NER_SOURCE, 'person', SURE_PERSON, text)]))).toEqual(['names-lexicon:person:0-12']);
    // محمد بن زايد آل نهيان: the full name
    const full = 'محمد بن زايد آل نهيان';
    expect(show(preferKnown([s(0, 12, 'names-lexicon', 'person'), s(0, 21, NER_SOURCE, 'person', SURE_PERSON, full)]))).toEqual(['ner:person:0-21']);
  });

  it('never replaces a lexicon or rule span that covers the tagger span, nor numbers', () => {
    expect(show(preferKnown([s(0, 20, 'names-rules', 'organization'), s(0, 8, NER_SOURCE, 'organization', SURE_ORG)]))).toEqual(['names-rules:organization:0-20']);
    expect(show(preferKnown([s(0, 20, 'names-lexicon', 'place'), s(3, 8, NER_SOURCE, 'place', SURE_PERSON)]))).toEqual(['names-lexicon:place:0-20']);
    expect(show(preferKnown([s(0, 9, 'numeric', 'money'), s(4, 9, NER_SOURCE, 'product', 0.4)]))).toEqual(['numeric:money:0-9']);
  });

  it('keeps the core span of the same words (give or take proclitics), with the tagger kind over a listed place', () => {
    // وكوبنهاغن: the tagger span carries the proclitic, the lexicon span does not
    const lex = { ...s(1, 10, 'names-lexicon', 'place'), english: 'Copenhagen' };
    const out = preferKnown([lex, s(0, 10, NER_SOURCE, 'organization', SURE_ORG, 'وكوبنهاغن')]);
    expect(show(out)).toEqual(['names-lexicon:organization:1-10']);
    expect(out[0]!.english).toBe('Copenhagen');
    // a listed person keeps its kind
    expect(show(preferKnown([s(0, 5, 'names-lexicon', 'person'), s(0, 5, NER_SOURCE, 'organization', SURE_ORG)]))).toEqual(['names-lexicon:person:0-5']);
  });

  it('never cuts a listed name in two: a sure tagger span across its edge gives way, across a rule span it wins', () => {
    // مركز [محمد بن راشد للفضاء] بدبي: the tagger's person starts inside the listed organization
    expect(show(preferKnown([s(0, 24, 'names-lexicon', 'organization'), s(5, 30, NER_SOURCE, 'person', SURE_PERSON)]))).toEqual(['names-lexicon:organization:0-24']);
    // بنك «جيه بي [مورغان: the tagger's organization ends inside the listed one
    expect(show(preferKnown([s(6, 20, 'names-lexicon', 'organization'), s(0, 12, NER_SOURCE, 'organization', SURE_ORG)]))).toEqual(['names-lexicon:organization:6-20']);
    // the same crossing over a rule span (a rule that ran one word too far) still goes to the tagger
    expect(show(preferKnown([s(0, 24, 'names-rules', 'person'), s(5, 30, NER_SOURCE, 'person', SURE_PERSON)]))).toEqual(['ner:person:5-30']);
  });

  it('gives a listed place the tagger kind only when it is an organization or a person, not a product', () => {
    expect(show(preferKnown([s(0, 7, 'names-lexicon', 'place'), s(0, 7, NER_SOURCE, 'organization', SURE_ORG)]))).toEqual(['names-lexicon:organization:0-7']);
    // ستاربيس: a sure MISC (product) chunk over a listed place leaves it a place
    expect(show(preferKnown([s(0, 7, 'names-lexicon', 'place'), s(0, 7, NER_SOURCE, 'product', 0.4)]))).toEqual(['names-lexicon:place:0-7']);
  });

  it('with override Infinity the core always wins', () => {
    const never = { ...COMBINE, override: Infinity };
    expect(show(preferKnown([s(5, 10, 'names-guess'), s(0, 10, NER_SOURCE, 'person', SURE_PERSON)], undefined, never))).toEqual(['names-guess:person:5-10']);
  });
});

describe('MISC chunks as products', () => {
  it('keeps a sure named thing, drops currencies, religion and unsure chunks', () => {
    const doc = makeDoc('جائزة نوبل و الدولار و الإسلام و كلاشنيكوف');
    const at = (w: string) => doc.tokens.findIndex((t) => doc.original.slice(t.start, t.end) === w);
    const misc = (w: string, margin: number) => ({ type: 'MISC' as const, from: at(w), to: at(w), margin });
    const found = [misc('نوبل', 150), misc('الدولار', 150), misc('الإسلام', 150), misc('كلاشنيكوف', 20)];
    expect(chunkSpans(doc, found, { misc: 'product', minMiscMargin: 50 }).map((x) => [x.kind, x.text])).toEqual([['product', 'نوبل']]);
    expect(chunkSpans(doc, found, { misc: 'all' }).map((x) => x.text)).toEqual(['نوبل', 'الدولار', 'الإسلام', 'كلاشنيكوف']);
    expect(chunkSpans(doc, found, { misc: 'none' })).toEqual([]);
  });
});

describe('robustness', () => {
  it('handles empty, Latin-only, punctuation-only and long input', async () => {
    await loadTagger();
    expect(nerAnnotator.find(makeDoc(''))).toEqual([]);
    expect(nerAnnotator.find(makeDoc('... ، ؛ !!'))).toEqual([]);
    for (const s of nerAnnotator.find(makeDoc('Nvidia and OpenAI in California'))) expect(hasArabic(s.english)).toBe(false);
    const long = 'وقال الرئيس الأمريكي جو بايدن في واشنطن إن شركة إنفيديا ستفتتح مصنعا في ولاية تكساس. '.repeat(2000);
    const doc = makeDoc(long);
    const t0 = performance.now();
    const spans = nerAnnotator.find(doc);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(spans.length).toBeGreaterThan(2000);
    for (const s of spans.slice(0, 50)) expect(long.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('orgEnglish: an organisation the tagger found, ending in what it does', () => {
  const at = (s: string, first: string, last: string) => {
    const doc = makeDoc(s);
    const from = doc.tokens.findIndex((t) => doc.original.slice(t.start, t.end) === first);
    const to = doc.tokens.findIndex((t) => doc.original.slice(t.start, t.end) === last);
    return orgEnglish(doc, from, to, doc.tokens[from]!.start);
  };
  test.each([
    ['وأعلنت أوتيل للروبوتات عن طرح أسهمها', 'أوتيل', 'للروبوتات', 'Robotics'],
    ['وقالت لونغي للهيدروجين إن المشروع', 'لونغي', 'للهيدروجين', 'Hydrogen'],
    ['أعلنت تشانغ للطاقة الهيدروجينية أمس', 'تشانغ', 'الهيدروجينية', 'Hydrogen Energy'],
  ])('%s → … %s', (s, first, last, tail) => {
    const en = at(s, first, last);
    expect(en.endsWith(` ${tail}`)).toBe(true);
    expect(en).not.toMatch(/[\u0600-\u06FF]|Lal|Lil/);
  });
  test.each([
    // no لـ complement, or one the glossary does not know, or a conjunction: left to transliteration
    ['وأعلنت أوتيل روبوتيكس عن طرح أسهمها', 'أوتيل', 'روبوتيكس'],
    ['وقالت لونغي للسيد المدير إن', 'لونغي', 'المدير'],
    ['وقالت لونغي ولالهيدروجين إن', 'لونغي', 'ولالهيدروجين'],
  ])('%s: none', (s, first, last) => expect(at(s, first, last)).toBe(''));
});

describe('chunkSpans: a lone "person" right after a scale word is the count\'s noun', () => {
  const lone = (s: string, word: string) => {
    const doc = makeDoc(s);
    const k = doc.tokens.findIndex((t) => doc.original.slice(t.start, t.end) === word);
    return chunkSpans(doc, [{ type: 'PERS', from: k, to: k }]).map((x) => x.text);
  };
  test('80 مليون زبون: no person', () => expect(lone('وبلغ عدد الزبناء أكثر من 80 مليون زبون في المغرب', 'زبون')).toEqual([]));
  test('a name after a number is kept (numbered lines)', () => expect(lone('168 لاريجاني عقب الاجتماع', 'لاريجاني')).toEqual(['لاريجاني']));
  test('a name after another word is kept', () => expect(lone('وقال لاريجاني عقب الاجتماع', 'لاريجاني')).toEqual(['لاريجاني']));
});

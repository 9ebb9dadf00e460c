/** Shared table-test helpers for the numeric annotator's tests. */
import { expect } from 'vitest';
import { makeDoc } from '../../../lib/analysis/tokens';
import { numericAnnotator } from '../../../lib/analysis/numeric';
import type { Span } from '../../../lib/analysis/types';

export const spans = (text: string): Span[] => numericAnnotator.find(makeDoc(text));

export interface Want {
  text: string;
  kind: Span['kind'];
  value: number | string;
  unit?: string;
  english?: string;
  qualifier?: string;
}

/** One hit: a span with exactly this text, and the listed fields. */
export function expectHit(sentence: string, want: Want): void {
  const all = spans(sentence);
  const s = all.find((x) => x.text === want.text);
  expect(s, `no span "${want.text}" in ${JSON.stringify(all.map((x) => x.text))}`).toBeDefined();
  expect(s!.kind).toBe(want.kind);
  if (typeof want.value === 'number') expect(s!.value).toBeCloseTo(want.value, 9);
  else expect(s!.value).toBe(want.value);
  if (want.unit !== undefined) expect(s!.unit).toBe(want.unit);
  if (want.english !== undefined) expect(s!.english).toBe(want.english);
  if (want.qualifier !== undefined) expect(s!.qualifier).toBe(want.qualifier);
  expect(s!.source).toBe('numeric');
  expect(sentence.slice(s!.start, s!.end)).toBe(s!.text);
}

/** A miss: no numeric span overlaps the given stretch of the sentence. */
export function expectMiss(sentence: string, stretch: string): void {
  const at = sentence.indexOf(stretch);
  expect(at, `"${stretch}" not in sentence`).toBeGreaterThanOrEqual(0);
  const hit = spans(sentence).filter((s) => s.start < at + stretch.length && at < s.end);
  expect(hit.map((s) => `${s.text}/${s.kind}`)).toEqual([]);
}

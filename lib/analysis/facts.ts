import type { Fact, Span } from './types';
export function buildFacts(_text: string, _spans: Span[], _o: { title: string }): Fact[] { return []; }

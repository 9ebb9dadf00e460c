import type { Fact, Span, Summary } from './types';
export function buildSummary(_text: string, _spans: Span[], _facts: Fact[], _o: { title: string }): Summary { return { english: '', method: 'offline-brief' }; }

/**
 * Article extraction with every path wired in, Readability included: what Node (`npm run annotate`)
 * and the unit tests use. The annotator bundle uses extract-core.ts directly and loads Readability
 * only for pages that need it (see session.ts).
 */
import { extractWith, type ExtractOptions, type ExtractedArticle } from './extract-core';
import { readabilityRoot } from './readability-root';

export { isoDate, type ExtractMethod, type ExtractOptions, type ExtractedArticle } from './extract-core';

/** Find the article in a document without changing it. Never throws. */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle {
  return extractWith(doc, opts, readabilityRoot);
}

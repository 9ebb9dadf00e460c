/**
 * The word without proclitics and article (والسعودية → سعوديه, للصين → صين, بايدن → بايدن), on
 * normalised text. Kept apart so the feature and gazetteer modules share it without a cycle.
 */
const ARTICLE_RE = /^(?:[وف]?[بكل]?ال|[وف]?لل)(?=..)/;

export function stemOf(w: string): string {
  const m = ARTICLE_RE.exec(w);
  return m ? w.slice(m[0].length) : w;
}

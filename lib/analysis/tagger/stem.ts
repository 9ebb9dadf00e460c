/**
 * The word without proclitics and article (والسعودية → سعوديه, للصين → صين, بايدن → بايدن), on
 * normalised text. Kept apart so the feature and gazetteer modules share it without a cycle.
 */
const ARTICLE_RE = /^(?:[وف]?[بكل]?ال|[وف]?لل)(?=..)/;

export function stemOf(w: string): string {
  const m = ARTICLE_RE.exec(w);
  return m ? w.slice(m[0].length) : w;
}

/**
 * The word without the proclitics before its article, article kept (والصين → الصين, للصين →
 * الصين, بكين → بكين): name lists key words this way, so "الصور" (the pictures) is not "صور" (Tyre).
 */
export function withArticle(w: string): string {
  const m = /^[وف]?[بك]?(?=ال..)/.exec(w);
  if (m && m[0]) return w.slice(m[0].length);
  const l = /^[وف]?ل(?=ل..)/.exec(w);
  if (l) return 'ا' + w.slice(l[0].length);
  return w;
}

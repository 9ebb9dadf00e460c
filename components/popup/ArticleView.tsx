/**
 * The article state: headline (Arabic and English), site and date, the English summary, the key
 * facts and the export buttons. Everything here comes from the content script's analysis; the
 * page's text is only ever rendered as text nodes.
 */
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import type { PopupState } from '../../lib/popup/status';
import { groupFacts, type FactItem } from '../../lib/popup/fact-groups';
import { exportName, toCsv, toJson, toMarkdown } from '../../lib/popup/export';
import { formatDate, headlineGist } from '../../lib/popup/format';
import type { PopupDeps } from './deps';
import { useTranslation } from './use-translation';
import { FactList } from './FactList';
import { Summary } from './Summary';
import { ExportBar } from './ExportBar';

export const FIRST_CONTENT_MARK = 'sharh:first-content';

export function ArticleView(props: { state: Extract<PopupState, { view: 'article' }>; settings: Settings; deps: PopupDeps; reveal(item: FactItem, index: number): void }) {
  const { state, settings, deps } = props;
  const { analysis, host } = state;
  const headline = state.headline.trim();
  const groups = useMemo(() => groupFacts(analysis), [analysis]);
  const gist = useMemo(() => headlineGist(headline, analysis, groups), [headline, analysis, groups]);
  const date = formatDate(state.date);
  const sentences = analysis.summary.sentences ?? [];
  const texts = useMemo(() => [headline, ...sentences.map((s) => s.text)], [headline, sentences]);
  const tr = useTranslation(deps.translator, settings.translation, texts, deps.translationTimeouts);
  const englishHeadline = tr.state.s === 'done' && tr.state.texts[0]?.trim() ? tr.state.texts[0] : '';

  // Which mention each item shows next (repeated clicks step through them).
  const cursor = useRef(new Map<string, number>());
  const onReveal = (item: FactItem) => {
    const i = cursor.current.get(item.id) ?? 0;
    cursor.current.set(item.id, (i + 1) % item.mentions.length);
    props.reveal(item, i);
  };

  // The facts are in the document now (layout effect: after commit, before paint).
  useLayoutEffect(() => {
    if (typeof performance !== 'undefined' && performance.getEntriesByName(FIRST_CONTENT_MARK).length === 0) performance.mark(FIRST_CONTENT_MARK);
  }, []);

  const meta = { headline, host, date, brief: analysis.summary.english };
  return (
    <article class="article">
      <header class="headline">
        {headline && (
          <h2 class="ar-headline" dir="rtl" lang="ar">
            {headline}
          </h2>
        )}
        {englishHeadline ? (
          <p class="en-headline">
            {englishHeadline} <span class="mt-badge">machine translation</span>
          </p>
        ) : (
          gist && <p class="en-headline gist">{gist}</p>
        )}
        <p class="meta">
          <span>{host}</span>
          {date && (
            <>
              {' · '}
              <time dateTime={/^\d{4}-\d{2}/.test(state.date) ? state.date : undefined}>
                <bdi>{date}</bdi>
              </time>
            </>
          )}
        </p>
      </header>
      <Summary brief={analysis.summary.english} translation={tr.state} sentenceCount={sentences.length} onTranslate={tr.start} onCancel={tr.cancel} />
      <FactList groups={groups} colors={settings.colors} onReveal={onReveal} />
      <ExportBar
        onCopy={() =>
          deps.clipboard.writeText(toMarkdown(groups, meta)).then(
            () => true,
            () => false,
          )
        }
        onCsv={() => deps.download(exportName(host, state.date, 'csv'), 'text/csv;charset=utf-8', toCsv(groups))}
        onJson={() => deps.download(exportName(host, state.date, 'json'), 'application/json', toJson(analysis))}
      />
    </article>
  );
}

/**
 * Key facts, grouped. Each item is a plain button (Enter/Space work natively); arrow keys, Home and
 * End move between items. A click shows the item's next mention on the page. Long name groups
 * fold after a few items ("Show N more").
 */
import { useState } from 'preact/hooks';
import type { Kind } from '../../lib/analysis/types';
import { KIND_LABEL, type FactGroup, type FactItem } from '../../lib/popup/fact-groups';
import { kindColor } from '../../lib/popup/kind-color';

/** How many items a group shows before "Show N more" (figures and dates: all of them). */
const FOLD: Partial<Record<FactGroup['id'], number>> = { who: 8, where: 5, what: 4 };

const mentions = (n: number) => `${n} mention${n === 1 ? '' : 's'}`;

export function FactList(props: { groups: readonly FactGroup[]; colors: Partial<Record<Kind, string>>; onReveal(item: FactItem): void }) {
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(new Set());

  const onKeyDown = (e: KeyboardEvent) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const all = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button.fact')];
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : Math.min(all.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)));
    all[next]?.focus();
    e.preventDefault();
  };

  if (props.groups.length === 0) {
    return (
      <section class="facts" aria-labelledby="facts-h">
        <h2 id="facts-h">Key facts</h2>
        <p class="muted">No names or figures were found in this article.</p>
      </section>
    );
  }
  return (
    <section class="facts" aria-labelledby="facts-h" onKeyDown={onKeyDown}>
      <h2 id="facts-h">
        Key facts <span class="hint">click to show on the page</span>
      </h2>
      {props.groups.map((g) => {
        const fold = FOLD[g.id] ?? Infinity;
        // Folding away a single item saves nothing.
        const hidden = unfolded.has(g.id) || g.items.length <= fold + 1 ? 0 : g.items.length - fold;
        return (
          <div class="group" key={g.id}>
            <h3 id={`g-${g.id}`}>{g.title}</h3>
            <ul aria-labelledby={`g-${g.id}`} id={`list-${g.id}`}>
              {(hidden ? g.items.slice(0, fold) : g.items).map((i) => (
                <li key={i.id}>
                  <FactButton item={i} color={kindColor(i.kind, props.colors)} onClick={() => props.onReveal(i)} />
                </li>
              ))}
            </ul>
            {hidden > 0 && (
              <button type="button" class="link more" aria-controls={`list-${g.id}`} aria-expanded="false" onClick={() => setUnfolded(new Set([...unfolded, g.id]))}>
                Show {hidden} more
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}

function FactButton({ item, color, onClick }: { item: FactItem; color: string; onClick(): void }) {
  const n = item.mentions.length;
  return (
    <button type="button" class="fact" data-kind={item.kind} onClick={onClick}>
      <span class="dot" aria-hidden="true" style={{ background: color }} />
      <span class="fact-main">
        <span class="en">{item.english}</span>
        {item.label && <span class="label"> · {item.label}</span>}
        <span class="sr-only"> ({KIND_LABEL[item.kind]})</span>
      </span>
      <bdi dir="rtl" lang="ar" class="ar">
        {item.arabic}
      </bdi>
      <span class="count" title={mentions(n)}>
        <span aria-hidden="true">×{n}</span>
        <span class="sr-only">, {mentions(n)}</span>
      </span>
    </button>
  );
}

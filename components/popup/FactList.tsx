/**
 * Key facts, grouped. Each item is a plain button (Enter/Space work natively); arrow keys, Home and
 * End move between items. A click shows the item's next mention on the page.
 */
import type { Kind } from '../../lib/analysis/types';
import { KIND_LABEL, type FactGroup, type FactItem } from '../../lib/popup/fact-groups';
import { kindColor } from '../../lib/popup/kind-color';

export function FactList(props: { groups: readonly FactGroup[]; colors: Partial<Record<Kind, string>>; onReveal(item: FactItem): void }) {
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
      {props.groups.map((g) => (
        <div class="group" key={g.id}>
          <h3 id={`g-${g.id}`}>{g.title}</h3>
          <ul aria-labelledby={`g-${g.id}`}>
            {g.items.map((i) => (
              <li key={i.id}>
                <button type="button" class="fact" data-kind={i.kind} onClick={() => props.onReveal(i)}>
                  <span class="dot" aria-hidden="true" style={{ background: kindColor(i.kind, props.colors) }} />
                  <span class="fact-main">
                    <span class="en">{i.english}</span>
                    {i.label && <span class="label"> · {i.label}</span>}
                    <span class="sr-only"> ({KIND_LABEL[i.kind]})</span>
                  </span>
                  <bdi dir="rtl" lang="ar" class="ar">
                    {i.arabic}
                  </bdi>
                  <span class="count" title={`${i.mentions.length} mention${i.mentions.length === 1 ? '' : 's'}`}>
                    <span aria-hidden="true">×{i.mentions.length}</span>
                    <span class="sr-only">, {i.mentions.length} mention{i.mentions.length === 1 ? '' : 's'}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

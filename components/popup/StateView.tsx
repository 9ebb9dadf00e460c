/** The popup's states other than "article": short, plain sentences and at most one action each. */
import type { PopupState } from '../../lib/popup/status';
import type { ComponentChildren } from 'preact';

export interface StateActions {
  enableSite(): void;
  enableGlobal(): void;
  reload(): void;
  retry(): void;
  annotateOnce(): void;
}

export function StateView({ state, actions, stalled }: { state: Exclude<PopupState, { view: 'article' }>; actions: StateActions; stalled: boolean }) {
  switch (state.view) {
    case 'loading':
      return <Message title="Reading the page…" busy />;
    case 'running':
      return stalled ? (
        <Message title="Still reading this article" text="The page is taking longer than usual.">
          <button type="button" onClick={actions.retry}>Check again</button>
        </Message>
      ) : (
        <Message title="Reading the article…" text="Names and figures will appear here in a moment." busy />
      );
    case 'restricted':
      return (
        <Message
          title="Sharh can't run on this page"
          text={
            state.why === 'file'
              ? 'This is a file on your computer. To read local files, allow "file URLs" for Sharh on the browser\'s extensions page.'
              : state.why === 'store'
                ? 'Browsers do not let extensions read their extension stores.'
                : 'Browsers do not let extensions read their own pages (settings, new tab, other extensions).'
          }
        />
      );
    case 'off':
      return state.reason === 'global' ? (
        <Message title="Sharh is switched off" text="It is off on every site.">
          <button type="button" class="primary" onClick={actions.enableGlobal}>Switch Sharh on</button>
        </Message>
      ) : (
        <Message title={`Sharh is off on ${state.host}`} text="Switch it on to highlight names and numbers on this site's articles.">
          <button type="button" class="primary" onClick={actions.enableSite}>Switch on for {state.host}</button>
        </Message>
      );
    case 'absent':
      return state.enabled ? (
        <Message title="Sharh hasn't read this page yet" text="The page was opened before Sharh was ready. Reload it to read it.">
          <button type="button" class="primary" onClick={actions.reload}>Reload the page</button>
        </Message>
      ) : (
        <Message
          title="Sharh isn't running on this page"
          text="Sharh reads news sites you switch on (china.org.cn's Arabic service by default). Browser pages, extension stores and local files are off limits to extensions."
        />
      );
    case 'not-article':
      return (
        <Message title="Not a news article" text="Sharh reads news articles; this page doesn't look like one, so it was left alone.">
          <button type="button" onClick={actions.annotateOnce}>Read it anyway</button>
        </Message>
      );
    case 'error':
      return (
        <Message title="Something went wrong" text={`Sharh could not read this page (${state.message}).`}>
          <button type="button" onClick={actions.retry}>Try again</button>
        </Message>
      );
  }
}

function Message(props: { title: string; text?: string; busy?: boolean; children?: ComponentChildren }) {
  return (
    <section class="state" role="status" aria-busy={props.busy ? 'true' : undefined}>
      {props.busy && <span class="spinner" aria-hidden="true" />}
      <h2>{props.title}</h2>
      {props.text && <p>{props.text}</p>}
      {props.children && <div class="actions">{props.children}</div>}
    </section>
  );
}

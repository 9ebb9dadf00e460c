/** Copy the facts as Markdown; download them as CSV, or the whole analysis as JSON. */
import { useState } from 'preact/hooks';

export function ExportBar(props: { onCopy(): Promise<boolean>; onCsv(): void; onJson(): void }) {
  const [copied, setCopied] = useState<null | boolean>(null);
  const copy = async () => {
    const ok = await props.onCopy();
    setCopied(ok);
    setTimeout(() => setCopied(null), 2000);
  };
  return (
    <section class="export" aria-label="Copy and export">
      <button type="button" onClick={copy}>
        {copied === true ? 'Copied ✓' : copied === false ? 'Copy failed' : 'Copy as Markdown'}
      </button>
      <button type="button" onClick={props.onCsv}>Download CSV</button>
      <button type="button" onClick={props.onJson}>Download JSON</button>
    </section>
  );
}

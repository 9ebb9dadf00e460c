/** An on/off switch: a real checkbox (keyboard, screen readers) with role="switch", styled as a toggle. */
export function Switch(props: { label: string; detail?: string; checked: boolean; disabled?: boolean; onChange(checked: boolean): void; hint?: string }) {
  return (
    <label class="switch" title={props.hint}>
      <span class="switch-label">
        {props.label}
        {props.detail && <span class="switch-detail">{props.detail}</span>}
      </span>
      <input
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true" />
    </label>
  );
}

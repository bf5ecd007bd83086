import type { ComponentChildren } from 'preact';

/** An on/off switch: a button with role="switch", named by its label. */
export function Switch({ checked, disabled, onChange, children, hint }: { checked: boolean; disabled?: boolean; onChange(next: boolean): void; children: ComponentChildren; hint?: string }) {
  return (
    <label class="switch-row">
      <span class="switch-text">
        <span class="switch-label">{children}</span>
        {hint && <span class="hint">{hint}</span>}
      </span>
      <button type="button" role="switch" class="switch" aria-checked={checked ? 'true' : 'false'} disabled={disabled} onClick={() => onChange(!checked)}>
        <span class="knob" />
      </button>
    </label>
  );
}

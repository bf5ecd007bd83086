/** The in-page coach's styles, applied inside its shadow root. Light and dark, reduced motion respected. */
export const COACH_CSS = `
:host { all: initial; }
.rc { --bg:#fff; --fg:#1f1f1f; --muted:#5f6368; --line:#dadce0; --accent:#0b57d0; --high:#d93025; --medium:#e37400; --low:#1a73e8; --ok:#188038;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
@media (prefers-color-scheme: dark) {
  .rc { --bg:#202124; --fg:#e8eaed; --muted:#9aa0a6; --line:#3c4043; --accent:#8ab4f8; --high:#f28b82; --medium:#fdd663; --low:#8ab4f8; --ok:#81c995; }
}
.badge { position: fixed; z-index: 2147483647; display: inline-flex; align-items: center; gap: 4px; min-width: 26px; height: 26px; padding: 0 8px;
  border-radius: 13px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); cursor: pointer; font: inherit; font-weight: 600;
  box-shadow: 0 1px 3px rgba(0,0,0,.25); transition: transform .12s ease; }
.badge[data-count="0"] { color: var(--ok); }
.badge:not([data-count="0"]) { color: var(--high); }
.badge:focus-visible, .card button:focus-visible, .card [tabindex]:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.card { position: fixed; z-index: 2147483647; left: 8px; top: 8px; width: min(380px, calc(100vw - 16px)); max-height: calc(100vh - 16px); overflow: auto; box-sizing: border-box;
  overscroll-behavior: contain; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px 0;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); }
/* The card scrolls inside; its actions stay in a footer at its bottom edge. */
.card .actions { position: sticky; bottom: 0; background: var(--bg); border-top: 1px solid var(--line); margin: 8px -14px 0; padding: 8px 14px 10px; }
.card h2 { font-size: 14px; margin: 0 0 8px; }
.card h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 12px 0 4px; }
.card ul { list-style: none; margin: 0; padding: 0; }
.finding { display: block; width: 100%; text-align: left; border: 0; background: none; color: inherit; font: inherit; padding: 4px 6px; border-radius: 6px; cursor: pointer; }
.finding:hover, .finding[aria-current="true"] { background: color-mix(in srgb, var(--accent) 12%, transparent); }
.finding q { font-weight: 600; }
.finding .why { display: block; color: var(--muted); }
.sev-high q { text-decoration: underline wavy var(--high); } .sev-medium q { text-decoration: underline wavy var(--medium); } .sev-low q { text-decoration: underline wavy var(--low); }
.checks li { padding: 2px 0; } .checks .yes::before { content: "✓ "; color: var(--ok); } .checks .no::before { content: "✗ "; color: var(--high); }
.important { font-weight: 600; }
.rewrite { border: 1px solid var(--line); border-radius: 8px; padding: 8px; margin: 4px 0 8px; white-space: pre-wrap; overflow-wrap: anywhere; }
ins { background: color-mix(in srgb, var(--ok) 22%, transparent); text-decoration: none; } del { color: var(--muted); }
[data-why] { cursor: help; } [data-why]:focus { outline: 2px solid var(--accent); } [data-why]:hover::after, [data-why]:focus::after { content: attr(data-why); display: block; margin: 2px 0; padding: 4px 6px; border-radius: 4px; background: var(--bg); color: var(--fg); border: 1px solid var(--line); font-size: 12px; white-space: normal; }
.fill-in, .not-offered { color: var(--high); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.actions button { font: inherit; padding: 5px 10px; border-radius: 6px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); cursor: pointer; }
.actions button.primary { background: var(--accent); color: var(--bg); border-color: var(--accent); }
.status { min-height: 1.2em; color: var(--muted); margin: 6px 0 0; }
.actions .status { flex-basis: 100%; }
.tip { position: fixed; z-index: 2147483647; max-width: 320px; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; box-shadow: 0 2px 8px rgba(0,0,0,.25); pointer-events: none; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
`;

/** The in-page coach's styles, applied inside its shadow root. Light and dark, reduced motion respected. */
export const COACH_CSS = `
:host { all: initial; }
.rc { --bg:#fff; --fg:#1f1f1f; --muted:#5f6368; --line:#dadce0; --accent:#0b57d0; --on-accent:#fff; --high:#c5221f; --medium:#b06000; --low:#0b57d0; --ok:#137333;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
@media (prefers-color-scheme: dark) {
  .rc { --bg:#202124; --fg:#e8eaed; --muted:#9aa0a6; --line:#3c4043; --accent:#8ab4f8; --on-accent:#101418; --high:#f28b82; --medium:#fdd663; --low:#8ab4f8; --ok:#81c995; }
}
.badge { position: fixed; z-index: 2147483647; display: inline-flex; align-items: center; gap: 4px; min-width: 26px; height: 26px; padding: 0 8px;
  border-radius: 13px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); cursor: pointer; font: inherit; font-weight: 600;
  box-shadow: 0 1px 3px rgba(0,0,0,.25); transition: transform .12s ease; }
.badge[data-count="0"] { color: var(--ok); }
.badge:not([data-count="0"]) { color: var(--high); }
.badge:focus-visible, .card button:focus-visible, .card [tabindex]:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.card, .fcard { position: fixed; z-index: 2147483647; left: 8px; top: 8px; box-sizing: border-box; overscroll-behavior: contain; background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.25); text-align: left; }
/* The panel: a header, tabs, a body that scrolls, and a footer that is always in view. */
.card { width: min(360px, calc(100vw - 16px)); max-height: calc(100vh - 16px); display: flex; flex-direction: column; overflow: hidden; }
.phead { display: flex; align-items: center; justify-content: space-between; padding: 10px 10px 0 14px; }
.tabs { display: flex; gap: 2px; padding: 6px 10px 0; border-bottom: 1px solid var(--line); }
.tabs [role="tab"] { font: inherit; color: var(--muted); background: none; border: 0; border-bottom: 2px solid transparent; padding: 6px 8px; cursor: pointer; }
.tabs [role="tab"][aria-selected="true"] { color: var(--fg); border-bottom-color: var(--accent); font-weight: 600; }
.pbody { flex: 1 1 auto; min-height: 48px; overflow: auto; overscroll-behavior: contain; padding: 2px 14px 8px; }
.pbody:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
.pfoot { flex: none; border-top: 1px solid var(--line); padding: 8px 14px 8px; background: var(--bg); border-radius: 0 0 10px 10px; }
.pfoot .actions { margin: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 6px 8px; }
.pfoot .actions > :not(.pair) { grid-column: 1 / -1; }
.pair { display: flex; gap: 4px; min-width: 0; }
.pair button:first-child { flex: 1; white-space: nowrap; }
.close { font: inherit; font-size: 18px; line-height: 1; width: 28px; height: 28px; border-radius: 6px; border: 0; background: none; color: var(--muted); cursor: pointer; flex: none; }
.close:hover { background: color-mix(in srgb, var(--fg) 8%, transparent); color: var(--fg); }
/* The finding card: small, next to its underline. */
.fcard { width: min(300px, calc(100vw - 16px)); padding: 8px 10px 10px 12px; overflow: auto; }
.fhead { display: flex; align-items: center; gap: 6px; }
.fhead strong { flex: 1; font-size: 13px; }
.dot { width: 8px; height: 8px; border-radius: 50%; flex: none; background: var(--low); }
.dot.sev-high { background: var(--high); } .dot.sev-medium { background: var(--medium); }
.reason { margin: 4px 0 8px; color: var(--fg); }
.fcard button:not(.close) { font: inherit; padding: 5px 10px; border-radius: 6px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); cursor: pointer; text-align: left; }
.fcard button.fix { display: block; width: 100%; margin-bottom: 6px; background: var(--accent); color: var(--on-accent); border-color: var(--accent); font-weight: 600; overflow-wrap: anywhere; }
.fmore { display: flex; flex-wrap: wrap; gap: 4px; }
.fmore button { font-size: 12px !important; padding: 3px 8px !important; }
.fcard button:not(.fix):hover, .actions button:not(.primary):hover { background: color-mix(in srgb, var(--fg) 6%, var(--bg)); }
.fcard button:focus-visible, .card [role="tab"]:focus-visible, .close:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.spinner { display: inline-block; width: 10px; height: 10px; border-radius: 50%; border: 2px solid var(--line); border-top-color: var(--accent); animation: rc-spin .8s linear infinite; }
.badge[data-state="checking"] { color: var(--muted); }
@keyframes rc-spin { to { transform: rotate(360deg); } }
.card h2 { font-size: 14px; margin: 0; }
.card h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 12px 0 4px; }
.card ul { list-style: none; margin: 0; padding: 0; }
.finding { display: block; width: 100%; text-align: left; border: 0; background: none; color: inherit; font: inherit; padding: 4px 6px; border-radius: 6px; cursor: pointer; }
.finding:hover, .finding[aria-current="true"] { background: color-mix(in srgb, var(--accent) 12%, transparent); }
.finding q { font-weight: 600; }
.finding .why { display: block; color: var(--muted); }
.sev-high q { text-decoration: underline wavy var(--high); } .sev-medium q { text-decoration: underline wavy var(--medium); } .sev-low q { text-decoration: underline wavy var(--low); }
.checks li { padding: 2px 0; } .checks .yes::before { content: "✓ "; color: var(--ok); } .checks .no::before { content: "✗ "; color: var(--high); }
.important { font-weight: 600; }
.note { color: var(--muted); margin: 8px 0; }
.rewrite { border: 1px solid var(--line); border-radius: 8px; padding: 8px; margin: 4px 0 8px; white-space: pre-wrap; overflow-wrap: anywhere; }
del + ins, ins + del { margin-left: 3px; }
ins { background: color-mix(in srgb, var(--ok) 22%, transparent); text-decoration: none; } del { color: var(--muted); }
[data-why] { cursor: help; } [data-why]:focus { outline: 2px solid var(--accent); } [data-why]:hover::after, [data-why]:focus::after { content: attr(data-why); display: block; margin: 2px 0; padding: 4px 6px; border-radius: 4px; background: var(--bg); color: var(--fg); border: 1px solid var(--line); font-size: 12px; white-space: normal; }
.fill-in, .not-offered { color: var(--high); }
.actions { display: flex; flex-wrap: wrap; gap: 6px 10px; margin-top: 8px; }
.actions button { font: inherit; padding: 5px 10px; border-radius: 6px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); cursor: pointer; }
.actions button.primary { background: var(--accent); color: var(--on-accent); border-color: var(--accent); }
.status { min-height: 1.2em; color: var(--muted); margin: 4px 0 0; }
.status:empty { min-height: 0; margin: 0; }
.actions .status { flex-basis: 100%; }
.tip { position: fixed; z-index: 2147483647; max-width: min(320px, calc(100vw - 16px)); box-sizing: border-box; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; box-shadow: 0 2px 8px rgba(0,0,0,.25); pointer-events: none; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
`;

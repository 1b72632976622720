// The gallery's one small stylesheet: readable, light and dark, no web fonts (everything stays local).
export const GALLERY_CSS = `
:root { color-scheme: light dark; --bg: #f7f7f5; --card: #fff; --ink: #1d1d1f; --muted: #5f6368; --accent: #b3261e; --line: #e3e3e0; }
@media (prefers-color-scheme: dark) { :root { --bg: #17181a; --card: #222326; --ink: #ececec; --muted: #a4a7ab; --accent: #ff8a80; --line: #34363a; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--ink); }
main { max-width: 56rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
header p { color: var(--muted); margin-top: 0; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h1 .status { color: var(--accent); }
a { color: inherit; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--line); padding: .05em .3em; border-radius: 4px; }
.grid { list-style: none; padding: 0; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .9rem 1rem; height: 100%; }
.card a { text-decoration: none; display: block; }
.card a:hover strong, .card a:focus strong { text-decoration: underline; }
.card code { display: inline-block; margin-bottom: .3rem; font-size: .8rem; }
.card p { margin: .3rem 0 0; color: var(--muted); font-size: .92rem; }
.exhibit { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 1.25rem 1.5rem; }
.simulates { font-size: 1.15rem; margin-top: 0; }
.cta { border-left: 4px solid var(--accent); padding: .5rem .9rem; background: var(--bg); border-radius: 0 8px 8px 0; }
.note { color: var(--muted); font-size: .92rem; }
.source { color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
#go, button { display: inline-block; font: inherit; padding: .5rem 1rem; border-radius: 8px; border: 1px solid var(--accent); background: var(--accent); color: var(--card); text-decoration: none; cursor: pointer; }
nav { display: flex; justify-content: space-between; gap: 1rem; margin-top: 1.5rem; font-size: .95rem; }
`;

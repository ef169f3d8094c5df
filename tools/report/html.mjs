// The HTML the report pages are made of: escaping, one self-contained page (inline style, no script,
// a Content-Security-Policy that forbids every request, so it opens the same with no network), and
// tables. Every piece of data goes through esc(); the builders take already-built HTML only where
// their parameter says so.

/** Text made safe for HTML content and attribute values. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** A piece of HTML that is already safe (built by these helpers). */
export class Html {
  /** @param {string} text */
  constructor(text) {
    this.text = text;
  }

  toString() {
    return this.text;
  }
}

/** Marks built HTML as safe. */
export const html = (text) => new Html(text);

/** A cell or piece of content: Html stays as it is, anything else is escaped text. */
export const content = (value) => (value instanceof Html ? value.text : esc(value));

const STYLE = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6476; --line: #d9dde5; --paper: #ffffff;
  --soft: #f4f6f9; --mark: #ffe08a; --bad: #b3261e; --good: #146c2e; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, "Noto Sans CJK KR", "NanumGothic", sans-serif; color: var(--ink);
  background: var(--soft); }
main { max-width: 1120px; margin: 0 auto; padding: 24px 20px 48px; }
header h1 { font-size: 1.6rem; margin: 0 0 4px; }
header p { margin: 0; color: var(--muted); }
section { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px;
  margin-top: 18px; }
section h2 { font-size: 1.15rem; margin: 0 0 10px; }
section h3 { font-size: 1rem; margin: 16px 0 6px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(300px, 100%), 1fr)); gap: 16px; align-items: start; }
.grid.wide { grid-template-columns: repeat(auto-fit, minmax(min(430px, 100%), 1fr)); }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; }
.tile { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.tile .name { color: var(--muted); font-size: 0.85rem; }
.tile .value { font-size: 1.7rem; font-weight: 650; }
.tile .other { color: var(--muted); font-size: 0.85rem; }
.up { color: var(--good); } .down { color: var(--bad); }
figure { margin: 0; }
figure { min-width: 0; }
.chart { overflow-x: auto; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: 0.85rem; margin-top: 4px; }
details { margin-top: 6px; font-size: 0.85rem; }
summary { cursor: pointer; color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; }
mark { background: var(--mark); border-radius: 3px; padding: 0 2px; }
.warning { border-left: 4px solid var(--bad); background: #fdf0ef; padding: 8px 12px; margin: 8px 0; }
.note { color: var(--muted); font-size: 0.9rem; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85em; }
@media print { body { background: white; } section { break-inside: avoid; } }
`;

/**
 * A whole page.
 * @param {{title: string, subtitle?: string, body: Html[]|Html}} page
 */
export function page({ title, subtitle = '', body }) {
  const parts = Array.isArray(body) ? body : [body];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><h1>${esc(title)}</h1>${subtitle ? `<p>${content(subtitle)}</p>` : ''}</header>
${parts.map(content).join('\n')}
</main>
</body>
</html>
`;
}

/**
 * A section with a heading.
 * @param {string} title @param {Array<Html|string>} parts
 * @param {string} [id]
 */
export function section(title, parts, id = '') {
  return html(`<section${id ? ` id="${esc(id)}"` : ''}><h2>${esc(title)}</h2>\n${parts.map(content).join('\n')}</section>`);
}

/**
 * A table. Cells are text (escaped) or Html.
 * @param {{head: string[], rows: Array<Array<string|number|Html>>, numeric?: boolean[], caption?: string}} t
 */
export function table({ head, rows, numeric = [], caption = '' }) {
  const cls = (i) => (numeric[i] ? ' class="num"' : '');
  return html(`<div class="scroll"><table>${caption ? `<caption>${esc(caption)}</caption>` : ''}
<thead><tr>${head.map((h, i) => `<th scope="col"${cls(i)}>${content(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${content(c)}</td>`).join('')}</tr>`).join('\n')}</tbody>
</table></div>`);
}

/** A paragraph of text (escaped) or Html. */
export const paragraph = (text, cls = '') => html(`<p${cls ? ` class="${esc(cls)}"` : ''}>${content(text)}</p>`);

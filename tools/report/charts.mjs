// Charts as plain SVG written into the page: horizontal bars, stacked bars, a histogram and lines.
// Each is a <figure> whose <svg role="img"> is labelled by its <title> and a <desc> that states every
// number it draws, with the same numbers in a table under "The numbers", so a screen reader, a text
// browser and a search all get what the picture shows.
import { esc, html, table } from './html.mjs';

/** Okabe–Ito colours: told apart with the common colour-vision deficiencies. */
export const COLORS = {
  blue: '#0072B2', orange: '#E69F00', green: '#009E73', vermillion: '#D55E00', sky: '#56B4E9',
  purple: '#CC79A7', yellow: '#F0E442', grey: '#8a8f99', black: '#1d2330',
};

const INK = '#1d2330';
const MUTED = '#5b6476';
const GRID = '#e3e6ec';

/** About how wide a label is at 12 px: Hangul and other wide characters count double. */
export function textWidth(text) {
  let w = 0;
  for (const ch of String(text)) w += ch.codePointAt(0) >= 0x1100 ? 12.5 : 7.4;
  return w;
}

/** `text`, shortened with "…" to about `width` pixels (the full text stays in the chart's description). */
export function fit(text, width) {
  let out = String(text);
  while (out.length > 4 && textWidth(out) > width) out = `${out.slice(0, -2)}…`;
  return out;
}

/** "99.5%" for a share from 0 to 1. */
export const percent = (v) => (v === null || v === undefined || Number.isNaN(v) ? '—' : `${(100 * v).toFixed(1)}%`);

const num = (v) => Number(v.toFixed(2));

/** Round tick values from at or below `min` to at or above `max`. */
export function niceTicks(min, max, count = 5) {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) || raw;
  const ticks = [];
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  for (let k = first; k <= last; k += 1) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

function figure({ id, title, description, width, height, body, caption = '', data = null }) {
  // A chart shrinks with the page down to three quarters of its size, then scrolls sideways on its own
  // so that its text stays readable on a phone.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.ceil(height)}" `
    + `style="min-width:${Math.round(width * 0.75)}px" `
    + `viewBox="0 0 ${width} ${Math.ceil(height)}" role="img" `
    + `aria-labelledby="${esc(id)}-title ${esc(id)}-desc" font-size="12" `
    + `font-family="system-ui, 'Noto Sans CJK KR', NanumGothic, sans-serif" fill="${INK}">`
    + `<title id="${esc(id)}-title">${esc(title)}</title><desc id="${esc(id)}-desc">${esc(description)}</desc>`
    + `${body}</svg>`;
  const numbers = data ? `<details><summary>The numbers</summary>${table(data)}</details>` : '';
  return html(`<figure id="${esc(id)}" data-chart><div class="chart">${svg}</div><figcaption><strong>${esc(title)}</strong>`
    + `${caption ? ` — ${esc(caption)}` : ''}</figcaption>${numbers}</figure>`);
}

/** Legend swatches from (x, y), wrapping before `right`: its SVG and the height it takes. */
function legend(series, x, y, right) {
  let at = x;
  let line = 0;
  const items = series.map((s) => {
    const name = fit(s.name, right - x - 28);
    const w = 28 + textWidth(name);
    if (at > x && at + w > right) {
      at = x;
      line += 1;
    }
    const top = y + line * 18;
    const item = `<rect x="${num(at)}" y="${top - 9}" width="12" height="12" rx="2" fill="${esc(s.color)}"/>`
      + `<text x="${num(at + 16)}" y="${top + 1}" fill="${MUTED}">${esc(name)}</text>`;
    at += w;
    return item;
  });
  return { svg: items.join(''), height: (line + 1) * 18 };
}

/**
 * Horizontal bars, one group per label and one bar per series (this run, the other run).
 * @param {{id: string, title: string, description: string, series: Array<{name: string, color: string}>,
 *   groups: Array<{label: string, values: Array<number|null>, texts?: string[]}>, max?: number,
 *   format?: (v: number) => string, width?: number, caption?: string, data?: object}} chart
 */
export function barChart({ id, title, description, series, groups, max = 1, format = percent, width = 560, caption, data }) {
  const labelW = Math.min(220, Math.max(40, ...groups.map((g) => textWidth(g.label))) + 12);
  const valueW = Math.max(60, ...groups.flatMap((g) => (g.texts || []).map((t) => textWidth(t) + 10)));
  const plotW = width - labelW - valueW;
  const barH = series.length > 1 ? 12 : 16;
  const groupH = series.length * barH + (series.length - 1) * 2 + 10;
  const key = series.length > 1 ? legend(series, 8, 14, width - 4) : null;
  const top = key ? key.height + 8 : 8;
  const height = top + groups.length * groupH + 22;
  const ticks = niceTicks(0, max, 4);
  const scale = ticks.at(-1) || 1;
  const x = (v) => labelW + (plotW * Math.max(0, Math.min(v, scale))) / scale;
  const parts = [];
  if (key) parts.push(key.svg);
  for (const t of ticks) {
    parts.push(`<line x1="${num(x(t))}" x2="${num(x(t))}" y1="${top - 4}" y2="${top + groups.length * groupH}" stroke="${GRID}"/>`);
    parts.push(`<text x="${num(x(t))}" y="${top + groups.length * groupH + 14}" text-anchor="middle" fill="${MUTED}">${esc(format(t))}</text>`);
  }
  groups.forEach((g, gi) => {
    const y0 = top + gi * groupH;
    parts.push(`<text x="${labelW - 8}" y="${num(y0 + (groupH - 10) / 2 + 4)}" text-anchor="end">${esc(fit(g.label, labelW - 10))}</text>`);
    g.values.forEach((v, si) => {
      const y = y0 + si * (barH + 2);
      const text = g.texts?.[si] ?? (v === null || v === undefined ? '—' : format(v));
      if (v !== null && v !== undefined) {
        parts.push(`<rect x="${labelW}" y="${y}" width="${num(Math.max(1, x(v) - labelW))}" height="${barH}" rx="2" fill="${esc(series[si].color)}"/>`);
      }
      parts.push(`<text x="${num((v === null || v === undefined ? labelW : x(v)) + 5)}" y="${y + barH - 3}" fill="${MUTED}">${esc(text)}</text>`);
    });
  });
  return figure({ id, title, description, width, height, body: parts.join(''), caption, data });
}

/**
 * Horizontal stacked bars: one row each, its parts one per series. With scale "share" every row fills
 * the width (parts are shares of the row); with "count" rows are as long as their totals.
 * @param {{id: string, title: string, description: string, series: Array<{name: string, color: string}>,
 *   rows: Array<{label: string, values: number[], end?: string}>, scale?: 'share'|'count', width?: number,
 *   caption?: string, data?: object}} chart
 */
export function stackedChart({ id, title, description, series, rows, scale = 'count', width = 560, caption, data }) {
  const labelW = Math.min(220, Math.max(40, ...rows.map((r) => textWidth(r.label))) + 12);
  const totals = rows.map((r) => r.values.reduce((a, b) => a + b, 0));
  const ends = rows.map((r, i) => r.end ?? `n = ${totals[i]}`);
  const valueW = Math.max(56, ...ends.map((t) => textWidth(t) + 10));
  const plotW = width - labelW - valueW;
  const barH = 22;
  const rowH = barH + 10;
  const key = legend(series, labelW, 14, width);
  const top = key.height + 10;
  const height = top + rows.length * rowH + 4;
  const maxTotal = Math.max(1, ...totals);
  const parts = [key.svg];
  rows.forEach((r, ri) => {
    const y = top + ri * rowH;
    const total = totals[ri];
    const full = scale === 'share' ? plotW : (plotW * total) / maxTotal;
    parts.push(`<text x="${labelW - 8}" y="${y + barH / 2 + 4}" text-anchor="end">${esc(fit(r.label, labelW - 10))}</text>`);
    let at = labelW;
    r.values.forEach((v, si) => {
      if (!v || !total) return;
      const w = (full * v) / total;
      parts.push(`<rect x="${num(at)}" y="${y}" width="${num(Math.max(1, w))}" height="${barH}" fill="${esc(series[si].color)}"/>`);
      const label = scale === 'share' ? `${v} (${Math.round((100 * v) / total)}%)` : String(v);
      if (w >= textWidth(label) + 6) {
        parts.push(`<text x="${num(at + w / 2)}" y="${y + barH / 2 + 4}" text-anchor="middle" fill="#fff" font-weight="600">${esc(label)}</text>`);
      }
      at += w;
    });
    parts.push(`<text x="${num(at + 6)}" y="${y + barH / 2 + 4}" fill="${MUTED}">${esc(ends[ri])}</text>`);
  });
  return figure({ id, title, description, width, height, body: parts.join(''), caption, data });
}

/**
 * A histogram: counts between edges.
 * @param {{id: string, title: string, description: string, edges: number[], counts: number[],
 *   color?: string, format?: (v: number) => string, xLabel?: string, width?: number, height?: number,
 *   caption?: string, data?: object}} chart
 */
export function histogram({ id, title, description, edges, counts, color = COLORS.blue, format = String, xLabel = '', width = 560, height = 230, caption, data }) {
  const left = 44;
  const right = 16;
  const top = 12;
  const bottom = xLabel ? 44 : 28;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const maxCount = Math.max(1, ...counts);
  const ticks = niceTicks(0, maxCount, 4).filter((t) => Number.isInteger(t));
  const y = (v) => top + plotH - (plotH * v) / (ticks.at(-1) > maxCount ? ticks.at(-1) : maxCount);
  const colW = plotW / counts.length;
  const parts = [];
  for (const t of ticks) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${num(y(t))}" y2="${num(y(t))}" stroke="${GRID}"/>`);
    parts.push(`<text x="${left - 6}" y="${num(y(t) + 4)}" text-anchor="end" fill="${MUTED}">${t}</text>`);
  }
  counts.forEach((c, i) => {
    const x = left + i * colW;
    if (c > 0) parts.push(`<rect x="${num(x + 1)}" y="${num(y(c))}" width="${num(colW - 2)}" height="${num(top + plotH - y(c))}" fill="${esc(color)}"/>`);
    if (c > 0) parts.push(`<text x="${num(x + colW / 2)}" y="${num(y(c) - 3)}" text-anchor="middle" fill="${MUTED}" font-size="10">${c}</text>`);
  });
  const every = Math.ceil(edges.length / 8);
  edges.forEach((e, i) => {
    if (i % every !== 0 && i !== edges.length - 1) return;
    parts.push(`<text x="${num(left + i * colW)}" y="${top + plotH + 14}" text-anchor="middle" fill="${MUTED}" font-size="10">${esc(format(e))}</text>`);
  });
  parts.push(`<line x1="${left}" x2="${width - right}" y1="${top + plotH}" y2="${top + plotH}" stroke="${MUTED}"/>`);
  if (xLabel) parts.push(`<text x="${num(left + plotW / 2)}" y="${height - 6}" text-anchor="middle" fill="${MUTED}">${esc(xLabel)}</text>`);
  return figure({ id, title, description, width, height, body: parts.join(''), caption, data });
}

/**
 * Lines over a shared x axis, with optional dots, markers (a labelled ring) and shaded spans.
 * @param {{id: string, title: string, description: string,
 *   series: Array<{name: string, color: string, points: Array<{x: number, y: number}>, dash?: boolean, dots?: boolean, width?: number}>,
 *   markers?: Array<{x: number, y: number, label: string, color?: string}>,
 *   spans?: Array<{from: number, to: number, label: string}>,
 *   xLabel?: string, yLabel?: string, yFormat?: (v: number) => string, yMin?: number, yMax?: number,
 *   width?: number, height?: number, caption?: string, data?: object}} chart
 */
export function lineChart({ id, title, description, series, markers = [], spans = [], xLabel = '', yLabel = '', yFormat = (v) => String(v), yMin, yMax, width = 720, height = 300, caption, data }) {
  const all = series.flatMap((s) => s.points);
  const left = 56;
  const right = 16;
  const key = legend(series, left, 14, width - right);
  const top = key.height + 12;
  const bottom = 40;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const x0 = Math.min(...xs, 0);
  const x1 = Math.max(...xs, 1);
  const yTicks = niceTicks(yMin ?? Math.min(...ys, 0), yMax ?? Math.max(...ys, 1e-9), 5);
  const y0 = Math.min(yMin ?? Infinity, yTicks[0]);
  const y1 = Math.max(yMax ?? -Infinity, yTicks.at(-1));
  const px = (v) => left + (plotW * (v - x0)) / (x1 - x0 || 1);
  const py = (v) => top + plotH - (plotH * (v - y0)) / (y1 - y0 || 1);
  const parts = [key.svg];
  for (const s of spans) {
    parts.push(`<rect x="${num(px(s.from))}" y="${top}" width="${num(Math.max(2, px(s.to) - px(s.from)))}" height="${plotH}" fill="#fbe3e1"><title>${esc(s.label)}</title></rect>`);
  }
  for (const t of yTicks) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${num(py(t))}" y2="${num(py(t))}" stroke="${GRID}"/>`);
    parts.push(`<text x="${left - 6}" y="${num(py(t) + 4)}" text-anchor="end" fill="${MUTED}">${esc(yFormat(t))}</text>`);
  }
  for (const t of niceTicks(x0, x1, 8)) {
    parts.push(`<line x1="${num(px(t))}" x2="${num(px(t))}" y1="${top + plotH}" y2="${top + plotH + 4}" stroke="${MUTED}"/>`);
    parts.push(`<text x="${num(px(t))}" y="${top + plotH + 16}" text-anchor="middle" fill="${MUTED}">${t}</text>`);
  }
  parts.push(`<line x1="${left}" x2="${width - right}" y1="${top + plotH}" y2="${top + plotH}" stroke="${MUTED}"/>`);
  for (const s of series) {
    if (!s.points.length) continue;
    const d = s.points.map((p, i) => `${i ? 'L' : 'M'}${num(px(p.x))} ${num(py(p.y))}`).join(' ');
    if (s.points.length > 1) {
      parts.push(`<path d="${d}" fill="none" stroke="${esc(s.color)}" stroke-width="${s.width || 2}"${s.dash ? ' stroke-dasharray="6 4"' : ''} stroke-linejoin="round"/>`);
    }
    if (s.dots || s.points.length === 1) {
      for (const p of s.points) parts.push(`<circle cx="${num(px(p.x))}" cy="${num(py(p.y))}" r="3.5" fill="${esc(s.color)}"/>`);
    }
  }
  for (const m of markers) {
    const cx = px(m.x);
    const cy = py(m.y);
    const color = m.color || COLORS.black;
    const anchor = cx + 12 + textWidth(m.label) > width - right ? 'end' : 'start';
    parts.push(`<circle cx="${num(cx)}" cy="${num(cy)}" r="8" fill="none" stroke="${esc(color)}" stroke-width="2.5"/>`);
    parts.push(`<text x="${num(cx + (anchor === 'end' ? -12 : 12))}" y="${num(cy - 12)}" text-anchor="${anchor}" font-weight="600" fill="${esc(color)}" stroke="#fff" stroke-width="4" paint-order="stroke">${esc(m.label)}</text>`);
  }
  if (xLabel) parts.push(`<text x="${num(left + plotW / 2)}" y="${height - 6}" text-anchor="middle" fill="${MUTED}">${esc(xLabel)}</text>`);
  if (yLabel) parts.push(`<text transform="translate(14 ${num(top + plotH / 2)}) rotate(-90)" text-anchor="middle" fill="${MUTED}">${esc(yLabel)}</text>`);
  return figure({ id, title, description, width, height, body: parts.join(''), caption, data });
}

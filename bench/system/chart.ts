/**
 * The system benchmark's chart: stacked line panels sharing one time axis, drawn as plain SVG here
 * and rasterised to PNG by @resvg/resvg-js.
 *
 * Why this renderer: @resvg/resvg-js (a dev dependency, added for this chart) ships a prebuilt napi-rs
 * binary per platform as an optional npm dependency, so it installs on Node 20 with no native build
 * (no node-gyp, no cairo as node-canvas needs), and it has no dependencies of its own. Vega and
 * Vega-Lite were the other choice, but their current majors (6) are ESM-only while the benchmarks run
 * as CommonJS through @swc-node/register, and they bring ~40 packages for three line charts. Text is set
 * in DejaVu Sans or Liberation Sans, loaded from the machine's fonts.
 */
import { Resvg } from '@resvg/resvg-js';

export interface Series {
  name: string;
  points: Array<[x: number, y: number]>;
}

export interface Panel {
  title: string;
  yLabel: string;
  series: Series[];
  /** Vertical markers on the time axis (the upload, the clock advance, …). */
  markers?: Array<{ x: number; label: string }>;
}

const WIDTH = 1400;
const PANEL_HEIGHT = 330;
const MARGIN = { left: 90, right: 260, top: 40, bottom: 45 };
const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173'];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Round tick steps (1, 2, 5 × 10^n) giving about `count` ticks up to `max`. */
function ticks(max: number, count = 6): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  // Up to the first tick at or above `max`, so the top of the axis is labelled and no line leaves it.
  for (let v = 0; out.length === 0 || out[out.length - 1]! < max; v += step) out.push(+v.toFixed(6));
  return out;
}

const label = (value: number) => (value >= 10_000 ? `${+(value / 1000).toFixed(1)}k` : String(+value.toFixed(2)));

function panelSvg(panel: Panel, top: number, xMax: number): string {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom;
  const yMaxRaw = Math.max(1, ...panel.series.flatMap((s) => s.points.map(([, y]) => y)));
  const yTicks = ticks(yMaxRaw);
  const yMax = Math.max(yMaxRaw, yTicks[yTicks.length - 1]!);
  const xTicks = ticks(xMax, 10);
  const x = (v: number) => MARGIN.left + (v / xMax) * plotW;
  const y = (v: number) => top + MARGIN.top + plotH - (v / yMax) * plotH;
  const parts: string[] = [];
  parts.push(`<text x="${MARGIN.left}" y="${top + 24}" font-size="17" font-weight="bold">${escape(panel.title)}</text>`);
  for (const t of yTicks) {
    parts.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y(t)}" y2="${y(t)}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${MARGIN.left - 8}" y="${y(t) + 4}" font-size="12" text-anchor="end">${label(t)}</text>`);
  }
  for (const t of xTicks) {
    parts.push(`<line x1="${x(t)}" x2="${x(t)}" y1="${top + MARGIN.top}" y2="${top + MARGIN.top + plotH}" stroke="#f0f0f0"/>`);
    parts.push(`<text x="${x(t)}" y="${top + MARGIN.top + plotH + 18}" font-size="12" text-anchor="middle">${label(t)}</text>`);
  }
  parts.push(`<rect x="${MARGIN.left}" y="${top + MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#888"/>`);
  parts.push(`<text x="${MARGIN.left + plotW / 2}" y="${top + PANEL_HEIGHT - 6}" font-size="13" text-anchor="middle">seconds since the upload started</text>`);
  parts.push(`<text transform="translate(22 ${top + MARGIN.top + plotH / 2}) rotate(-90)" font-size="13" text-anchor="middle">${escape(panel.yLabel)}</text>`);
  (panel.markers ?? []).forEach((marker, i) => {
    parts.push(`<line x1="${x(marker.x)}" x2="${x(marker.x)}" y1="${top + MARGIN.top}" y2="${top + MARGIN.top + plotH}" stroke="#555" stroke-dasharray="5 4"/>`);
    // Staggered, so markers close together keep readable labels.
    parts.push(`<text x="${x(marker.x) + 4}" y="${top + MARGIN.top + 14 + i * 15}" font-size="12" fill="#333">${escape(marker.label)}</text>`);
  });
  panel.series.forEach((series, i) => {
    const colour = COLOURS[i % COLOURS.length];
    if (series.points.length > 0) {
      const path = series.points.map(([px, py]) => `${x(px).toFixed(1)},${y(py).toFixed(1)}`).join(' ');
      parts.push(`<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    }
    const ly = top + MARGIN.top + 6 + i * 18;
    parts.push(`<line x1="${WIDTH - MARGIN.right + 15}" x2="${WIDTH - MARGIN.right + 40}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="3"/>`);
    parts.push(`<text x="${WIDTH - MARGIN.right + 46}" y="${ly + 4}" font-size="12">${escape(series.name)}</text>`);
  });
  return parts.join('\n');
}

export function chartSvg(title: string, panels: Panel[]): string {
  const xTicks = ticks(Math.max(1, ...panels.flatMap((p) => p.series.flatMap((s) => s.points.map(([px]) => px)))), 10);
  const xMax = xTicks[xTicks.length - 1]!;
  const height = 40 + panels.length * PANEL_HEIGHT;
  const body = panels.map((panel, i) => panelSvg(panel, 40 + i * PANEL_HEIGHT, xMax)).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" font-family="DejaVu Sans, Liberation Sans, sans-serif">
<rect width="100%" height="100%" fill="white"/>
<text x="${WIDTH / 2}" y="26" font-size="19" font-weight="bold" text-anchor="middle">${escape(title)}</text>
${body}
</svg>`;
}

export function chartPng(svg: string): Buffer {
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
}

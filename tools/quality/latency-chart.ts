import type { LatencyStats } from './latency-stats.js';

/** One line on the chart. */
export interface LatencySeries {
  label: string;
  stats: LatencyStats;
  dashed?: boolean;
}

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
const fmtUs = (us: number): string =>
  us >= 1000 ? `${(us / 1000).toFixed(us >= 10_000 ? 0 : 1)} ms` : `${us.toFixed(us >= 10 ? 0 : 1)} µs`;
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Draws the latency distributions as cumulative curves on a log time axis (hand-written SVG, no
 * dependencies): y is the share of questions answered within x. A curve further left is faster; its
 * right tail is the p99.
 * @example writeFileSync('bench-latency.svg', renderLatencyChart([{ label: 'factdesk', stats }]))
 */
export function renderLatencyChart(
  series: readonly LatencySeries[],
  title = 'Latency per question (CDF)',
): string {
  const width = 820;
  const height = 440;
  const m = { left: 60, right: 20, top: 40, bottom: 110 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const all = series.flatMap((s) => s.stats.percentiles).filter((x) => x > 0 && Number.isFinite(x));
  const lo = 10 ** Math.floor(Math.log10(Math.min(...all)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...all)));
  const x = (us: number): number =>
    m.left + ((Math.log10(Math.max(us, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * plotW;
  const y = (pct: number): number => m.top + plotH - (pct / 100) * plotH;

  const grid: string[] = [];
  for (let decade = lo; decade <= hi; decade *= 10) {
    grid.push(
      `<line x1="${x(decade)}" y1="${m.top}" x2="${x(decade)}" y2="${m.top + plotH}" stroke="#ddd"/>`,
      `<text x="${x(decade)}" y="${m.top + plotH + 16}" text-anchor="middle">${fmtUs(decade)}</text>`,
    );
    for (let k = 2; k < 10 && decade * k < hi; k++) {
      grid.push(
        `<line x1="${x(decade * k)}" y1="${m.top}" x2="${x(decade * k)}" y2="${m.top + plotH}" stroke="#f2f2f2"/>`,
      );
    }
  }
  for (const pct of [0, 25, 50, 75, 90, 99]) {
    grid.push(
      `<line x1="${m.left}" y1="${y(pct)}" x2="${m.left + plotW}" y2="${y(pct)}" stroke="${pct === 50 || pct === 99 ? '#bbb' : '#eee'}"/>`,
      `<text x="${m.left - 6}" y="${y(pct) + 4}" text-anchor="end">${pct}%</text>`,
    );
  }

  const lines = series.map((s, i) => {
    const color = COLORS[i % COLORS.length];
    const points = s.stats.percentiles.map((us, pct) => `${x(us).toFixed(1)},${y(pct).toFixed(1)}`).join(' ');
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    const marks = [s.stats.p50, s.stats.p99]
      .map(
        (us, k) =>
          `<circle cx="${x(us).toFixed(1)}" cy="${y(k === 0 ? 50 : 99).toFixed(1)}" r="3" fill="${color}"/>`,
      )
      .join('');
    return `<polyline fill="none" stroke="${color}" stroke-width="2"${dash} points="${points}"/>${marks}`;
  });
  const legend = series.map((s, i) => {
    const color = COLORS[i % COLORS.length];
    const ly = m.top + plotH + 40 + i * 16;
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    const text = `${s.label}: p50 ${fmtUs(s.stats.p50)}, p95 ${fmtUs(s.stats.p95)}, p99 ${fmtUs(s.stats.p99)}`;
    return `<line x1="${m.left}" y1="${ly - 4}" x2="${m.left + 24}" y2="${ly - 4}" stroke="${color}" stroke-width="2"${dash}/><text x="${m.left + 30}" y="${ly}">${esc(text)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + Math.max(0, series.length - 4) * 16}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${m.left}" y="22" font-size="15" font-weight="bold">${esc(title)}</text>`,
    ...grid,
    `<rect x="${m.left}" y="${m.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#888"/>`,
    `<text x="${m.left + plotW / 2}" y="${m.top + plotH + 30}" text-anchor="middle">time per question (log scale)</text>`,
    ...lines,
    ...legend,
    '</svg>',
    '',
  ].join('\n');
}

/**
 * Stage 1 of the chart: a straight map from UTC time to pixels, with its domain and range. d3-scale's scaleUtc
 * does the same but carries its colour interpolation and default time formats along: 25 KB of the embed's 61 KB
 * script (issue 13). Positions are exact here; render.ts rounds them for the SVG.
 */
export interface TimeScale {
  (date: Date): number;
  domain(): [Date, Date];
  range(): [number, number];
}

export const DAY_MS = 86_400_000;

export function timeScale(domain: readonly [Date, Date], range: readonly [number, number]): TimeScale {
  const [from, to] = domain.map((date) => date.getTime()) as [number, number];
  const [start, end] = range;
  const scale = (date: Date) => start + ((date.getTime() - from) / (to - from)) * (end - start);
  return Object.assign(scale, {
    domain: (): [Date, Date] => [new Date(from), new Date(to)],
    range: (): [number, number] => [start, end],
  });
}

/** Positions to a tenth of a pixel: no eye sees the difference, and the SVG's numbers stay short. */
export const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * Draws a chart spec with uPlot (canvas). The canvas is decoration for sighted readers: the figure
 * around it carries the title and the text summary, and its data table holds the same numbers.
 * Colours come from the element's computed custom properties, since a canvas does not inherit CSS:
 * a theme change redraws.
 */
import uPlot from 'uplot';
import type { ChartSpec, Tone } from './report-charts.js';

export interface PlotColours {
  text: string;
  grid: string;
  tones: Record<Tone, string>;
  font: string;
}

const HEIGHT = 220;
/** Axis labels longer than this are cut on the canvas (the table has them whole). */
const MAX_LABEL = 22;
/** Rough width of a character of the 12 px axis font, to tell when labels would overlap. */
const CHAR_PX = 6.5;

/** The x axis's labels, tilted when they would not fit side by side, and the height that takes. */
export function xLabelLayout(labels: string[], width: number): { labels: string[]; rotate: number; size: number } {
  const cut = labels.map((label) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label));
  const longest = Math.max(0, ...cut.map((label) => label.length)) * CHAR_PX;
  const slot = (width - 80) / Math.max(1, labels.length);
  if (longest <= slot - 8) return { labels: cut, rotate: 0, size: 40 };
  return { labels: cut, rotate: 35, size: Math.min(120, Math.ceil(longest * 0.58) + 24) };
}

/** Reads the palette from the host's computed style (its `--_report-*` tokens). */
export function readColours(host: Element): PlotColours {
  const style = getComputedStyle(host);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--_report-axis', '#59636e'),
    grid: read('--_report-grid', '#d1d9e0'),
    tones: {
      accent: read('--_report-accent', '#0969da'),
      success: read('--_report-success', '#1a7f37'),
      danger: read('--_report-danger', '#c21c2c'),
      muted: read('--_report-muted', '#8c959f'),
    },
    font: `12px ${style.fontFamily || 'sans-serif'}`,
  };
}

/** uPlot's options and data for a spec at `width` CSS pixels. */
export function plotConfig(spec: ChartSpec, colours: PlotColours, width: number): { options: uPlot.Options; data: uPlot.AlignedData } {
  const indices = spec.labels.map((_, i) => i);
  const bars = spec.kind === 'bars';
  const layout = xLabelLayout(spec.labels, Math.max(240, width));
  const axisBase = { stroke: colours.text, font: colours.font, ticks: { stroke: colours.grid, width: 1 } };
  const options: uPlot.Options = {
    width: Math.max(240, Math.floor(width)),
    // Tilted labels take their room from the axis, not from the bars.
    height: HEIGHT + layout.size - 40,
    // The table and the summary carry the values; a hover legend reachable by mouse only would add nothing.
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.5, Math.max(0.5, spec.labels.length - 0.5)] },
      y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
    },
    axes: [
      {
        ...axisBase,
        grid: { show: false },
        splits: () => indices,
        values: (_u, splits) => splits.map((split) => layout.labels[split] ?? ''),
        rotate: layout.rotate,
        size: layout.size,
      },
      {
        ...axisBase,
        grid: { stroke: colours.grid, width: 1 },
        values: (_u, splits) => splits.map((split) => spec.axis(split)),
        ...(spec.axisSteps ? { incrs: spec.axisSteps } : {}),
        size: 72,
      },
    ],
    series: [
      {},
      ...spec.plotted.map((column): uPlot.Series => {
        const colour = colours.tones[spec.columns[column]!.tone];
        return bars
          ? { label: spec.columns[column]!.label, stroke: colour, fill: colour, width: 0, paths: uPlot.paths.bars!({ size: [0.6, 64] }), points: { show: false } }
          : { label: spec.columns[column]!.label, stroke: colour, width: 2, points: { show: true, size: 6, fill: colour }, spanGaps: false };
      }),
    ],
  };
  const data: uPlot.AlignedData = [indices, ...spec.plotted.map((column) => spec.columns[column]!.values)];
  return { options, data };
}

/** A drawn chart: redraws itself for a new width or new colours, and is destroyed with its figure. */
export class Plot {
  private plot: uPlot | null = null;

  constructor(
    private readonly target: HTMLElement,
    readonly spec: ChartSpec,
  ) {}

  /** The data as drawn (x indices first, then each plotted column): what tests compare with the table. */
  get data(): uPlot.AlignedData | null {
    return this.plot?.data ?? null;
  }

  draw(colours: PlotColours): void {
    this.destroy();
    const width = this.target.clientWidth || 480;
    const { options, data } = plotConfig(this.spec, colours, width);
    this.plot = new uPlot(options, data, this.target);
  }

  resize(): void {
    const width = this.target.clientWidth;
    if (this.plot && width > 0 && Math.abs(width - this.plot.width) > 1) this.plot.setSize({ width: Math.max(240, width), height: this.plot.height });
  }

  destroy(): void {
    this.plot?.destroy();
    this.plot = null;
  }
}

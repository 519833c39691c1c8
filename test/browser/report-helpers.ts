/** Mounting and reading `<paymend-report>` in browser tests. */
import '../../src/report.js';
import type { PaymendReport } from '../../src/report.js';
import { freshEndpoint, json, mount, stubFetch, until } from './helpers.js';
import { fixtureReport } from './report-fixture.js';

export type { PaymendReport };

/** Every chart the fixture report draws. */
export const CHARTS = ['rate', 'revenue-usd', 'revenue-eur', 'time-to-recover', 'funnel', 'reasons', 'channels', 'outcomes'];

export function report(attributes: Record<string, string> = {}): PaymendReport {
  const element = document.createElement('paymend-report');
  for (const [name, value] of Object.entries({ from: '2026-01-01', to: '2026-03-31', 'group-by': 'month', ...attributes })) element.setAttribute(name, value);
  return mount(element);
}

export const root = (element: PaymendReport) => element.shadowRoot!;
export const text = (element: PaymendReport, selector: string) => root(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Mounts a report served by a stubbed backend and waits until every chart is drawn. */
export async function shown(attributes: Record<string, string> = {}, body: unknown = fixtureReport()) {
  const calls = stubFetch(() => json(body));
  const element = report({ endpoint: freshEndpoint(), ...attributes });
  await until(() => Object.keys(element.plottedData).length === CHARTS.length, 'every chart drawn');
  return { element, calls };
}

/** The rows of a chart's table: header cell, then the cells, as text. */
export function tableRows(element: PaymendReport, chart: string): string[][] {
  const rows = root(element).querySelectorAll(`[data-chart="${chart}"] tbody tr`);
  return [...rows].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
}

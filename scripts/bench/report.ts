import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

export interface Metric {
  value: number;
  unit: string;
  /** A limit such as "≤ 33" (at most) or "≥ 20" (at least); metrics without one are reported for context. */
  budget?: string;
  note?: string;
}

/** "ok" or "OVER" (past a "≤ N" budget) or "UNDER" (short of a "≥ N" one); "" without a budget. */
export function budgetStatus(metric: Metric): string {
  const limit = /^([≤≥])\s*(-?[\d.]+)$/.exec(metric.budget ?? '');
  if (!limit) return '';
  if (limit[1] === '≥') return metric.value >= Number(limit[2]) ? 'ok' : 'UNDER';
  return metric.value <= Number(limit[2]) ? 'ok' : 'OVER';
}

/** Writes bench-results/latest.json and prints a readable table. */
export function writeReport(metrics: Record<string, Metric>, context: Record<string, string> = {}): void {
  mkdirSync('bench-results', { recursive: true });
  const report = { date: new Date().toISOString(), machine: machineSummary(), ...context, metrics };
  writeFileSync('bench-results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
  const rows = Object.entries(metrics).map(([name, m]) => ({
    metric: name,
    value: Number.isInteger(m.value) ? m.value : Number(m.value.toFixed(m.value < 10 ? 3 : 1)),
    unit: m.unit,
    budget: m.budget ?? '',
    status: budgetStatus(m),
  }));
  console.table(rows);
  console.log('written to bench-results/latest.json');
}

function machineSummary(): string {
  return `${process.platform} ${process.arch}, node ${process.version}, ${availableParallelism()} cores`;
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

export interface Metric {
  value: number;
  unit: string;
  budget?: string;
  note?: string;
}

/** Writes bench-results/latest.json and prints a readable table. */
export function writeReport(metrics: Record<string, Metric>): void {
  mkdirSync('bench-results', { recursive: true });
  const report = { date: new Date().toISOString(), machine: machineSummary(), metrics };
  writeFileSync('bench-results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
  const rows = Object.entries(metrics).map(([name, m]) => ({
    metric: name,
    value: Number.isInteger(m.value) ? m.value : Number(m.value.toFixed(3)),
    unit: m.unit,
    budget: m.budget ?? '',
  }));
  console.table(rows);
  console.log('written to bench-results/latest.json');
}

function machineSummary(): string {
  return `${process.platform} ${process.arch}, node ${process.version}, ${availableParallelism()} cores`;
}

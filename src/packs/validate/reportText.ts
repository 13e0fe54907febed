/** The report as plain text for a terminal (the CLI's default output): pack-level findings, then each asset. */
import type { Finding, FindingCounts } from './findings';
import type { AssetReport, PackReport } from './types';

export function reportToText(report: PackReport): string {
  const name = report.pack.name ? ` (${report.pack.name})` : '';
  const lines = [`Pack "${report.pack.id}"${name}: ${counts(report.summary)}`];
  const packLevel = report.findings.filter((f) => f.asset === undefined);
  if (packLevel.length > 0) lines.push('', 'Pack', ...packLevel.flatMap(findingLines));
  if (report.assets.length > 0) lines.push('', 'Assets');
  const reported = new Set(report.assets.map((asset) => asset.id));
  for (const asset of report.assets) {
    const own = report.findings.filter((f) => f.asset === asset.id);
    lines.push(`${asset.id}: ${stats(asset)}${own.length === 0 ? ' — OK' : ''}`, ...own.flatMap(findingLines));
  }
  // Assets whose entry is too broken to check still have schema findings under their id.
  const unchecked = [...new Set(report.findings.map((f) => f.asset).filter((id) => id !== undefined && !reported.has(id)))];
  for (const id of unchecked) lines.push(`${id}: not checked (its pack.json entry is invalid)`, ...report.findings.filter((f) => f.asset === id).flatMap(findingLines));
  return lines.join('\n');
}

/** "1 error", "1,204 triangles", "2 vertices". */
function count(n: number, word: string, words = `${word}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? word : words}`;
}

function counts(summary: FindingCounts): string {
  return `${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}, ${count(summary.infos, 'info')}`;
}

function stats(asset: AssetReport): string {
  const parts = [asset.slot, asset.kind];
  if (asset.kind !== 'texture') parts.push(count(asset.triangles, 'triangle'), count(asset.vertices, 'vertex', 'vertices'), count(asset.materials, 'material'), count(asset.drawCalls, 'draw call'));
  if (asset.textures.length > 0) parts.push(`textures ${asset.textures.map((t) => `${t.width}×${t.height}`).join(', ')}`);
  parts.push(`${Math.max(1, Math.round(asset.bytes / 1024))} KB`);
  return parts.join(' · ');
}

function findingLines(finding: Finding): string[] {
  const where = [finding.file, finding.pointer].filter(Boolean).join(' ');
  return [
    `  ${finding.severity.toUpperCase().padEnd(7)} ${finding.code}: ${finding.message}`,
    `          fix: ${finding.fix}`,
    ...(where ? [`          at: ${where}`] : []),
  ];
}

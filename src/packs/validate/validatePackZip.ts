/** Validates a pack `.zip`: reads it safely, then validates its files; the report includes what reading found. */
import { readPackZip, type PackLimits } from '../zip/readPackZip';
import type { ValidateOptions } from './context';
import { countFindings } from './findings';
import type { PackReport } from './types';
import { validatePack } from './validatePack';

export interface ZipValidation {
  report: PackReport;
  /** The pack's files by path (what could be read), to load the pack from once the report is accepted. */
  files: Map<string, Uint8Array>;
}

export async function validatePackZip(archive: Uint8Array, options: ValidateOptions & { limits?: Partial<PackLimits> } = {}): Promise<ZipValidation> {
  const { files, findings } = readPackZip(archive, options.limits);
  const report = await validatePack(files, options);
  // When the archive was refused as a whole, "pack.json is missing" would only repeat it.
  const refused = files.size === 0 && findings.length > 0;
  const all = [...findings, ...(refused ? report.findings.filter((f) => f.code !== 'PACK_JSON_MISSING') : report.findings)];
  return { report: { ...report, summary: countFindings(all), findings: all }, files };
}

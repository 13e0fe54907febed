/**
 * The Khronos glTF Validator, injected into validatePack as a function so the browser can lazy-load it (about
 * 1 MB of JavaScript) and tests or other hosts can pass their own.
 */
import type * as KhronosApi from 'gltf-validator';
import type { KhronosReport } from 'gltf-validator';
import { finding, type Finding } from './findings';

export type GltfValidator = (glb: Uint8Array) => Promise<KhronosReport>;

/** Most issues one GLB reports; a broken file can produce thousands of the same. */
const MAX_ISSUES = 30;

/** Loads the Khronos validator with a dynamic import (a separate chunk in the app). */
export async function loadKhronosValidator(): Promise<GltfValidator> {
  // Node loads the CommonJS build (its API under `default`), bundlers the ES module (named exports).
  const module = (await import('gltf-validator')) as typeof KhronosApi & { default?: typeof KhronosApi };
  const api = typeof module.validateBytes === 'function' ? module : module.default!;
  return (glb) => api.validateBytes(glb, { maxIssues: MAX_ISSUES, writeTimestamp: false, format: 'glb' });
}

/** Errors and warnings of the Khronos report as findings (its infos and hints are left out: they are advice). */
export async function khronosFindings(validator: GltfValidator, glb: Uint8Array, place: { asset?: string; file: string }): Promise<Finding[]> {
  let report: KhronosReport;
  try {
    report = await validator(glb);
  } catch (error) {
    return [finding('GLTF_VALIDATOR_ERROR', `The Khronos glTF Validator could not read the file: ${(error as Error).message ?? String(error)}.`, place)];
  }
  return report.issues.messages
    .filter((message) => message.severity <= 1)
    .map((message) => {
      const code = message.severity === 0 ? 'GLTF_VALIDATOR_ERROR' : 'GLTF_VALIDATOR_WARNING';
      const where = message.pointer ?? (message.offset !== undefined ? `byte ${message.offset}` : undefined);
      const text = `glTF Validator ${message.code}: ${message.message.replace(/\.$/, '')}${where ? ` (at ${where})` : ''}.`;
      return finding(code, text, { ...place, pointer: message.pointer });
    });
}

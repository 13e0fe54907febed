/**
 * Typed access to the Khronos glTF Validator (the npm package ships no type declarations). Our bar for every
 * GLB: 0 errors and 0 warnings; infos are fine.
 */
import { createRequire } from 'node:module';

export interface ValidationMessage {
  code: string;
  message: string;
  /** 0 error, 1 warning, 2 info, 3 hint. */
  severity: number;
  pointer?: string;
}

export interface ValidationReport {
  issues: { numErrors: number; numWarnings: number; numInfos: number; messages: ValidationMessage[] };
  info: {
    drawCallCount: number;
    totalVertexCount: number;
    totalTriangleCount: number;
    maxInfluences: number;
    hasSkins: boolean;
    hasMorphTargets: boolean;
    animationCount: number;
  };
}

interface Validator {
  validateBytes(data: Uint8Array, options?: { maxIssues?: number }): Promise<ValidationReport>;
}

const validator = createRequire(import.meta.url)('gltf-validator') as Validator;

/** Validates GLB bytes with the Khronos validator. */
export function validateGlb(glb: Uint8Array): Promise<ValidationReport> {
  return validator.validateBytes(glb, { maxIssues: 100 });
}

/** The errors and warnings of a report (what must be empty). */
export function blockingIssues(report: ValidationReport): ValidationMessage[] {
  return report.issues.messages.filter((message) => message.severity <= 1);
}

/**
 * Export options, mirroring the download options Ready Player Me users relied on. One zod schema checks what
 * the export panel, the QA API and the CLI pass in, and fills the defaults.
 */
import { z } from 'zod';
import { validate, type Result } from '../core/validation';

/** CLI flags arrive as strings, the QA API may pass numbers: both spell the same choice. */
const asText = (value: unknown) => (typeof value === 'number' ? String(value) : value);
const asUpper = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value);

export const ExportOptions = z
  .object({
    /** Rest pose of the file. VRM is always T. */
    pose: z.preprocess(asUpper, z.enum(['A', 'T'])).default('A'),
    /** 0 keeps every triangle; 1 and 2 simplify to about 60 % and 30 %. */
    lod: z.preprocess(asText, z.enum(['0', '1', '2'])).default('1'),
    /** Merge every mesh into at most 2 (opaque + alpha) on one texture of this size. */
    textureAtlas: z.preprocess(asText, z.enum(['none', '512', '1024'])).default('1024'),
    /** Largest texture side in pixels. */
    textureSizeLimit: z.number().int().min(64).max(4096).default(1024),
    /** Image format of opaque textures; textures with alpha use PNG when JPEG is asked for. */
    textureFormat: z.enum(['jpeg', 'png', 'webp']).default('jpeg'),
    morphTargets: z.enum(['none', 'visemes', 'arkit', 'all']).default('visemes'),
    compression: z.enum(['none', 'meshopt']).default('none'),
  })
  .strict();

export type ExportOptions = z.output<typeof ExportOptions>;
export type ExportOptionsInput = z.input<typeof ExportOptions>;
export type ExportFormat = 'glb' | 'vrm';

export function parseExportOptions(input: unknown): Result<ExportOptions> {
  return validate(ExportOptions, input ?? {});
}

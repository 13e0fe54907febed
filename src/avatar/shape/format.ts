/**
 * The body-shape data format: `shape.json` (this schema) + `shape.bin` (byte ranges it points to).
 * docs/shape-data.md describes it for integrators and pack authors.
 */
import { z } from 'zod';
import type { BodyControl } from '../../core/bodyControls';

export const SHAPE_FORMAT = 'avatar-atelier/shape';
export const SHAPE_FORMAT_VERSION = 1;

const byteRange = {
  byteOffset: z.number().int().min(0),
  byteLength: z.number().int().min(0),
};
const positiveScale = z.number().positive().max(1);
const localized = z.object({ en: z.string().min(1), fr: z.string().min(1) });
const targetList = z.array(z.number().int().min(0));

export const ShapeTargetSchema = z.object({
  /** Source target name(s), for people reading the file. */
  name: z.string().min(1),
  encoding: z.enum(['dense', 'sparse']),
  /** Number of listed vertices (sparse only). */
  count: z.number().int().min(0).optional(),
  /** Metres per stored integer unit. */
  scale: positiveScale,
  ...byteRange,
});

export const ShapeControlSchema = z.object({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, 'a control id is camelCase letters and digits'),
  group: z.enum(['macro', 'face', 'body']),
  /** The body part the control shapes, e.g. "nose" (for grouping in a UI). */
  part: z.string().min(1),
  name: localized,
  min: z.number(),
  max: z.number(),
  default: z.number(),
  /** Moves the left and right sides together. */
  symmetric: z.literal(true).optional(),
  /** Detail controls: targets applied with weight -value below 0 and +value above 0. */
  decrease: targetList.optional(),
  increase: targetList.optional(),
});

export const MacroTargetSchema = z.object({
  target: z.number().int().min(0),
  /** Corner words whose weights multiply into this target's weight (MakeHuman's macro interpolation). */
  corners: z.array(z.string().min(1)).min(1),
});

export const ShapeJsonSchema = z.object({
  format: z.literal(SHAPE_FORMAT),
  version: z.literal(SHAPE_FORMAT_VERSION),
  vertexCount: z.number().int().positive().max(65535),
  bodyVertexCount: z.number().int().positive(),
  /** Metres added to Y (already included in the reference positions). */
  translationY: z.number(),
  /** Parent-prediction order shared by all dense sections. */
  tree: z.object(byteRange),
  /** Reference (default body) positions, dense integers times `scale`, in metres. */
  reference: z.object({ ...byteRange, scale: positiveScale }),
  targets: z.array(ShapeTargetSchema),
  macroTargets: z.array(MacroTargetSchema),
  controls: z.array(ShapeControlSchema).min(1),
  source: z.string().optional(),
});

export type ShapeJson = z.output<typeof ShapeJsonSchema>;
export type ShapeTargetJson = z.output<typeof ShapeTargetSchema>;
export type ShapeControlJson = z.output<typeof ShapeControlSchema>;

/** What a UI needs to show one control: the domain's body control, plus whether it acts on both sides. */
export interface ShapeControl extends BodyControl {
  symmetric?: true;
}

/** Control values by control id; missing ids take the control's default. */
export type ShapeValues = Record<string, number>;

/**
 * What a designer inspects about one wearable in the preview grid: the helpers drawn over it and its statistics.
 * Plain data shared by the scene that draws the helpers, the code that counts, and the panel that shows them.
 */

export interface Inspection {
  /** Triangle edges: of the previewed item only, of everything worn and the body, or none. */
  wireframe: 'off' | 'item' | 'all';
  /** The avatar's bones as lines. */
  skeleton: boolean;
  /** The previewed item's axis-aligned bounding box, as posed and fitted on each body. */
  bounds: boolean;
}

export const NO_INSPECTION: Inspection = { wireframe: 'off', skeleton: false, bounds: false };

export interface TextureStats {
  /** What the material uses it for. */
  role: 'baseColor' | 'normal' | 'occlusion';
  mimeType: string;
  /** Pixels, read from the file header (0 when it cannot be read). */
  width: number;
  height: number;
  /** Size of the image file. */
  bytes: number;
}

/** The cost of one wearable as a designer budgets it: per body that wears it. */
export interface ItemStats {
  triangles: number;
  vertices: number;
  materials: number;
  /** Each image once, even when several materials share it. */
  textures: TextureStats[];
  /** Size of the file the app downloads (the GLB, or the image of a skin). */
  fileBytes: number;
  /** One draw call per primitive, on every body that wears it. */
  drawCallsPerBody: number;
}

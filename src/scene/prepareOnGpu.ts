import { Texture, type Camera, type Material, type Object3D, type Scene, type WebGLRenderer } from 'three';

/** The materials each renderer has prepared (see prepareOnGpu). */
const preparedBy = new WeakMap<WebGLRenderer, WeakSet<Material>>();

/**
 * Starts linking the shader programs of what `object` shows (lit by `scene`) and uploads its textures, so the frame
 * that first shows it does not: a software renderer spends tens of milliseconds per program and per texture there.
 * Repeated as parts arrive, it prepares only the meshes with materials it has not seen (three.js would work out
 * every material's program again), and skips textures already on the GPU.
 */
export function prepareOnGpu(gl: WebGLRenderer, object: Object3D, camera: Camera, scene: Scene): void {
  const prepared = preparedBy.get(gl) ?? new WeakSet<Material>();
  preparedBy.set(gl, prepared);
  object.traverse((node) => {
    const materials = materialsOf(node);
    if (materials.some((material) => !prepared.has(material))) gl.compile(node, camera, scene);
    for (const material of materials) {
      prepared.add(material);
      for (const value of Object.values(material)) if (value instanceof Texture) gl.initTexture(value);
    }
  });
}

function materialsOf(node: Object3D): Material[] {
  const material = (node as Object3D & { material?: Material | Material[] }).material;
  return material === undefined ? [] : Array.isArray(material) ? material : [material];
}

/**
 * Reads each linked program's uniform and attribute locations now. The first frame that draws with a program would
 * otherwise ask for them, and wait there for the GPU to finish the uploads queued before: a software renderer takes
 * tens of milliseconds.
 */
export function readProgramLocations(gl: WebGLRenderer): void {
  for (const program of gl.info.programs ?? []) program.getUniforms();
}

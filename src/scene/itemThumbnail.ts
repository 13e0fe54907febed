/**
 * Thumbnails for items a pack gives none: the model drawn from the front, a little from the side, on a transparent
 * square. One small offscreen renderer serves every thumbnail, one at a time; each picture is made once per model.
 */
import { Box3, DirectionalLight, HemisphereLight, Mesh, PerspectiveCamera, Scene, SRGBColorSpace, Vector3, WebGLRenderer } from 'three';
import type { AssetData } from '../avatar/assetData';
import { buildGeometry } from '../avatar/three/geometry';
import { buildMaterial, disposeMaterial } from '../avatar/three/materials';
import type { ImageDecoder } from '../avatar/three/textures';

const SIZE = 160;
let renderer: WebGLRenderer | null = null;
let queue: Promise<unknown> = Promise.resolve();
const made = new Map<string, Promise<string>>();

function thumbnailRenderer(): WebGLRenderer {
  renderer ??= new WebGLRenderer({ canvas: document.createElement('canvas'), alpha: true, antialias: true, preserveDrawingBuffer: true });
  renderer.setSize(SIZE, SIZE, false);
  renderer.outputColorSpace = SRGBColorSpace;
  return renderer;
}

/** A camera that frames the model's bounding box, turned 25° to show its depth. */
function framingCamera(box: Box3): PerspectiveCamera {
  const camera = new PerspectiveCamera(30, 1, 0.01, 100);
  const centre = box.getCenter(new Vector3());
  const radius = box.getSize(new Vector3()).length() / 2;
  const distance = radius / Math.sin((15 * Math.PI) / 180);
  const angle = (25 * Math.PI) / 180;
  camera.position.set(centre.x + Math.sin(angle) * distance, centre.y + radius * 0.3, centre.z + Math.cos(angle) * distance);
  camera.lookAt(centre);
  return camera;
}

async function draw(asset: AssetData, images: ImageDecoder): Promise<string> {
  const scene = new Scene();
  const key = new DirectionalLight('#ffffff', 2);
  key.position.set(1, 2, 3);
  scene.add(new HemisphereLight('#ffffff', '#8a8278', 2.2), key);
  const materials = await Promise.all(asset.primitives.map((primitive) => buildMaterial(primitive.material, images)));
  const meshes = asset.primitives.map((primitive, i) => new Mesh(buildGeometry(primitive, new Uint16Array(Math.max(1, asset.joints.length))), materials[i]!));
  scene.add(...meshes);
  try {
    const view = thumbnailRenderer();
    view.render(scene, framingCamera(new Box3().setFromObject(scene)));
    const blob = await new Promise<Blob | null>((resolve) => view.domElement.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the thumbnail could not be drawn');
    return URL.createObjectURL(blob);
  } finally {
    meshes.forEach((mesh) => mesh.geometry.dispose());
    materials.forEach(disposeMaterial);
  }
}

/** A PNG object URL of the model, drawn once per `key` (the model's URL). */
export function itemThumbnail(key: string, asset: () => Promise<AssetData>, images: ImageDecoder): Promise<string> {
  let picture = made.get(key);
  if (!picture) {
    picture = queue.then(async () => draw(await asset(), images));
    queue = picture.catch(() => {});
    made.set(key, picture);
    picture.catch(() => made.delete(key));
  }
  return picture;
}

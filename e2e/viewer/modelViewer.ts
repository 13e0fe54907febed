/**
 * Test page script: loads GLB or VRM bytes with three.js's GLTFLoader and @pixiv/three-vrm (what a game or
 * VRM app would use), reports what it found and draws the model, so tests can check exported files in a real
 * browser. Bundled by bundleViewer.ts and injected into a blank page.
 */
import { VRMLoaderPlugin, type VRM } from '@pixiv/three-vrm';
import { MeshoptDecoder } from 'meshoptimizer';
import { AmbientLight, Box3, Color, DirectionalLight, PerspectiveCamera, Scene, SkinnedMesh, Vector3, WebGLRenderer, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

export interface ViewedModel {
  meshes: { name: string; morphTargets: string[] }[];
  skinnedMeshes: number;
  vrm: { specVersion: string | undefined; humanBones: string[]; expressions: string[]; metaName: string | undefined } | null;
  /** Height of the model's bounding box (metres). */
  height: number;
}

export interface ViewOptions {
  framing: 'body' | 'face';
  /** Sets one morph target (by name) on every mesh that has it before drawing. */
  morph?: { name: string; weight: number };
}

/** `base64`: the file's bytes (passing a few MB as an array of numbers into the page takes seconds). */
async function viewModel(base64: string, options: ViewOptions): Promise<ViewedModel> {
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  loader.register((parser) => new VRMLoaderPlugin(parser));
  const buffer = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)).buffer;
  const gltf = await loader.parseAsync(buffer, '');
  const vrm = (gltf.userData.vrm as VRM | undefined) ?? null;
  const root: Object3D = vrm ? vrm.scene : gltf.scene;
  const meshes: ViewedModel['meshes'] = [];
  let skinnedMeshes = 0;
  root.traverse((object) => {
    if (!(object instanceof SkinnedMesh)) return;
    skinnedMeshes += 1;
    const names = Object.keys(object.morphTargetDictionary ?? {});
    meshes.push({ name: object.name, morphTargets: names });
    const index = options.morph ? object.morphTargetDictionary?.[options.morph.name] : undefined;
    if (index !== undefined && object.morphTargetInfluences) object.morphTargetInfluences[index] = options.morph!.weight;
  });
  draw(root, options.framing);
  const size = new Box3().setFromObject(root).getSize(new Vector3());
  return {
    meshes,
    skinnedMeshes,
    height: size.y,
    vrm: vrm
      ? {
          specVersion: vrm.meta.metaVersion,
          humanBones: Object.keys(vrm.humanoid.humanBones),
          expressions: vrm.expressionManager?.expressions.map((e) => e.expressionName) ?? [],
          metaName: vrm.meta.metaVersion === '1' ? vrm.meta.name : undefined,
        }
      : null,
  };
}

function draw(root: Object3D, framing: ViewOptions['framing']): void {
  const canvas = document.querySelector('canvas') ?? document.body.appendChild(document.createElement('canvas'));
  const renderer = new WebGLRenderer({ canvas, antialias: true, alpha: false });
  renderer.setSize(480, 640, false);
  const scene = new Scene();
  scene.background = new Color('#d8dde6');
  scene.add(root, new AmbientLight('#ffffff', 1.2));
  const key = new DirectionalLight('#ffffff', 2.2);
  key.position.set(1, 2, 3);
  scene.add(key);
  root.updateMatrixWorld(true);
  const box = new Box3().setFromObject(root);
  const height = box.max.y - box.min.y;
  const camera = new PerspectiveCamera(framing === 'face' ? 12 : 30, 480 / 640, 0.05, 20);
  const targetY = framing === 'face' ? box.max.y - height * 0.07 : box.min.y + height / 2;
  camera.position.set(0, targetY, framing === 'face' ? 1.4 : 4);
  camera.lookAt(0, targetY, 0);
  renderer.render(scene, camera);
}

(window as unknown as { viewModel: typeof viewModel }).viewModel = viewModel;

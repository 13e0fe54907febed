/** A minimal three.js viewer for the example host page: shows one GLB at a time, lit and framed. */
import { AmbientLight, Box3, Color, DirectionalLight, Mesh, PerspectiveCamera, Scene, Vector3, WebGLRenderer, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

export interface Viewer {
  /** Replaces the model on show; resolves with its mesh count once drawn. */
  show(glb: ArrayBuffer): Promise<{ meshes: number }>;
}

function dispose(root: Object3D): void {
  root.traverse((object) => {
    if (!(object instanceof Mesh)) return;
    object.geometry.dispose();
    for (const material of [object.material].flat()) material.dispose();
  });
}

export function createViewer(canvas: HTMLCanvasElement): Viewer {
  const renderer = new WebGLRenderer({ canvas, antialias: true });
  renderer.setPixelRatio(Math.min(devicePixelRatio, 2));
  const scene = new Scene();
  scene.background = new Color('#d8dde6');
  const key = new DirectionalLight('#ffffff', 2.2);
  key.position.set(1, 2, 3);
  scene.add(new AmbientLight('#ffffff', 1.2), key);
  const camera = new PerspectiveCamera(30, 1, 0.05, 20);
  const loader = new GLTFLoader();
  let model: Object3D | null = null;

  return {
    async show(glb) {
      const gltf = await loader.parseAsync(glb, '');
      if (model) {
        scene.remove(model);
        dispose(model);
      }
      model = gltf.scene;
      scene.add(model);
      const box = new Box3().setFromObject(model);
      const centre = box.getCenter(new Vector3());
      const height = box.max.y - box.min.y;
      renderer.setSize(canvas.clientWidth, canvas.clientHeight, false);
      camera.aspect = canvas.clientWidth / canvas.clientHeight;
      camera.position.set(0, centre.y, height * 2.2);
      camera.lookAt(0, centre.y, 0);
      camera.updateProjectionMatrix();
      renderer.render(scene, camera);
      let meshes = 0;
      model.traverse((object) => void (object instanceof Mesh && (meshes += 1)));
      return { meshes };
    },
  };
}

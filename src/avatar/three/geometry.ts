import { Box3, BufferAttribute, BufferGeometry, Matrix4, SkinnedMesh, Sphere, Vector3, type Material, type Mesh, type Skeleton } from 'three';
import type { PrimitiveData } from '../assetData';

/** A skinned BufferGeometry from pack data; skin indices are remapped to the avatar skeleton's joint order. */
export function buildGeometry(primitive: PrimitiveData, jointMap: Uint16Array): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(primitive.positions.slice(), 3));
  if (primitive.normals) geometry.setAttribute('normal', new BufferAttribute(primitive.normals.slice(), 3));
  if (primitive.uvs) geometry.setAttribute('uv', new BufferAttribute(primitive.uvs, 2));
  if (primitive.skinJoints && primitive.skinWeights) {
    geometry.setAttribute('skinIndex', new BufferAttribute(remapJoints(primitive.skinJoints, jointMap), 4));
    geometry.setAttribute('skinWeight', new BufferAttribute(primitive.skinWeights, 4));
  }
  geometry.setIndex(new BufferAttribute(primitive.indices.slice(), 1));
  if (!primitive.normals) geometry.computeVertexNormals();
  geometry.boundingSphere = sphereAroundBox(primitive.positions);
  return geometry;
}

/**
 * The sphere around the positions' bounding box, in one quick pass: three.js only sorts transparent meshes by it,
 * and its exact sphere takes two slow passes (tens of milliseconds for the body on a page that has just loaded).
 */
function sphereAroundBox(positions: Float32Array): Sphere {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    for (let axis = 0; axis < 3; axis += 1) {
      const value = positions[i + axis]!;
      if (value < min[axis]!) min[axis] = value;
      if (value > max[axis]!) max[axis] = value;
    }
  }
  return new Box3(new Vector3().fromArray(min), new Vector3().fromArray(max)).getBoundingSphere(new Sphere());
}

function remapJoints(joints: Uint16Array, jointMap: Uint16Array): Uint16Array {
  const out = new Uint16Array(joints.length);
  for (let i = 0; i < joints.length; i += 1) out[i] = jointMap[joints[i]!]!;
  return out;
}

/** For each joint of an asset, the index of the same-named joint in the avatar skeleton. */
export function jointMapByName(assetJoints: readonly { name: string }[], lookup: (name: string) => number | undefined): Uint16Array {
  return Uint16Array.from(assetJoints, (joint) => {
    const index = lookup(joint.name);
    if (index === undefined) throw new Error(`its skeleton has a joint "${joint.name}" that the avatar does not have`);
    return index;
  });
}

/**
 * Bind matrix for every avatar mesh. Passing it explicitly matters: without one, three.js recomputes the
 * shared skeleton's inverse bind matrices from the bones' current (posed) transforms.
 */
const IDENTITY = Object.freeze(new Matrix4());

/**
 * A mesh of the avatar, bound to its skeleton. Never culled (the avatar is always in view), and its bounding sphere
 * (used only to sort transparent meshes) is the rest pose's: three.js would otherwise skin every vertex on the CPU to
 * compute it, tens of milliseconds for the body.
 */
export function avatarMesh(geometry: BufferGeometry, material: Material, skeleton: Skeleton): SkinnedMesh {
  const mesh = new SkinnedMesh(geometry, material);
  mesh.frustumCulled = false;
  mesh.bind(skeleton, IDENTITY);
  mesh.boundingSphere = geometry.boundingSphere!.clone();
  return mesh;
}


/**
 * Gives a mesh one face-shape morph target (the blink), relative to its current positions, or removes it. Skinned
 * meshes refitted to a new body keep it: the deltas do not depend on the body's shape.
 */
export function setFaceMorph(mesh: Mesh, deltas: Float32Array | null): void {
  const geometry = mesh.geometry;
  if (deltas) {
    geometry.morphAttributes.position = [new BufferAttribute(deltas, 3)];
    geometry.morphTargetsRelative = true;
  } else {
    delete geometry.morphAttributes.position;
  }
  mesh.updateMorphTargets();
}

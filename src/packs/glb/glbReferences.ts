/**
 * The shape of a GLB's JSON that readers assume (lists of objects where glTF has lists) and its references: every
 * index that names another object (a node's mesh, a primitive's accessors, a material's textures...) must name one
 * that exists. A reader given a dangling index throws "Cannot read properties of undefined".
 */
export type Json = Record<string, unknown>;
export type GlbLists = Record<(typeof LISTS)[number], Json[]>;

const LISTS = ['accessors', 'animations', 'buffers', 'bufferViews', 'cameras', 'images', 'materials', 'meshes', 'nodes', 'samplers', 'scenes', 'skins', 'textures'] as const;
const TEXTURE_SLOTS = ['normalTexture', 'occlusionTexture', 'emissiveTexture'];

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const valuesOf = (value: unknown): unknown[] => (isObject(value) ? Object.values(value) : []);

export function primitivesOf(mesh: Json): Json[] {
  return objects(mesh.primitives);
}

/** The top-level lists, or which one is not a list of objects. */
export function glbLists(json: Json): GlbLists | string {
  if (!isObject(json.asset) || json.asset.version !== '2.0') return 'its JSON does not say it is glTF 2.0 ("asset": {"version": "2.0"})';
  const lists = {} as GlbLists;
  for (const name of LISTS) {
    const list = json[name] ?? [];
    if (!Array.isArray(list) || !list.every(isObject)) return `its JSON "${name}" is not a list of objects`;
    lists[name] = list;
  }
  const mesh = lists.meshes.findIndex((m) => !Array.isArray(m.primitives) || !m.primitives.every((p) => isObject(p) && isObject(p.attributes)));
  if (mesh >= 0) return `meshes[${mesh}] does not list primitives with attributes`;
  return shapeProblem(lists) ?? lists;
}

/** Parts readers take for granted: attribute names that are semantics, texture references that are objects, images and textures with data. */
function shapeProblem(lists: GlbLists): string | null {
  const attribute = lists.meshes.flatMap((mesh) => primitivesOf(mesh).flatMap((p) => Object.keys(p.attributes as Json))).find((name) => !SEMANTIC.test(name) || name in Object.prototype);
  if (attribute !== undefined) return `a mesh has an attribute named "${attribute.slice(0, 40)}", which is not a glTF semantic (POSITION, TEXCOORD_0, _CUSTOM...)`;
  const material = lists.materials.findIndex((m) => textureInfos(m).some((info) => info !== undefined && !(isObject(info) && info.index !== undefined)));
  if (material >= 0) return `materials[${material}] names a texture without an index`;
  const texture = lists.textures.findIndex((t) => imageOf(t) === undefined);
  if (texture >= 0) return `textures[${texture}] has no image`;
  const image = lists.images.findIndex((i) => i.bufferView === undefined && i.uri === undefined);
  return image >= 0 ? `images[${image}] has no data` : null;
}

/**
 * Attribute semantics: names like POSITION, TEXCOORD_0 or an application's own _FITREFS. Readers keep attributes by
 * name in plain objects, so a name Object.prototype has ("__proto__", "constructor") breaks them.
 */
const SEMANTIC = /^[A-Za-z_][A-Za-z0-9_]*$/;

function textureInfos(material: Json): unknown[] {
  return [...TEXTURE_SLOTS.map((slot) => material[slot]), ...(isObject(material.pbrMetallicRoughness) ? ['baseColorTexture', 'metallicRoughnessTexture'].map((slot) => (material.pbrMetallicRoughness as Json)[slot]) : [])];
}

/** A texture's image: its own source, or the WebP one of EXT_texture_webp (the extension the app reads). */
function imageOf(texture: Json): unknown {
  const webp = isObject(texture.extensions) && isObject(texture.extensions.EXT_texture_webp) ? texture.extensions.EXT_texture_webp.source : undefined;
  return texture.source ?? webp;
}

/** Where each list refers to another: the indices an object holds, and the list they index. */
const REFERENCES: [keyof GlbLists, (item: Json) => unknown[], keyof GlbLists][] = [
  ['nodes', (node) => [node.mesh], 'meshes'],
  ['nodes', (node) => [node.skin], 'skins'],
  ['nodes', (node) => (Array.isArray(node.children) ? node.children : [node.children]), 'nodes'],
  ['skins', (skin) => (Array.isArray(skin.joints) ? skin.joints : [skin.joints]), 'nodes'],
  ['skins', (skin) => [skin.inverseBindMatrices], 'accessors'],
  ['scenes', (scene) => (Array.isArray(scene.nodes) ? scene.nodes : [scene.nodes]), 'nodes'],
  ['meshes', (mesh) => primitivesOf(mesh).flatMap((p) => [...valuesOf(p.attributes), p.indices]), 'accessors'],
  ['meshes', (mesh) => primitivesOf(mesh).map((p) => p.material), 'materials'],
  ['materials', (material) => textureInfos(material).map((info) => (isObject(info) ? info.index : undefined)), 'textures'],
  ['textures', (texture) => [texture.source, imageOf(texture)], 'images'],
  ['textures', (texture) => [texture.sampler], 'samplers'],
  ['images', (image) => [image.bufferView], 'bufferViews'],
  ['accessors', (accessor) => [accessor.bufferView], 'bufferViews'],
  ['bufferViews', (view) => [view.buffer], 'buffers'],
];

/** The first index that names nothing, in words, or null. */
export function referenceProblem(lists: GlbLists): string | null {
  for (const [from, indicesOf, to] of REFERENCES) {
    for (const [i, item] of lists[from].entries()) {
      const bad = indicesOf(item).find((index) => index !== undefined && !(Number.isInteger(index) && (index as number) >= 0 && (index as number) < lists[to].length));
      const count = lists[to].length;
      if (bad !== undefined) return `${from}[${i}] refers to ${to}[${typeof bad === 'number' ? bad : '?'}], but "${to}" has ${count} ${count === 1 ? 'entry' : 'entries'}`;
    }
  }
  return null;
}

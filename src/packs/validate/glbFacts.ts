/**
 * Reads a GLB the way the app does (glTF-Transform, with the extensions the app supports) and gathers what the
 * rules need. An unreadable file gives a plain reason, never an exception.
 */
import { WebIO, type Document } from '@gltf-transform/core';
import { EXTTextureWebP } from '@gltf-transform/extensions';
import { glbStructureProblem, readerFailure } from '../glb';
import { geometryFacts, type GeometryFacts } from './glbGeometry';
import { skinFacts, type SkinFacts } from './glbSkin';
import { readImageInfo } from './imageSize';
import type { TextureStat } from './types';

export interface GlbFacts extends GeometryFacts {
  meshCount: number;
  materials: number;
  textures: TextureStat[];
  skins: SkinFacts[];
}

export type GlbRead = { ok: true; facts: GlbFacts } | { ok: false; reason: string };

const io = new WebIO().registerExtensions([EXTTextureWebP]);

export async function readGlbFacts(bytes: Uint8Array, file: string): Promise<GlbRead> {
  const problem = glbStructureProblem(bytes);
  if (problem) return { ok: false, reason: problem };
  let document: Document;
  try {
    document = await io.readBinary(bytes);
  } catch (error) {
    return { ok: false, reason: readerFailure(error) };
  }
  try {
    return { ok: true, facts: documentFacts(document, file) };
  } catch (error) {
    // glTF-Transform reads lazily in places: a broken accessor can still throw while we walk the document.
    return { ok: false, reason: readerFailure(error) };
  }
}

function documentFacts(document: Document, file: string): GlbFacts {
  const root = document.getRoot();
  const meshNodes = root.listNodes().filter((node) => node.getMesh());
  const skins = [...new Set(meshNodes.map((node) => node.getSkin()).filter((skin) => skin !== null))];
  return {
    ...geometryFacts(meshNodes),
    meshCount: meshNodes.length,
    materials: root.listMaterials().length,
    textures: root.listTextures().map((texture, i) => {
      const image = texture.getImage() ?? new Uint8Array(0);
      const info = readImageInfo(image);
      const label = texture.getName() || texture.getURI() || `texture ${i}`;
      return { source: `${file} › ${label}`, mimeType: info?.mimeType ?? null, width: info?.width ?? 0, height: info?.height ?? 0, bytes: image.length };
    }),
    skins: skins.map(skinFacts),
  };
}

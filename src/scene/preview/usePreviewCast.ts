import { useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import { Group, type WebGLRenderer } from 'three';
import type { PreviewAvatar } from '../../avatar/three/PreviewAvatar';
import { PREVIEW_BODIES } from '../../core/previewBodies';
import { gridClosed, gridOpened, gridReport } from './gridReport';
import { loadCast, loadItemStats, type CastSource } from './loadCast';

/**
 * Builds the grid's avatars and compiles their shaders (the caller puts them on stage), and frees them when the
 * grid closes. Right after freeing them it reports what the grid's renderer still holds: nothing, unless something
 * leaked.
 */
export function usePreviewCast({ itemRef, packs, bodyPack, cheapMaterials }: CastSource): PreviewAvatar[] | null {
  const [cast, setCast] = useState<PreviewAvatar[] | null>(null);
  const get = useThree((state) => state.get);
  useEffect(() => {
    const { gl, scene, camera, invalidate } = get();
    const group = new Group();
    let built: PreviewAvatar[] = [];
    let cancelled = false;
    gridOpened(itemRef, PREVIEW_BODIES.length);
    loadItemStats(itemRef, packs).then((itemStats) => !cancelled && gridReport.setState({ itemStats }), () => {}); // the cast reports failures
    loadCast({ itemRef, packs, bodyPack, cheapMaterials }, invalidate)
      .then(async (avatars) => {
        if (cancelled) return avatars.forEach((avatar) => avatar.dispose());
        built = avatars;
        avatars.forEach((avatar) => group.add(avatar.object));
        await gl.compileAsync(group, camera, scene);
        if (cancelled) return;
        reportWearing(itemRef, avatars);
        setCast(avatars);
      })
      .catch((error: Error) => !cancelled && gridReport.setState({ status: 'broken', reason: error.message }));
    return () => {
      cancelled = true;
      built.forEach((avatar) => avatar.dispose());
      gridClosed(heldResources(gl));
      setCast(null);
    };
  }, [itemRef, packs, bodyPack, cheapMaterials, get]);
  return cast;
}

/** Ready when every body wears the item; otherwise broken, with the first body's reason. */
function reportWearing(itemRef: string, avatars: readonly PreviewAvatar[]): void {
  const statuses = avatars.map((avatar) => avatar.statusOf(itemRef));
  const bodiesWearing = statuses.filter((status) => status?.state === 'ready').length;
  const broken = statuses.find((status) => status?.state === 'broken');
  const reason = broken?.state === 'broken' ? broken.reason : `only ${bodiesWearing} of ${avatars.length} bodies wear ${itemRef}`;
  gridReport.setState(bodiesWearing === avatars.length ? { status: 'ready', bodiesWearing } : { status: 'broken', bodiesWearing, reason });
}

function heldResources(gl: WebGLRenderer) {
  return { geometries: gl.info.memory.geometries, textures: gl.info.memory.textures, programs: gl.info.programs?.length ?? 0 };
}

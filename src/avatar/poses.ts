/** Named poses of a body pack (body/poses.json): local joint rotations relative to the rest pose. */

/** Local joint rotations by joint name, [x, y, z, w]; joints not named stay at rest. */
export type PoseRotations = Record<string, readonly [number, number, number, number]>;

export interface PoseLibrary {
  [id: string]: { name: { en: string; fr: string }; rotations: PoseRotations };
}

/** Reads poses.json; throws with a plain message when it is not a pose file. */
export function parsePoseFile(bytes: Uint8Array): PoseLibrary {
  const file = JSON.parse(new TextDecoder().decode(bytes)) as { poses?: unknown };
  if (typeof file.poses !== 'object' || file.poses === null) throw new Error('poses.json has no "poses" object');
  return file.poses as PoseLibrary;
}

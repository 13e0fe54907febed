/**
 * The structure of a GLB that glTF readers trust, checked first with plain reasons: the app's reader (readGlb) and
 * the pack validator refuse a broken or hostile file with one of these instead of a JavaScript error, an
 * allocation of gigabytes or minutes of looping.
 */
import { readGlbContainer } from './glbContainer';
import { accessorProblem, attributeCountProblem, bufferProblem, viewProblem } from './glbRanges';
import { glbLists, referenceProblem, type GlbLists, type Json } from './glbReferences';

export { glbJsonTooDeep } from './glbContainer';
export { isObject } from './glbReferences';
export type { GlbLists, Json } from './glbReferences';

/** A GLB whose structure readers can trust: its JSON, the JSON's lists, and its binary chunk. */
export interface CheckedGlb {
  json: Json;
  lists: GlbLists;
  bin: Uint8Array;
}

/** The GLB's parts once its container and JSON structure are checked, or what is wrong with them, in words. */
export function checkGlb(bytes: Uint8Array): CheckedGlb | string {
  const container = readGlbContainer(bytes);
  if (!container.ok) return container.reason;
  const json = container.json as Json;
  const lists = glbLists(json);
  if (typeof lists === 'string') return lists;
  const problem = referenceProblem(lists) ?? bufferProblem(lists, container.bin.length) ?? viewProblem(lists) ?? accessorProblem(lists) ?? attributeCountProblem(lists);
  return problem ?? { json, lists, bin: container.bin };
}

/** What is wrong with the GLB's container or JSON structure, in words, or null when readers can trust it. */
export function glbStructureProblem(bytes: Uint8Array): string | null {
  const checked = checkGlb(bytes);
  return typeof checked === 'string' ? checked : null;
}

/**
 * Why a glTF reader failed, in words: its own errors say what is missing ("Missing required extension"), but a
 * TypeError or RangeError from deep inside it ("Cannot read properties of undefined") only says it tripped.
 */
export function readerFailure(error: unknown): string {
  const internal = error instanceof TypeError || error instanceof RangeError || !(error instanceof Error) || !error.message;
  return internal ? 'its content does not follow glTF 2.0 (the Khronos glTF Validator says where)' : error.message;
}

/** Options of validatePack, and the resolved context every rule reads. */
import type { GlbCheck } from './glbCheck';
import type { GltfValidator } from './khronos';
import type { ReferenceSkeleton, SlotBudget } from './types';

export interface ValidateOptions {
  /** Skeleton wearables bind to (see referenceSkeletonFromPack). Default: the pack's own body, if it has one. */
  skeleton?: ReferenceSkeleton | null;
  /** The Khronos glTF Validator (see loadKhronosValidator); without it those checks are skipped with an info. */
  gltfValidator?: GltfValidator | null;
  /** Budgets by slot, merged over DEFAULT_BUDGETS (`default` covers the other slots). */
  budgets?: Record<string, SlotBudget>;
  /** Largest texture side before it is an error (default MAX_TEXTURE_SIZE). */
  maxTextureSize?: number;
  /** How far (metres) a joint's bind position may be from the core rest pose (default 0.01). */
  bindPoseTolerance?: number;
  /** Slots the app knows besides those the pack declares (default DEFAULT_SLOTS). */
  knownSlots?: readonly string[];
}

export interface ValidateContext {
  files: ReadonlyMap<string, Uint8Array>;
  skeleton: ReferenceSkeleton | null;
  validator: GltfValidator | null;
  budgets: Record<string, SlotBudget>;
  maxTextureSize: number;
  bindPoseTolerance: number;
  /** Each GLB is read and validated once, however many assets use it. */
  glbs: Map<string, Promise<GlbCheck>>;
}

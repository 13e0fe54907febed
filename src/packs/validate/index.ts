/** Pack validation: the public API the app, the CLI and tests use. */
export { validatePack } from './validatePack';
export { validatePackZip, type ZipValidation } from './validatePackZip';
export { usablePack } from './usablePack';
export type { ValidateOptions } from './context';
export { reportToText } from './reportText';
export { draftPackForGlb, type DraftPack } from './draftPack';
export { DEFAULT_DRAFT_SLOT } from './guessSlot';
export { referenceSkeletonFromGlb, referenceSkeletonFromPack, type ReadPackFile } from './referenceSkeleton';
export { loadKhronosValidator, type GltfValidator } from './khronos';
export { FINDINGS, type Finding, type FindingCode, type FindingCounts, type Severity } from './findings';
export { DEFAULT_BUDGETS, DEFAULT_SLOTS, MAX_TEXTURE_SIZE } from './slots';
export type { AssetKind, AssetReport, PackReport, ReferenceSkeleton, SlotBudget, TextureStat, Vec3 } from './types';
export { readPackZip, DEFAULT_PACK_LIMITS, type PackFiles, type PackLimits } from '../zip/readPackZip';

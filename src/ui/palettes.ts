/** Curated colours offered beside each free colour picker (sRGB hex), named for screen readers and tooltips. */
export interface Swatch {
  /** Key of the name in the editor's strings (swatch.<name>). */
  name: string;
  hex: string;
}

const SKIN: Swatch[] = [
  { name: 'porcelain', hex: '#f3d9c9' },
  { name: 'fair', hex: '#e8c0a4' },
  { name: 'light', hex: '#d9a88a' },
  { name: 'medium', hex: '#c08a68' },
  { name: 'tan', hex: '#a06d4c' },
  { name: 'brown', hex: '#7d4f35' },
  { name: 'deep', hex: '#5a3624' },
  { name: 'ebony', hex: '#3d2418' },
];

const HAIR: Swatch[] = [
  { name: 'black', hex: '#15100c' },
  { name: 'darkBrown', hex: '#2b1d14' },
  { name: 'brown', hex: '#4a2c1a' },
  { name: 'auburn', hex: '#6e2a16' },
  { name: 'copper', hex: '#a4512a' },
  { name: 'goldenBlonde', hex: '#c9a36b' },
  { name: 'lightBlonde', hex: '#e0c48f' },
  { name: 'grey', hex: '#8c8c8c' },
  { name: 'white', hex: '#e6e6e6' },
  { name: 'blue', hex: '#2f4fa8' },
  { name: 'pink', hex: '#d46a9a' },
];

export const PALETTES: Record<string, Swatch[]> = { skin: SKIN, hair: HAIR, eyebrows: HAIR, beard: HAIR };

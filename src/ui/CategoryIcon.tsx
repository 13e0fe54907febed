/** Line drawings (24 px grid) for the editor's categories; a pack's own slot gets the tag. */
const ICON_PATHS: Record<string, string> = {
  presets: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6 M16 5.5a3 3 0 0 1 0 5.5 M18 14c2 .8 3 3 3 6',
  body: 'M12 2.5a2 2 0 1 0 0 4 2 2 0 0 0 0-4z M12 8v6 M7 10h10 M12 14l-3 7 M12 14l3 7',
  face: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M9 10h.01 M15 10h.01 M8.5 14.5c1.8 2 5.2 2 7 0',
  skin: 'M12 3c3.5 4.5 6 7.8 6 11a6 6 0 0 1-12 0c0-3.2 2.5-6.5 6-11z',
  hair: 'M7 20c-2-4-2-9 1-12 2.5-2.5 6.5-2.5 9 0 3 3 3 8 1 12 M10 20c-1-3-1-7 2-9 3 2 3 6 2 9',
  beard: 'M5 8c0 7 3 12 7 12s7-5 7-12 M9 15h6',
  eyes: 'M2 12s3.5-6 10-6 10 6 10 6-3.5 6-10 6S2 12 2 12z M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  brows: 'M4 9c2-2 5-2 7-1 M13 8c2-1 5-1 7 1 M5 14h5 M14 14h5',
  underwear: 'M4 7h16v3c-3 0-5 3-6 7h-4c-1-4-3-7-6-7z',
  outfit: 'M9 3h6l-1 4 4 14H6l4-14z',
  top: 'M8 4L3 7l2 4 3-1v10h8V10l3 1 2-4-5-3c-1 1.5-2.5 2-4 2s-3-.5-4-2z',
  bottom: 'M7 3h10l1 18h-4l-2-11-2 11H6z',
  footwear: 'M3 8v9h18v-1.5c0-1.4-1-2.5-2.5-2.8L12 11 9 8z M3 17v2h18v-2',
  headwear: 'M5 16c0-5 3-9 7-9s7 4 7 9 M2 16h20v2H2z',
  glasses: 'M6.5 11a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7z M17.5 11a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7z M10 14c1.3-1 2.7-1 4 0 M3 14L2 9 M21 14l1-5',
  accessory: 'M12 3l2.5 5.5 5.5 1-4 4 1 6-5-3-5 3 1-6-4-4 5.5-1z',
  pose: 'M14 2.5a2 2 0 1 0 0 4 2 2 0 0 0 0-4z M13 8l-3 5 4 2-1 6 M10 13l-4 1 M13 8l4 3 3-1',
  export: 'M12 3v12 M7 10l5 5 5-5 M4 17v3h16v-3',
  packs: 'M3 7l9-4 9 4-9 4-9-4z M3 7v10l9 4 9-4V7 M12 11v10',
};
const PACK_SLOT_PATH = 'M3 12V3h9l9 9-9 9z M7.5 7.5h.01';

interface CategoryIconProps {
  /** The category's id. */
  id: string;
}

/** The icon beside a category's label; decorative, as the label names the category. */
export function CategoryIcon({ id }: CategoryIconProps) {
  return (
    <svg className="tab-icon" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[id] ?? PACK_SLOT_PATH} />
    </svg>
  );
}

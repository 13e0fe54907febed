/**
 * The editor's categories (one tab each): fixed ones for presets, body, face, pose and export, and one per group
 * of pack slots, so a pack that declares a new slot gets its own tab without code changes.
 */
import type { LocalizedText, Slot } from '../packs/schema';
import type { CameraView } from '../state';
import type { TextKey } from './i18n';

export interface Category {
  id: string;
  /** A string of the editor's, or a pack's own name for its slot. */
  label: { key: TextKey } | { text: LocalizedText };
  kind: 'presets' | 'body' | 'face' | 'slots' | 'pose' | 'export' | 'packs';
  /** Slots whose items this category shows (kind "slots"). */
  slots: string[];
  /** Colour keys it offers (a slot's free colour). */
  colours: string[];
  /** Where the camera goes when the category opens (null: it stays). */
  camera: CameraView | null;
}

/** Slots shown together under one of our labels, with the free colours that go with them. */
const SLOT_GROUPS: { id: string; key: TextKey; slots: string[]; colours: string[] }[] = [
  { id: 'skin', key: 'category.skin', slots: ['skin'], colours: ['skin'] },
  { id: 'hair', key: 'category.hair', slots: ['hair'], colours: ['hair'] },
  { id: 'beard', key: 'category.beard', slots: ['beard'], colours: ['beard'] },
  { id: 'eyes', key: 'category.eyes', slots: ['eyes'], colours: [] },
  { id: 'brows', key: 'category.brows', slots: ['eyebrows', 'eyelashes'], colours: ['eyebrows'] },
  { id: 'underwear', key: 'category.underwear', slots: ['underwear', 'underwearTop', 'underwearBottom'], colours: [] },
];
/** Slots worn on the head: their categories show the face. */
const HEAD_SLOTS = new Set(['hair', 'beard', 'eyes', 'eyebrows', 'eyelashes', 'headwear', 'glasses', 'earrings', 'faceMask']);
const cameraFor = (slots: readonly string[]): CameraView => (slots.some((slot) => HEAD_SLOTS.has(slot)) ? 'face' : 'body');
/** Slots worn with the body but not chosen by users. */
const HIDDEN_SLOTS = new Set(['teeth', 'tongue']);

const fixed = (id: Category['kind'], key: TextKey, camera: CameraView | null): Category => ({ id, label: { key }, kind: id, slots: [], colours: [], camera });

export function editorCategories(slots: readonly Slot[]): Category[] {
  const present = new Set(slots.map((slot) => slot.id));
  const grouped = new Set(SLOT_GROUPS.flatMap((group) => group.slots));
  const slotCategories: Category[] = [];
  const seen = new Set<string>();
  for (const slot of slots) {
    if (HIDDEN_SLOTS.has(slot.id) || seen.has(slot.id)) continue;
    const group = grouped.has(slot.id) ? SLOT_GROUPS.find((g) => g.slots.includes(slot.id))! : null;
    if (group) {
      const members = group.slots.filter((id) => present.has(id));
      members.forEach((id) => seen.add(id));
      slotCategories.push({ id: group.id, label: { key: group.key }, kind: 'slots', slots: members, colours: group.colours, camera: group.id === 'skin' ? null : cameraFor(members) });
    } else {
      seen.add(slot.id);
      slotCategories.push({ id: slot.id, label: { text: slot.name }, kind: 'slots', slots: [slot.id], colours: [], camera: cameraFor([slot.id]) });
    }
  }
  return [
    fixed('presets', 'category.presets', 'body'),
    fixed('body', 'category.body', 'body'),
    fixed('face', 'category.face', 'face'),
    ...slotCategories,
    fixed('pose', 'category.pose', 'body'),
    fixed('export', 'category.export', null),
    fixed('packs', 'category.packs', null),
  ];
}

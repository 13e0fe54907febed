/**
 * "Surprise me": a plausible random avatar, not chaos. It starts from one of the pack's presets (a coherent body,
 * skin and outfit), varies the body a little, and draws hair, brows, outfit, shoes, eye colour and a natural hair
 * colour among items that suit the body (items tagged for the other gender are left out). Slot rules hold: the
 * outfit replaces top and bottom.
 */
import type { AvatarDocument } from '../core/avatarDocument';
import { clampToControl, type BodyControl } from '../core/bodyControls';
import type { Asset, PackManifest } from './schema';
import { presetDocument } from './presets';

export type Random = () => number;

/** Natural hair colours, black to grey (sRGB). Brows take the same colour, a little darker. */
const HAIR_COLOURS = ['#15100c', '#2b1d14', '#4a2c1a', '#6b4a2f', '#8a5a35', '#b07a45', '#c9a36b', '#e0c48f', '#8c8c8c', '#d6d6d6'];
/** How far the body controls may move from the preset's values, as a share of each control's range. */
const BODY_VARIATION = 0.15;
const VARIED_CONTROLS = ['age', 'muscle', 'weight', 'height', 'proportions'];

/** `controls`: the body's controls with their ranges (none yet: the preset's body is kept as it is). */
export function randomAvatar(pack: PackManifest, random: Random, controls: readonly BodyControl[], pose = 'relaxed'): AvatarDocument {
  if (pack.presets.length === 0) throw new Error(`the pack "${pack.id}" has no presets to start from`);
  const preset = pick(pack.presets, random);
  const document = presetDocument(pack, preset, pose);
  const feminine = (preset.body.gender ?? 0.5) < 0.5;
  const suits = (asset: Asset) => !asset.tags.includes(feminine ? 'male' : 'female');
  const choose = (slot: string) => {
    const choices = pack.assets.filter((asset) => asset.slot === slot && suits(asset));
    if (choices.length > 0) document.items[slot] = `${pack.id}/${pick(choices, random).id}`;
  };
  for (const control of controls.filter((c) => VARIED_CONTROLS.includes(c.id))) {
    const base = document.body[control.id] ?? control.default;
    const step = (random() * 2 - 1) * BODY_VARIATION * (control.max - control.min);
    document.body[control.id] = round(clampToControl(control, base + step));
  }
  for (const slot of ['hair', 'eyebrows', 'outfit', 'footwear']) choose(slot);
  delete document.items.top;
  delete document.items.bottom;
  const eyes = pack.assets.find((asset) => `${pack.id}/${asset.id}` === document.items.eyes);
  if (eyes && eyes.variants.length > 0) document.variants.eyes = pick(eyes.variants, random).id;
  const hair = pick(HAIR_COLOURS, random);
  document.colours = { ...document.colours, hair, eyebrows: hair };
  return document;
}

function pick<T>(list: readonly T[], random: Random): T {
  return list[Math.min(list.length - 1, Math.floor(random() * list.length))]!;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

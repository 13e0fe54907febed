/** A long, reproducible editing session: what a person does over hours, as QA API calls. */
import { readFileSync } from 'node:fs';
import { packChoices, seededRandom } from '../../scripts/bench/leaks';

export type SessionEdit =
  | { kind: 'wear'; slot: string; ref: string | null }
  | { kind: 'body'; control: string; value: number }
  | { kind: 'colour'; key: string; hex: string }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'export'; format: 'glb' | 'vrm' };

export interface SessionChoices {
  /** `pack/item` refs per slot; a slot may also be emptied. */
  items: Record<string, string[]>;
  /** Body and face controls with their ranges. */
  controls: { id: string; min: number; max: number }[];
  colourKeys: string[];
}

const CORE_SLOTS = ['hair', 'eyebrows', 'outfit', 'top', 'bottom', 'footwear', 'headwear', 'glasses'];
const ACCESSORY_SLOTS = ['glasses', 'headwear', 'earrings', 'neckwear', 'wrist', 'back', 'faceMask'];

/** The choices of the built core and accessory packs (read from dist/, as the app serves them). */
export function builtChoices(dist = 'dist'): SessionChoices {
  const core = packChoices(`${dist}/packs/core/pack.json`, CORE_SLOTS);
  const accessories = packChoices(`${dist}/packs/accessories/pack.json`, ACCESSORY_SLOTS);
  const items: Record<string, string[]> = { ...core };
  for (const [slot, refs] of Object.entries(accessories)) items[slot] = [...(items[slot] ?? []), ...refs];
  const shape = JSON.parse(readFileSync(`${dist}/packs/core/body/shape.json`, 'utf8')) as { controls: { id: string; part: string; min: number; max: number }[] };
  const controls = shape.controls.filter((control) => control.part !== 'ancestry').map(({ id, min, max }) => ({ id, min, max }));
  return { items, controls, colourKeys: ['skin', 'hair', 'eyebrows', 'beard'] };
}

/** `count` edits: mostly wearing, sliders and colours, with undo and redo between them and an export every 100th. */
export function sessionEdits(choices: SessionChoices, count: number, seed = 20261130): SessionEdit[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const slots = Object.keys(choices.items);
  const edits: SessionEdit[] = [];
  for (let index = 1; index <= count; index += 1) {
    const roll = random();
    if (index % 100 === 0) edits.push({ kind: 'export', format: index % 200 === 0 ? 'vrm' : 'glb' });
    else if (roll < 0.3) {
      const slot = pick(slots);
      edits.push({ kind: 'wear', slot, ref: random() < 0.15 ? null : pick(choices.items[slot]!) });
    } else if (roll < 0.62) {
      const control = pick(choices.controls);
      edits.push({ kind: 'body', control: control.id, value: control.min + random() * (control.max - control.min) });
    } else if (roll < 0.8) {
      const hex = `#${Math.floor(random() * 0x1000000).toString(16).padStart(6, '0')}`;
      edits.push({ kind: 'colour', key: pick(choices.colourKeys), hex });
    } else edits.push({ kind: random() < 0.6 ? 'undo' : 'redo' });
  }
  return edits;
}

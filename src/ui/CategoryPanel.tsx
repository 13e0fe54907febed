import { lazy, Suspense } from 'react';
import type { Slot } from '../packs/schema';
import { readyPacks, useAvatarStore } from '../state';
import type { Category } from './categories';
import { panelId, tabId } from './CategoryTabs';
import { ColourField } from './ColourField';
import { ControlGroups } from './ControlGroups';
import type { EditorActions } from './EditorPanel';
import { useT, type TextKey } from './i18n';
import { PoseSelect } from './PoseSelect';
import { PresetPicker } from './PresetPicker';
import { SlotItems, type ItemActions } from './SlotItems';

/** Designers' tools load when their category first opens: most people never do. */
const PacksPanel = lazy(() => import('./PacksPanel').then((module) => ({ default: module.PacksPanel })));
/** So does "Save & share": the first frame does not wait for its code. */
const SaveAndShare = lazy(() => import('./SaveAndShare').then((module) => ({ default: module.SaveAndShare })));

/** Shown until the avatar has a colour of its own for the key. */
const COLOUR_FALLBACKS: Record<string, string> = { skin: '#e0b8a0', hair: '#4a2c1a', eyebrows: '#3a2418', beard: '#3a2418' };

function useSlots(ids: readonly string[]): Slot[] {
  const packs = readyPacks(useAvatarStore((s) => s.packs));
  const slots = [...packs.values()].flatMap((pack) => pack.manifest.slots);
  return ids.flatMap((id) => slots.find((slot) => slot.id === id) ?? []);
}

function SlotCategory({ category, actions }: { category: Category; actions: ItemActions }) {
  const t = useT();
  const slots = useSlots(category.slots);
  return (
    <>
      {category.colours.map((key) => (
        <ColourField key={key} colourKey={key} label={t(`colours.${key}` as TextKey)} fallback={COLOUR_FALLBACKS[key] ?? '#808080'} />
      ))}
      {slots.map((slot) => (
        <SlotItems key={slot.id} slot={slot} titled={slots.length > 1} actions={actions} />
      ))}
    </>
  );
}

/** What one category tab shows. */
export function CategoryPanel({ category, actions }: { category: Category; actions: EditorActions }) {
  const content = (() => {
    switch (category.kind) {
      case 'presets':
        return <PresetPicker />;
      case 'body':
        return <ControlGroups groups={['macro', 'body']} />;
      case 'face':
        return <ControlGroups groups={['face']} />;
      case 'slots':
        return <SlotCategory category={category} actions={actions} />;
      case 'pose':
        return <PoseSelect />;
      case 'packs':
        return (
          <Suspense fallback={null}>
            <PacksPanel actions={actions} />
          </Suspense>
        );
      case 'export':
        return (
          <Suspense fallback={null}>
            <SaveAndShare actions={actions} />
          </Suspense>
        );
    }
  })();
  return (
    <div className="category-panel" role="tabpanel" id={panelId(category.id)} aria-labelledby={tabId(category.id)} tabIndex={0}>
      {content}
    </div>
  );
}

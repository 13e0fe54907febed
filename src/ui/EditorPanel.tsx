import { useState } from 'react';
import { readyPacks, useAvatarStore } from '../state';
import { CameraViewSwitch } from './CameraViewSwitch';
import { editorCategories } from './categories';
import { CategoryPanel } from './CategoryPanel';
import { CategoryTabs } from './CategoryTabs';
import { DoneButton } from './DoneButton';
import type { PrivacyActions } from './DeleteDataSection';
import type { SaveExport } from './ExportSection';
import { HistoryButtons } from './HistoryButtons';
import { useT } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { NoticeBanner, type NoticeActions } from './NoticeBanner';
import type { ShareActions } from './ShareSection';
import type { PackActions } from './PacksPanel';
import type { ItemActions } from './SlotItems';

/** What the panel's buttons do beyond editing the avatar (the app provides them). */
export interface EditorActions extends ShareActions, NoticeActions, PackActions, ItemActions, PrivacyActions {
  saveExport: SaveExport;
  /** The embedded editor's "Done": hands the avatar to the host page. */
  finishEmbedded: () => Promise<void>;
}

/** The side panel (a bottom sheet on phones): history, camera, then the editor's categories as tabs. */
export function EditorPanel({ actions }: { actions: EditorActions }) {
  const t = useT();
  const packs = readyPacks(useAvatarStore((s) => s.packs));
  const all = editorCategories([...packs.values()].flatMap((pack) => pack.manifest.slots));
  // A host page may show only some categories (docs/embed.md, v1.ui.configure).
  const shownIds = useAvatarStore((s) => s.embedUi?.categories);
  const shown = all.filter((c) => shownIds?.includes(c.id) ?? true);
  const categories = shown.length > 0 ? shown : all;
  const [selected, setSelected] = useState('presets');
  const setCameraView = useAvatarStore((s) => s.setCameraView);
  const open = (id: string) => {
    setSelected(id);
    const camera = categories.find((c) => c.id === id)?.camera;
    if (camera) setCameraView(camera);
  };
  const category = categories.find((c) => c.id === selected) ?? categories[0]!;
  return (
    <aside className="panel" aria-label={t('app.editor')} data-testid="editor.panel">
      <header className="panel__header">
        <h1 className="panel__title">{t('app.title')}</h1>
        <LanguageSwitch />
        <HistoryButtons />
        <DoneButton onDone={actions.finishEmbedded} />
      </header>
      <NoticeBanner actions={actions} />
      <CameraViewSwitch />
      <CategoryTabs categories={categories} selected={category.id} onSelect={open} />
      <CategoryPanel category={category} actions={actions} />
    </aside>
  );
}

import type { ReactNode } from 'react';
import { BodyControls } from './BodyControls';
import { CameraViewSwitch } from './CameraViewSwitch';
import { ExportSection, type SaveExport } from './ExportSection';
import { ColourControls } from './ColourControls';
import { CreditsSection } from './CreditsSection';
import { HistoryButtons } from './HistoryButtons';
import { useT } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { NoticeBanner, type NoticeActions } from './NoticeBanner';
import { ShareSection, type ShareActions } from './ShareSection';
import { PoseSelect } from './PoseSelect';
import { PresetPicker } from './PresetPicker';
import { Wardrobe } from './Wardrobe';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="panel__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** What the panel's buttons do beyond editing the avatar (the app provides them). */
export interface EditorActions extends ShareActions, NoticeActions {
  saveExport: SaveExport;
}

/** The side panel (a bottom sheet on phones) that holds the editor. */
export function EditorPanel({ actions }: { actions: EditorActions }) {
  const t = useT();
  return (
    <aside className="panel" aria-label={t('app.editor')} data-testid="editor.panel">
      <header className="panel__header">
        <h1 className="panel__title">{t('app.title')}</h1>
        <LanguageSwitch />
        <HistoryButtons />
      </header>
      <NoticeBanner actions={actions} />
      <Section id="view" title={t('section.view')}>
        <CameraViewSwitch />
        <PoseSelect />
      </Section>
      <Section id="presets" title={t('section.presets')}>
        <PresetPicker />
      </Section>
      <Section id="wardrobe" title={t('section.wardrobe')}>
        <Wardrobe />
      </Section>
      <Section id="colours" title={t('section.colours')}>
        <ColourControls />
      </Section>
      <Section id="body" title={t('section.body')}>
        <BodyControls />
      </Section>
      <Section id="export" title={t('section.export')}>
        <ExportSection save={actions.saveExport} />
        <ShareSection copyShareLink={actions.copyShareLink} importManifestFile={actions.importManifestFile} />
      </Section>
      <CreditsSection />
    </aside>
  );
}

import type { ReactNode } from 'react';
import { BodyControls } from './BodyControls';
import { CameraViewSwitch } from './CameraViewSwitch';
import { ExportSection, type SaveExport } from './ExportSection';
import { ColourControls } from './ColourControls';
import { HistoryButtons } from './HistoryButtons';
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

/** The side panel (a bottom sheet on phones) that holds the editor. */
export function EditorPanel({ saveExport }: { saveExport: SaveExport }) {
  return (
    <aside className="panel" aria-label="Editor" data-testid="editor.panel">
      <header className="panel__header">
        <h1 className="panel__title">Avatar Atelier</h1>
        <HistoryButtons />
      </header>
      <Section id="view" title="View">
        <CameraViewSwitch />
        <PoseSelect />
      </Section>
      <Section id="presets" title="Presets">
        <PresetPicker />
      </Section>
      <Section id="wardrobe" title="Wardrobe">
        <Wardrobe />
      </Section>
      <Section id="colours" title="Colours">
        <ColourControls />
      </Section>
      <Section id="body" title="Body">
        <BodyControls />
      </Section>
      <Section id="export" title="Export">
        <ExportSection save={saveExport} />
      </Section>
    </aside>
  );
}

import { useState, type FormEvent } from 'react';
import { useAvatarStore } from '../state';
import { useT } from './i18n';
import { DraftSlotField } from './DraftSlotField';
import { PackReportView } from './PackReportView';

/** What the designer panel's buttons do (the app provides them). */
export interface PackActions {
  openPackFiles: (files: File[]) => Promise<void>;
  openPackUrl: (url: string) => Promise<void>;
  removePack: (id: string) => Promise<void>;
  /** Opens the pack again from its files or URL, to see the designer's changes. */
  reloadPack: (id: string) => Promise<void>;
  /** Puts a lone GLB's drafted item in another slot. */
  chooseDraftSlot: (id: string, slot: string) => Promise<void>;
  downloadPackReport: (id: string) => void;
}

/** For designers: open a pack (zip, folder, GLB or URL), read its validation report, remove it. */
export function PacksPanel({ actions }: { actions: PackActions }) {
  const t = useT();
  const packs = useAvatarStore((s) => s.designerPacks);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (work: Promise<void>) => {
    setBusy(true);
    await work.finally(() => setBusy(false));
  };
  const openFiles = (list: FileList | null) => list && list.length > 0 && void run(actions.openPackFiles([...list]));
  const openUrl = (event: FormEvent) => {
    event.preventDefault();
    if (url.trim()) void run(actions.openPackUrl(url.trim()));
  };
  return (
    <div className="packs" aria-busy={busy}>
      <p className="panel__note">{t('packs.intro')}</p>
      <div className="packs__open">
        <label className="file-button">
          {t('packs.openFile')}
          <input type="file" accept=".zip,.glb" data-testid="packs.file" onChange={(event) => openFiles(event.target.files)} />
        </label>
        <label className="file-button">
          {t('packs.openFolder')}
          <input type="file" data-testid="packs.folder" {...{ webkitdirectory: '' }} onChange={(event) => openFiles(event.target.files)} />
        </label>
      </div>
      <form className="packs__url" onSubmit={openUrl}>
        <label>
          {t('packs.url')}
          <input type="url" value={url} onChange={(event) => setUrl(event.target.value)} data-testid="packs.url" />
        </label>
        <button type="submit">{t('packs.load')}</button>
      </form>
      {Object.entries(packs).map(([id, pack]) => (
        <section key={id} className="designer-pack" aria-label={pack.report.pack.name ?? id}>
          <header className="designer-pack__header">
            <h3>{pack.report.pack.name ?? id}</h3>
            <span className="panel__note">{pack.source}</span>
          </header>
          {pack.draft ? <DraftSlotField id={id} pack={{ ...pack, draft: pack.draft }} onChoose={(slot) => void run(actions.chooseDraftSlot(id, slot))} /> : null}
          <PackReportView id={id} pack={pack} />
          <div className="toolbar">
            <button type="button" onClick={() => void run(actions.reloadPack(id))}>{t('packs.reload')}</button>
            <button type="button" onClick={() => actions.downloadPackReport(id)}>{t('packs.downloadReport')}</button>
            <button type="button" onClick={() => void actions.removePack(id)}>{t('packs.remove')}</button>
          </div>
        </section>
      ))}
    </div>
  );
}

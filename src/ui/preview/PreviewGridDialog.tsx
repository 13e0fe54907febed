import './previewGrid.css';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { Inspection, ItemStats } from '../../core/itemInspection';
import { resolveItem } from '../../packs/itemRef';
import { readyPacks, useAvatarStore } from '../../state';
import { useLocalized, useT } from '../i18n';
import { BodyLabels } from './BodyLabels';
import { InspectionToggles } from './InspectionToggles';
import { ItemStatsPanel } from './ItemStatsPanel';

/** What the grid reports about itself (the scene's report, as far as the dialog shows it). */
export interface PreviewGridView {
  status: 'closed' | 'loading' | 'ready' | 'shown' | 'broken';
  /** Why the item cannot be shown (status broken). */
  reason: string | null;
  bodies: number;
  bodiesWearing: number;
  itemStats: ItemStats | null;
  layout: { columns: number; rows: number };
  frame: { drawCalls: number; triangles: number; lines: number };
}

interface PreviewGridDialogProps {
  /** The previewed item, `pack/asset`. */
  itemRef: string;
  /** How the grid is doing, and what it counted. */
  view: PreviewGridView;
  /** The helpers shown. */
  inspection: Inspection;
  /** Asks for other helpers (a change of the helpers shown when it runs). */
  onInspect: (change: (current: Inspection) => Inspection) => void;
  /** Closes the grid (Escape or the Close button). */
  onClose: () => void;
  /** The grid's canvas. */
  children: ReactNode;
}

/** The preview grid as a full-window modal dialog: title, inspection switches, the canvas with its labels, statistics. */
export function PreviewGridDialog({ itemRef, view, inspection, onInspect, onClose, children }: PreviewGridDialogProps) {
  const t = useT();
  const local = useLocalized();
  const resolved = resolveItem(itemRef, readyPacks(useAvatarStore((s) => s.packs)));
  const name = typeof resolved === 'string' ? itemRef : local(resolved.asset.name);
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  useModal(dialog, closeButton);
  return (
    // Escape: a cancel event, or a close event where the browser skips cancel (no user gesture since opening).
    <dialog
      ref={dialog}
      className="preview-grid"
      aria-labelledby="preview-grid-title"
      data-testid="previewGrid.dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={onClose}
    >
      <header className="preview-grid__header">
        <h2 id="preview-grid-title">{t('previewGrid.title', { item: name })}</h2>
        <InspectionToggles value={inspection} onChange={onInspect} />
        <button ref={closeButton} type="button" className="preview-grid__close" data-testid="previewGrid.close" onClick={onClose}>
          {t('previewGrid.close')}
        </button>
      </header>
      <div className="preview-grid__main">
        <div className="preview-grid__stage">
          {children}
          <BodyLabels layout={view.layout} />
          {view.status === 'loading' ? <p className="preview-grid__message" role="status">{t('previewGrid.loading')}</p> : null}
          {view.status === 'broken' ? <p className="preview-grid__message preview-grid__message--broken" role="alert">{t('previewGrid.broken', { reason: view.reason ?? '' })}</p> : null}
        </div>
        <ItemStatsPanel stats={view.itemStats} frame={view.frame} wearing={{ count: view.bodiesWearing, total: view.bodies }} />
      </div>
    </dialog>
  );
}

/** Opens the dialog as modal (the page behind is inert), moves the focus in, and gives it back on close. */
function useModal(dialog: RefObject<HTMLDialogElement | null>, firstFocus: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.current?.open) dialog.current?.showModal();
    firstFocus.current?.focus();
    return () => opener?.focus();
  }, [dialog, firstFocus]);
}

import { useState } from 'react';
import { useAvatarStore } from '../state';
import { useT } from './i18n';

interface DoneButtonProps {
  /** Hands the avatar to the page that embeds the editor; rejects with a reason when it cannot. */
  onDone: () => Promise<void>;
}

/** "Done" for a host page (shown only when the editor is embedded with `?frameApi`), labelled as the host asked. */
export function DoneButton({ onDone }: DoneButtonProps) {
  const embedUi = useAvatarStore((s) => s.embedUi);
  const setNotice = useAvatarStore((s) => s.setNotice);
  const [busy, setBusy] = useState(false);
  const t = useT();
  if (!embedUi) return null;
  const finish = async () => {
    setBusy(true);
    try {
      await onDone();
    } catch (error) {
      setNotice({ tone: 'error', text: 'embed.failed', values: { reason: (error as Error).message } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="done-button" data-testid="embed.done" disabled={busy} aria-busy={busy} onClick={() => void finish()}>
      {busy ? t('embed.sending') : (embedUi.doneLabel ?? t('embed.done'))}
    </button>
  );
}

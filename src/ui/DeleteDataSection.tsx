import { useState } from 'react';
import { useT } from './i18n';
import { StoredDataList, type StoredData } from './StoredDataList';

export interface PrivacyActions {
  /** What this browser keeps for the creator. */
  storedData: () => Promise<StoredData>;
  /** Deletes all of it and reloads into a fresh editor; rejects with a reason when the browser refuses. */
  deleteAllData: () => Promise<void>;
}

type Step = { step: 'closed' } | { step: 'confirm'; stored: StoredData } | { step: 'deleting' } | { step: 'failed'; reason: string };

/** "Delete all my data": names what this browser keeps, and deletes it after a confirmation. */
export function DeleteDataSection({ storedData, deleteAllData }: PrivacyActions) {
  const t = useT();
  const [state, setState] = useState<Step>({ step: 'closed' });
  const fail = (error: unknown) => setState({ step: 'failed', reason: (error as Error).message });
  const ask = () => storedData().then((stored) => setState({ step: 'confirm', stored }), fail);
  const remove = () => {
    setState({ step: 'deleting' });
    deleteAllData().catch(fail);
  };
  return (
    <section className="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title" className="privacy__title">{t('privacy.title')}</h2>
      <p className="panel__note">{t('privacy.note')}</p>
      {state.step === 'confirm' ? (
        <div className="privacy__confirm" role="group" aria-labelledby="privacy-confirm" data-testid="privacy.confirm">
          <p id="privacy-confirm" className="privacy__question">{t('privacy.question')}</p>
          <StoredDataList stored={state.stored} />
          <p className="panel__note">{t('privacy.irreversible')}</p>
          <div className="toolbar">
            <button type="button" className="danger-button" data-testid="privacy.confirmDelete" onClick={remove}>{t('privacy.confirm')}</button>
            <button type="button" autoFocus onClick={() => setState({ step: 'closed' })}>{t('privacy.cancel')}</button>
          </div>
        </div>
      ) : (
        <button type="button" data-testid="privacy.delete" disabled={state.step === 'deleting'} onClick={() => void ask()}>
          {state.step === 'deleting' ? t('privacy.deleting') : t('privacy.delete')}
        </button>
      )}
      {state.step === 'failed' ? <p role="alert" className="export__status--failed">{t('privacy.failed', { reason: state.reason })}</p> : null}
    </section>
  );
}

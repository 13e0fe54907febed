import { useAvatarStore, useHistory } from '../state';
import { useT, type TextKey } from './i18n';

export interface NoticeActions {
  downloadUnreadableSave: () => void;
}

/** The editor's latest message (a share link opened, an import refused…), until the user dismisses it. */
export function NoticeBanner({ actions }: { actions: NoticeActions }) {
  const notice = useAvatarStore((s) => s.notice);
  const setNotice = useAvatarStore((s) => s.setNotice);
  const t = useT();
  const { undo } = useHistory();
  if (!notice) return null;
  return (
    <div className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="notice">
      <div className="notice__body">
        <p>{t(notice.text as TextKey, notice.values)}</p>
        {notice.action === 'downloadUnreadableSave' ? (
          <button type="button" data-testid="notice.action" onClick={actions.downloadUnreadableSave}>
            {t('storage.download')}
          </button>
        ) : null}
        {notice.action === 'undo' ? (
          <button
            type="button"
            data-testid="notice.action"
            onClick={() => {
              undo();
              setNotice(null);
            }}
          >
            {t('notice.undo')}
          </button>
        ) : null}
      </div>
      <button type="button" className="notice__close" aria-label={t('notice.dismiss')} onClick={() => setNotice(null)}>
        ×
      </button>
    </div>
  );
}

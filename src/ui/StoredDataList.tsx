import { useT } from './i18n';

/** What this browser keeps for the creator (the app finds it; docs/privacy.md lists every place). */
export interface StoredData {
  /** An avatar and the editor's settings are saved. */
  avatar: boolean;
  /** A save that could not be read is kept aside. */
  unreadableSave: boolean;
  /** Designer packs kept in the browser, by where they came from (file or folder names). */
  packs: string[];
  /** The app's files are kept for offline use. */
  offlineCopy: boolean;
}

/** The list a person confirms before deleting: each kind of data this browser holds, named. */
export function StoredDataList({ stored }: { stored: StoredData }) {
  const t = useT();
  const entries = [
    stored.avatar ? t('privacy.avatar') : null,
    stored.unreadableSave ? t('privacy.unreadable') : null,
    stored.packs.length > 0 ? t('privacy.packs', { packs: stored.packs.join(', ') }) : null,
    stored.offlineCopy ? t('privacy.offline') : null,
  ].filter((entry) => entry !== null);
  if (entries.length === 0) return <p className="panel__note">{t('privacy.nothing')}</p>;
  return (
    <ul className="privacy__list" data-testid="privacy.stored">
      {entries.map((entry) => (
        <li key={entry}>{entry}</li>
      ))}
    </ul>
  );
}

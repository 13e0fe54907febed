import { useRef } from 'react';
import { useT } from './i18n';

export interface ShareActions {
  copyShareLink: () => Promise<unknown>;
  importManifestFile: (file: File) => Promise<void>;
}

/** Share without an account (a link holding the manifest) and import a manifest file. */
export function ShareSection({ copyShareLink, importManifestFile }: ShareActions) {
  const t = useT();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className="share">
      <button type="button" data-testid="share.copy" onClick={() => void copyShareLink()}>
        {t('share.button')}
      </button>
      <button type="button" data-testid="import.button" onClick={() => fileInput.current?.click()}>
        {t('import.button')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import.file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importManifestFile(file);
        }}
      />
    </div>
  );
}

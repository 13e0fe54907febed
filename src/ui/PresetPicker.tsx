import { presetDocument } from '../packs/presets';
import { randomAvatar } from '../packs/randomize';
import { useAvatarStore } from '../state';
import { useLocalized, useT } from './i18n';

/** Quick-start avatars from the core pack. Choosing one replaces the avatar (one undo step). */
export function PresetPicker() {
  const core = useAvatarStore((s) => s.packs.core);
  const replaceAvatar = useAvatarStore((s) => s.replaceAvatar);
  const pose = useAvatarStore((s) => s.avatar.pose);
  const controls = useAvatarStore((s) => s.bodyControls);
  const t = useT();
  const local = useLocalized();
  if (core?.status !== 'ready') return <p className="panel__note">{t('presets.loading')}</p>;
  const { manifest, baseUrl } = core.pack;
  return (
    <div className="preset-grid" role="group" aria-label={t('category.presets')}>
      {manifest.presets.map((preset) => (
        <button key={preset.id} type="button" className="preset" data-testid={`preset.${preset.id}`} onClick={() => replaceAvatar(presetDocument(manifest, preset))}>
          {preset.thumbnail ? <img src={baseUrl + preset.thumbnail} alt="" width={64} height={64} /> : null}
          <span>{local(preset.name)}</span>
        </button>
      ))}
      <button type="button" className="preset preset--random" data-testid="preset.random" onClick={() => replaceAvatar(randomAvatar(manifest, Math.random, controls, pose))}>
        {t('presets.randomize')}
      </button>
    </div>
  );
}

import { packAssetUrl } from '../packs/loadPack';
import { presetDocument } from '../packs/presets';
import { randomAvatar } from '../packs/randomize';
import type { Preset } from '../packs/schema';
import { useAvatarStore } from '../state';
import { useLocalized, useT } from './i18n';

/** Quick-start avatars from the core pack, Surprise me, and a way back to the preset last chosen (one undo step each). */
export function PresetPicker() {
  const core = useAvatarStore((s) => s.packs.core);
  const replaceAvatar = useAvatarStore((s) => s.replaceAvatar);
  const startingPreset = useAvatarStore((s) => s.startingPreset);
  const setStartingPreset = useAvatarStore((s) => s.setStartingPreset);
  const pose = useAvatarStore((s) => s.avatar.pose);
  const controls = useAvatarStore((s) => s.bodyControls);
  const t = useT();
  const local = useLocalized();
  if (core?.status === 'error') {
    return (
      <p role="alert" className="panel__note panel__note--failed" data-testid="presets.failed">
        {t('presets.failed', { reason: core.errors.join('; ') })}
      </p>
    );
  }
  if (core?.status !== 'ready') return <p className="panel__note">{t('presets.loading')}</p>;
  const { manifest } = core.pack;
  const choose = (preset: Preset) => {
    replaceAvatar(presetDocument(manifest, preset));
    setStartingPreset(preset.id);
  };
  const started = manifest.presets.find((preset) => preset.id === startingPreset);
  return (
    <>
      <div className="preset-grid" role="group" aria-label={t('category.presets')}>
        {manifest.presets.map((preset) => (
          <button key={preset.id} type="button" className="preset" data-testid={`preset.${preset.id}`} onClick={() => choose(preset)}>
            {preset.thumbnail ? <img src={packAssetUrl(core.pack, preset.thumbnail)} alt="" width={64} height={64} /> : null}
            <span>{local(preset.name)}</span>
          </button>
        ))}
        <button type="button" className="preset preset--random" data-testid="preset.random" onClick={() => replaceAvatar(randomAvatar(manifest, Math.random, controls, pose))}>
          {t('presets.randomize')}
        </button>
      </div>
      {started ? (
        <button type="button" className="preset-reset" data-testid="preset.reset" title={t('presets.resetHint')} onClick={() => choose(started)}>
          {t('presets.reset', { preset: local(started.name) })}
        </button>
      ) : null}
    </>
  );
}

import { resolveItem } from '../packs/itemRef';
import { readyPacks, useAvatarStore } from '../state';
import { useLocalized, useT } from './i18n';
import { LicenceLink } from './LicenceLink';

/** Who made what the avatar wears, under which licence (CC-BY asks for this credit), and the app's own licence. */
export function CreditsSection() {
  const items = useAvatarStore((s) => s.avatar.items);
  const packs = readyPacks(useAvatarStore((s) => s.packs));
  const t = useT();
  const local = useLocalized();
  const worn = Object.values(items).flatMap((ref) => {
    const resolved = resolveItem(ref, packs);
    return typeof resolved === 'string' ? [] : [{ ref, asset: resolved.asset }];
  });
  return (
    <details className="credits" data-testid="credits">
      <summary>{t('credits.title')}</summary>
      <ul>
        {worn.map(({ ref, asset }) => (
          <li key={ref}>
            <strong>{local(asset.name)}</strong>{' '}
            {t('credits.by', { author: asset.licence.author })}{' '}
            <LicenceLink spdx={asset.licence.spdx} url={asset.licence.url} />
            {asset.licence.attribution ? <p className="credits__attribution">{asset.licence.attribution}</p> : null}
          </li>
        ))}
      </ul>
      <p>{t('credits.app')}</p>
    </details>
  );
}

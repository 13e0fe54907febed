import type { Finding } from '../packs/validate/findings';
import type { AssetReport, PackReport } from '../packs/validate/types';
import type { DesignerPack } from '../state';
import { useT, type TextKey } from './i18n';

interface PackReportViewProps {
  /** The pack's key in the store (its id). */
  id: string;
  pack: DesignerPack;
}

function FindingItem({ finding }: { finding: Finding }) {
  const t = useT();
  return (
    <li className={`finding finding--${finding.severity}`} data-testid={`packs.finding.${finding.code}`}>
      <span className="finding__severity">{t(`packs.severity.${finding.severity}` as TextKey)}</span> <code>{finding.code}</code>
      <p className="finding__message">{finding.message}</p>
      {finding.fix ? <p className="finding__fix">{t('packs.fix', { fix: finding.fix })}</p> : null}
    </li>
  );
}

function AssetStats({ asset }: { asset: AssetReport }) {
  const t = useT();
  const textures = asset.textures.length ? asset.textures.map((texture) => `${texture.width}×${texture.height}`).join(', ') : t('packs.noTexture');
  return <p className="asset-stats">{t('packs.assetStats', { slot: asset.slot, kind: t(`packs.kind.${asset.kind}` as TextKey), triangles: asset.triangles.toLocaleString(), textures })}</p>;
}

/** Every asset the report speaks of: those it measured, and those only named by a finding (unreadable entries). */
function assetIds(report: PackReport): string[] {
  const named = report.findings.map((finding) => finding.asset).filter((asset) => asset !== undefined);
  return [...new Set([...report.assets.map((asset) => asset.id), ...named])];
}

/** A pack's validation report: findings about the whole pack, then each asset's stats and findings. */
export function PackReportView({ id, pack }: PackReportViewProps) {
  const t = useT();
  const { report } = pack;
  const about = (asset: string | undefined) => report.findings.filter((finding) => finding.asset === asset);
  const packFindings = about(undefined);
  return (
    <div className="pack-report" data-testid={`packs.report.${id}`}>
      <p className="pack-report__summary" data-testid="packs.summary">
        {t('packs.summary', { errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos })}
      </p>
      <p className="panel__note">{pack.loaded ? t('packs.loaded') : t('packs.notLoaded')}</p>
      {packFindings.length ? (
        <details open>
          <summary>{t('packs.wholePack')}</summary>
          <ul className="findings">{packFindings.map((finding, i) => <FindingItem key={i} finding={finding} />)}</ul>
        </details>
      ) : null}
      {assetIds(report).map((assetId) => {
        const findings = about(assetId);
        const stats = report.assets.find((asset) => asset.id === assetId);
        return (
          <details key={assetId} open={findings.some((finding) => finding.severity !== 'info')} data-testid={`packs.asset.${assetId}`}>
            <summary>{assetId}</summary>
            {stats ? <AssetStats asset={stats} /> : null}
            <ul className="findings">{findings.map((finding, i) => <FindingItem key={i} finding={finding} />)}</ul>
          </details>
        );
      })}
    </div>
  );
}

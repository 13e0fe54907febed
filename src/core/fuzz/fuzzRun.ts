/**
 * Test helper: runs a fuzz property with the suite's seed and run count, counts the inputs each target got and
 * prints the count when the file's tests end. `npm test` runs a short version; `npm run fuzz` sets FUZZ_SCALE to
 * multiply every run count (tens of thousands of inputs per target), and FUZZ_SEED explores other inputs.
 */
import fc from 'fast-check';
import { afterAll } from 'vitest';
import { assertNoPrototypePollution } from './checks';

const DEFAULT_SEED = 20_260_530;
const seedSetting = Number(process.env.FUZZ_SEED);
/** The same seed every run unless FUZZ_SEED says otherwise: a failure can always be replayed. */
const FUZZ_SEED = Number.isInteger(seedSetting) ? seedSetting : DEFAULT_SEED;

const scaleSetting = Number(process.env.FUZZ_SCALE);
/** How many times the default runs: 1 in `npm test`, more in `npm run fuzz`. */
const FUZZ_SCALE = scaleSetting > 0 ? scaleSetting : 1;

/** Runs of one property: `defaultRuns` (sized for `npm test`) times FUZZ_SCALE. */
function fuzzRuns(defaultRuns: number): number {
  return Math.max(1, Math.round(defaultRuns * FUZZ_SCALE));
}

/** Longest one input may take on a loaded test machine; real inputs take milliseconds. */
const INPUT_TIME_LIMIT_MS = 5_000;

export interface FuzzTarget {
  /**
   * Checks `predicate` on `runs` generated inputs (fuzzRuns(runs)): it must not throw, must finish within the time
   * limit and must leave Object.prototype alone. fast-check prints the seed and path of any failing input.
   */
  property<T>(arbitrary: fc.Arbitrary<T>, predicate: (input: T) => unknown, runs: number): Promise<void>;
  /** Checks `predicate` on each of a fixed list of inputs (every truncation of a file, say); a failure names its index. */
  each<T>(inputs: Iterable<T>, predicate: (input: T) => unknown): Promise<void>;
}

/** A target of the suite: its inputs are counted and the count printed as "[fuzz] <name>: N inputs". */
export function fuzzTarget(name: string): FuzzTarget {
  let inputs = 0;
  afterAll(() => console.log(`[fuzz] ${name}: ${inputs.toLocaleString('en')} inputs (seed ${FUZZ_SEED}, scale ${FUZZ_SCALE})`));
  const checked = async <T>(predicate: (input: T) => unknown, input: T) => {
    inputs += 1;
    const start = performance.now();
    await predicate(input);
    const took = performance.now() - start;
    if (took > INPUT_TIME_LIMIT_MS) throw new Error(`one input took ${Math.round(took)} ms (limit ${INPUT_TIME_LIMIT_MS} ms)`);
    assertNoPrototypePollution();
  };
  return {
    property: (arbitrary, predicate, runs) =>
      fc.assert(
        fc.asyncProperty(arbitrary, (input) => checked(predicate, input)),
        { numRuns: fuzzRuns(runs), seed: FUZZ_SEED },
      ),
    async each(list, predicate) {
      let index = 0;
      for (const input of list) {
        // Say which input failed: a fixed list has no seed to replay.
        await checked(predicate, input).catch((error: unknown) => {
          throw new Error(`input ${index} of the list failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        });
        index += 1;
      }
    },
  };
}

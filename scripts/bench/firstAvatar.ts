/** Cold-load metrics: first frame and first dressed avatar against the baseline page, and what they download. */
import type { Browser } from '@playwright/test';
import { coldLoad, FIRST_AVATAR_MARK, FIRST_AVATAR_PRESENTED_MARK, FIRST_FRAME_MARK, median, type ColdLoad } from './browser';
import type { Metric } from './report';

export interface ColdLoadUrls {
  app: string;
  baseline: string;
}

/** `runs` cold loads of each page (fresh context each), interleaved so both see the same machine load. */
async function coldLoads(browser: Browser, urls: ColdLoadUrls, runs: number): Promise<{ app: ColdLoad[]; baseline: ColdLoad[] }> {
  const app: ColdLoad[] = [];
  const baseline: ColdLoad[] = [];
  for (let run = 0; run < runs; run += 1) {
    app.push(await coldLoad(browser, urls.app, [FIRST_FRAME_MARK, FIRST_AVATAR_MARK, FIRST_AVATAR_PRESENTED_MARK]));
    baseline.push(await coldLoad(browser, urls.baseline));
  }
  return { app, baseline };
}

export async function firstAvatarMetrics(browser: Browser, urls: ColdLoadUrls, runs: number): Promise<Record<string, Metric>> {
  const { app, baseline } = await coldLoads(browser, urls, runs);
  const of = (loads: ColdLoad[], pick: (load: ColdLoad) => number) => median(loads.map(pick));
  const frame = of(app, (l) => l.marks[FIRST_FRAME_MARK]!);
  const avatar = of(app, (l) => l.marks[FIRST_AVATAR_MARK]!);
  const presented = of(app, (l) => l.marks[FIRST_AVATAR_PRESENTED_MARK]!);
  const base = of(baseline, (l) => l.marks[FIRST_FRAME_MARK]!);
  const note = `median of ${runs} cold loads`;
  return {
    timeToFirstFrameMs: { value: frame, unit: 'ms', note },
    baselineTimeToFirstFrameMs: { value: base, unit: 'ms', note },
    firstFrameRatio: { value: frame / base, unit: '×', budget: '≤ 1.3' },
    timeToFirstAvatarMs: { value: avatar, unit: 'ms', note },
    firstAvatarRatio: { value: avatar / base, unit: '×', budget: '≤ 2' },
    timeToFirstAvatarPresentedMs: {
      value: presented,
      unit: 'ms',
      note: `${note}; until the task after that frame, when its pixels reach the compositor (a software renderer rasterises and compiles shaders there)`,
    },
    firstAvatarPresentedRatio: { value: presented / base, unit: '×' },
    firstAvatarTransferBytes: { value: of(app, (l) => l.gzipBytes), unit: 'B (gzip)', note: 'responses finished before the first avatar was presented, gzip-compressed as a static host would send them' },
    firstAvatarRawBytes: { value: of(app, (l) => l.transferBytes), unit: 'B', note: 'the same responses, uncompressed' },
    firstAvatarRequests: { value: of(app, (l) => l.requests), unit: 'requests' },
    firstAvatarLastResponseMs: { value: of(app, (l) => l.lastResponseMs), unit: 'ms', note: 'when the last of those responses finished: the rest of timeToFirstAvatarMs is main-thread work' },
    firstAvatarLongestTaskMs: { value: of(app, (l) => l.longestTaskMs), unit: 'ms', note: 'longest main-thread task before the first avatar was presented' },
  };
}

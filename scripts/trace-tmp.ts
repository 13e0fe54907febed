import { readFileSync } from 'node:fs';
import { launchBrowser } from './bench/browser';
import { serveStatic } from './bench/serve';
const server = await serveStatic('dist', 4199);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const mode = process.argv[2] ?? 'load';
if (mode === 'load') await browser.startTracing(page, { path: '/tmp/prof/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'gpu', 'blink', 'v8.execute'] });
await page.goto('http://127.0.0.1:4199/?qa');
await page.waitForFunction(() => window.avatarAtelier !== undefined);
await page.evaluate(() => window.avatarAtelier!.ready);
await page.evaluate(() => window.avatarAtelier!.whenRendered());
const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`));
console.log(marks.join('\n'));
if (mode === 'swap') {
  const hair = ['core/bob02', 'core/long01', 'core/ponytail01', 'core/short02'];
  for (const r of hair) await page.evaluate((r) => window.avatarAtelier!.wear('hair', r), r);
  await browser.startTracing(page, { path: '/tmp/prof/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'gpu', 'blink', 'v8.execute'] });
  const t = await page.evaluate(async (list) => {
    const qa = window.avatarAtelier!; const out: string[] = [];
    for (let i = 0; i < 8; i++) { const v = qa.sceneVersion(); const s = performance.now(); const w = qa.wear('hair', list[i % list.length]!); const a = await qa.whenSceneChanged(v); const b = await qa.whenSceneShown(v); out.push(`${(a - s).toFixed(0)}/${(b - s).toFixed(0)}`); await w; }
    return out;
  }, hair);
  console.log(t.join(' '));
}
await browser.stopTracing();
const trace = JSON.parse(readFileSync('/tmp/prof/trace.json', 'utf8'));
const events = (trace.traceEvents ?? trace) as any[];
const threads = new Map<string, string>();
for (const e of events) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
const sum = new Map<string, number>();
for (const e of events) if (e.ph === 'X' && e.dur) { const k = `${threads.get(`${e.pid}:${e.tid}`) ?? e.tid} | ${e.name}`; sum.set(k, (sum.get(k) ?? 0) + e.dur / 1000); }
console.log([...sum].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${v.toFixed(0).padStart(6)} ${k}`).join('\n'));
await browser.close(); await server.close();

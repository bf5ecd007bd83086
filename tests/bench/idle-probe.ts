import { startHarness } from '/work/main/tests/e2e/harness';
const h = await startHarness();
const res: number[] = [];
for (let i = 0; i < 15; i++) {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as any)));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' } as never);
  await page.goto(`${h.base}/idle.html`);
  await page.waitForTimeout(800);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  const ours = events.filter((e) => e.args?.data?.url?.includes('content-scripts/reply.js') && (e.name === 'EvaluateScript' || e.name === 'v8.compile'));
  const names = ours.map((e) => `${e.name}:${(e.dur / 1000).toFixed(2)}`).join(' ');
  res.push(ours.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000);
  if (i === 0) console.log(names);
  await page.close();
}
console.log(res.map((x) => x.toFixed(2)).join(' '), 'median', res.sort((a, b) => a - b)[7].toFixed(2));
await h.close();

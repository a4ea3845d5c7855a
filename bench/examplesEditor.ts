// Examples editor at 100,000 examples (issue 5 "smooth at 100,000"), in Debian's Chromium with the real
// main-process services (the e2e harness): time to open the project, frame times while scrolling the
// virtualized list end to end, and keystroke-to-frame time while typing in an example.
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { startHarness } from '../tests/e2e/harness';
import { generateProjectExamples } from './projectExamples';
import type { BenchResult } from './types';

const COUNT = 100_000;
const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
};

const SEARCH = 'oolong';
// Sixty characters, without the search word (the example typed into first must not start to match it).
const TYPED = ' thanks for waiting, your parcel left our shop this morning.';

interface Typing {
  /** Each key's time from the input event to the next frame. */
  latency: number[];
  /** CPU time the page's main thread spent per key: unlike latency, barely moved by other processes. */
  cpuPerKey: number;
}

/** Main-thread CPU time so far, in ms (Chromium's ThreadTime metric). */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
}

/** Types TYPED into the selected example's text field, timing each key. */
async function typeAndTime(page: Page, cdp: CDPSession, field: string): Promise<Typing> {
  await page.evaluate('window.__keyLatency = []');
  await page.getByLabel(field).click();
  const cpuBefore = await threadTime(cdp);
  await page.keyboard.type(TYPED, { delay: 30 });
  await page.waitForFunction(`window.__keyLatency.length >= ${TYPED.length}`);
  const cpuPerKey = ((await threadTime(cdp)) - cpuBefore) / TYPED.length;
  return { latency: (await page.evaluate('window.__keyLatency')) as number[], cpuPerKey };
}

export async function runExamplesEditorBench(): Promise<BenchResult[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
    const app = await startHarness(page, { locale: 'en-US' });
    const examples = generateProjectExamples(COUNT);
    const matching = examples.filter((e) =>
      e.example.messages.some((m) => m.content?.toLowerCase().includes(SEARCH)),
    ).length;
    await app.services.projects.create('Bench 100k', examples);
    // The project arrives in pages (bench/projectPaging.ts times main's share of each answer); here, the
    // time until the first rows are on screen and until the last page is in. The harness sends every
    // answer through Playwright's binding serializer, far slower than Electron's clone, so the second
    // figure says more about the harness than about the app.
    await page.locator('button[data-route="examples"]').click();
    const started = Date.now();
    // Clicked from inside the page: Playwright's click would wait on the page while examples arrive.
    await page.getByRole('button', { name: 'Open Bench 100k' }).evaluate((b: HTMLElement) => b.click());
    await page.getByTestId('example-list').waitFor({ timeout: 300_000 });
    const firstRowsMs = Date.now() - started;
    await page.getByText(`Showing ${COUNT} of ${COUNT}`).waitFor({ timeout: 300_000 });
    const openMs = Date.now() - started;
    await page
      .getByRole('button', { name: 'Close' })
      .click()
      .catch(() => {});

    // Scroll the whole list in 400 steps, one per animation frame, recording each frame's duration.
    const frames = (await page.evaluate(`new Promise((resolve) => {
      const list = document.querySelector('[data-testid="example-list"]');
      const steps = 400;
      const stride = (list.scrollHeight - list.clientHeight) / steps;
      const times = [];
      let last = performance.now();
      let i = 0;
      const tick = (now) => {
        times.push(now - last);
        last = now;
        if (i++ >= steps) return resolve(times.slice(1));
        list.scrollTop = i * stride;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })`)) as number[];
    const rowsInDom = await page.getByTestId('example-row').count();

    // Keystroke to the next frame while typing into example 1's answer. Sixty keys, so that p95 is not
    // simply the worst key, and so that garbage made per keystroke has the time to cost a collection.
    await page.evaluate(`(() => {
      window.__keyLatency = [];
      document.addEventListener('input', (e) => {
        if (!e.target.matches('.conversation textarea')) return;
        const t0 = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.__keyLatency.push(performance.now() - t0), 0));
      }, true);
    })()`);
    await page.getByTestId('example-list').focus();
    await page.keyboard.press('Home');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const typing = await typeAndTime(page, cdp, 'Text of turn 3 (Answer)');
    const keys = typing.latency;

    // The same while a search narrows the list (three examples in ten match): an edit must not make the
    // filter run over all 100,000 examples again.
    await page.getByRole('searchbox').fill(SEARCH);
    await page.getByText(`Showing ${matching} of ${COUNT}`).waitFor();
    await page.getByTestId('example-row').first().click();
    const searching = await typeAndTime(page, cdp, 'Text of turn 3 (Answer)');
    const searchKeys = searching.latency;
    await app.services.flushAll();
    return [
      {
        name: 'examples: open 100k, first rows shown',
        value: firstRowsMs,
        unit: 'ms',
        note: `click Open → the list with the first page; all ${COUNT} in after ${openMs} ms through the harness bridge`,
      },
      {
        name: 'examples: scroll 100k, p95 frame',
        value: Math.round(percentile(frames, 0.95)),
        unit: 'ms',
        target: 34,
        note: `median ${Math.round(percentile(frames, 0.5))} ms, worst ${Math.round(Math.max(...frames))} ms over ${frames.length} frames; ${rowsInDom} rows in the DOM`,
      },
      {
        name: 'examples: keystroke to frame at 100k, p95',
        value: Math.round(percentile(keys, 0.95)),
        unit: 'ms',
        target: 50,
        note: `median ${Math.round(percentile(keys, 0.5))} ms, worst ${Math.round(Math.max(...keys))} ms over ${keys.length} keys; main-thread CPU ${typing.cpuPerKey.toFixed(1)} ms a key`,
      },
      {
        name: 'examples: keystroke to frame, search on, p95',
        value: Math.round(percentile(searchKeys, 0.95)),
        unit: 'ms',
        target: 50,
        note: `median ${Math.round(percentile(searchKeys, 0.5))} ms, worst ${Math.round(Math.max(...searchKeys))} ms over ${searchKeys.length} keys; main-thread CPU ${searching.cpuPerKey.toFixed(1)} ms a key; list narrowed to ${matching}`,
      },
    ];
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await runExamplesEditorBench()) console.log(r);
}

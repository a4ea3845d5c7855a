// Renderer budget: gzip size of the JS the first screen loads, and time from navigation to the shell
// being visible, in Debian's Chromium with the real router bridged in (same harness as the e2e suite).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startHarness } from '../tests/e2e/harness';
import type { BenchResult } from './types';

const DIST = path.resolve(import.meta.dirname, '../dist');

/** Scripts and modulepreloads named in index.html: what the browser fetches before the first render. */
export function initialJsGzipBytes(): { bytes: number; files: string[] } {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(DIST, f))).length, 0);
  return { bytes, files };
}

export async function runRendererBench(runs = 5): Promise<BenchResult[]> {
  const { bytes, files } = initialJsGzipBytes();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await startHarness(page, { locale: 'en-US' });
      await page.locator('nav.rail button.rail-item').first().waitFor();
      // First contentful paint, by the browser's own paint timing: navigation start → the shell on screen.
      const fcp = await page.evaluate(
        `performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint')?.startTime ?? -1`,
      );
      times.push(Number(fcp));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return [
    {
      name: 'initial JS (gzip)',
      value: Math.round(bytes / 1024),
      unit: 'KB',
      target: 300,
      note: files.join(', '),
    },
    {
      name: `first contentful paint (median of ${runs})`,
      value: Math.round(median),
      unit: 'ms',
      target: 1000,
      note: `all runs ${times.map(Math.round).join('/')} ms; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
    },
  ];
}

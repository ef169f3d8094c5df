#!/usr/bin/env node
// A picture of a report page, as the README shows one: the top of the page in headless Chromium
// with the network off.
//   node tools/report/picture.mjs report.html docs/report.png [860x960]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [page, out, size = '860x960'] = process.argv.slice(2);
if (!page || !out || !/^\d+x\d+$/.test(size)) {
  console.error('usage: node tools/report/picture.mjs PAGE.html OUT.png [WIDTHxHEIGHT]');
  process.exit(2);
}
const [width, height] = size.split('x').map(Number);
const browser = await chromium.launch({
  executablePath: process.env.MALMOI_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ viewport: { width, height }, offline: true });
  const tab = await context.newPage();
  await tab.goto(pathToFileURL(resolve(page)).href);
  await tab.screenshot({ path: out });
  console.log(`wrote ${out} (${width}×${height})`);
} finally {
  await browser.close();
}

// The evaluation report and the training-curve page in Chromium: each opens from a file with the
// network off and asks for nothing, every chart has a text alternative in the accessibility tree, the
// charts are drawn and the page fits each size. Screenshots at 1024×768, 768×1024 and 390×844 go to
// $MALMOI_SCREENSHOTS (or a temporary folder) to be looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, VIEWPORTS } from '../support/browser.mjs';
import { loadBuiltCore, root } from '../support/build.mjs';
import { startFakeOpenAI } from '../../tools/server/fake-openai.mjs';
import { evaluate } from '../../tools/eval.mjs';
import { evalReportHtml } from '../../tools/report/eval-report.mjs';
import { analyse } from '../../tools/dataset/curves.mjs';
import { curvesHtml } from '../../tools/report/curves-report.mjs';

let browser;
let dir;
let shots;
const pages = {};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'malmoi-report-'));
  shots = process.env.MALMOI_SCREENSHOTS || join(dir, 'screenshots');
  mkdirSync(shots, { recursive: true });
  const core = await loadBuiltCore();
  const gold = join(dir, 'gold.tsv');
  writeFileSync(gold, [
    'object\t["사과", "먹다"]\t사과를 먹어요',
    'unseen_object\t["바나나", "먹다"]\t바나나를 먹어요',
    'companion\t["친구", "놀다"]\t친구랑 놀아요 | 친구하고 놀아요',
    'want\t["물", "마시다", "싶다"]\t물을 마시고 싶어요',
    'location\t["학교", "가다"]\t학교에서 가요',
    'object\t["밥", "먹다"]\t밥을 먹어요',
  ].join('\n') + '\n');
  // A model that repairs one answer, gets one role wrong, answers one in prose, and the rest as the rules.
  const fake = await startFakeOpenAI({
    answer: (cards) => core.complete(cards.map((label) => ({ label }))).edits,
    scenario: ({ cards, edits }) => {
      if (cards[0] === '사과') edits.insertWords[0].word = '을';
      if (cards[0] === '바나나') edits.insertWords[0].word = '가';
      if (cards[0] === '친구') return 'I think it is 친구랑 놀아요.';
      return edits;
    },
  });
  try {
    const model = await evaluate({ gold, engine: 'auto', endpoint: fake.url, model: 'ft:test', core, timeoutMs: 2000 });
    const rules = await evaluate({ gold, engine: 'rules', core });
    pages.report = join(dir, 'report.html');
    writeFileSync(pages.report, evalReportHtml(model, rules));
  } finally {
    await fake.close();
  }
  const fixtures = join(root, 'tests', 'fixtures', 'finetune');
  const read = (name) => JSON.parse(readFileSync(join(fixtures, name), 'utf8'));
  pages.curves = join(dir, 'curves.html');
  writeFileSync(pages.curves, curvesHtml(analyse({ events: read('events.json'), checkpoints: read('checkpoints.json'), job: read('job.json') })));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (!process.env.MALMOI_SCREENSHOTS) rmSync(dir, { recursive: true, force: true });
});

/** Opens a page from its file with the network off; every request but the file itself is recorded and refused. */
async function open(file, viewport) {
  const context = await browser.newContext({ viewport, offline: true });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === pathToFileURL(file).href) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href);
  return { context, page, requests, problems };
}

/** Every chart: its role, its accessible name and description, and its drawn size. */
function charts(page) {
  return page.evaluate(() => [...document.querySelectorAll('figure[data-chart] svg')].map((svg) => {
    const [titleId, descId] = svg.getAttribute('aria-labelledby').split(' ');
    const box = svg.getBoundingClientRect();
    return {
      role: svg.getAttribute('role'),
      title: document.getElementById(titleId)?.textContent || '',
      desc: document.getElementById(descId)?.textContent || '',
      width: box.width,
      height: box.height,
      marks: svg.querySelectorAll('rect, path, circle').length,
    };
  }));
}

for (const name of ['report', 'curves']) {
  test(`${name}: opens offline, asks for nothing, charts with text alternatives, fits every size`, async () => {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      const { context, page, requests, problems } = await open(pages[name], viewport);
      try {
        assert.deepEqual(requests, [], `${size}: requests`);
        assert.deepEqual(problems, [], `${size}: console`);
        const found = await charts(page);
        assert.ok(found.length >= (name === 'report' ? 9 : 2), `${size}: ${found.length} charts`);
        for (const c of found) {
          assert.equal(c.role, 'img');
          assert.ok(c.title.length > 3, `a chart without a title: ${JSON.stringify(c)}`);
          assert.ok(/\d/.test(c.desc), `${c.title}: its description states no numbers`);
          assert.ok(c.width > 200 && c.height > 40, `${c.title} is drawn ${c.width}×${c.height} at ${size}`);
          assert.ok(c.marks > 0, `${c.title} draws nothing`);
        }
        // The accessibility tree names each chart by its title (what a screen reader announces).
        for (const c of found) await page.getByRole('img', { name: c.title, exact: false }).first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${size}: the page is ${overflow}px wider than the screen`);
        const png = await page.screenshot({ path: join(shots, `${name}-${viewport.width}x${viewport.height}.png`) });
        assert.equal(png.readUInt32BE(16), viewport.width);
      } finally {
        await context.close();
      }
    }
  });
}

test('report: the model section, the changed rows and the marked words are on the page', async () => {
  const { context, page } = await open(pages.report, VIEWPORTS.tabletLandscape);
  try {
    const headings = await page.locator('h2').allTextContents();
    assert.deepEqual(headings, ['Accuracy', 'Calibration', 'The model', 'Rows that changed', 'Failing rows of ft:test (auto) (1)', 'By category']);
    const outcomes = await page.getByRole('img', { name: /What became of the model’s answers/ }).getAttribute('aria-labelledby');
    const desc = await page.locator(`[id="${outcomes.split(' ')[1]}"]`).textContent();
    assert.equal(desc, 'ft:test (auto): validated, shown as it came 3, validated after a repair 1, overridden by confident rules 1, refused 1 of 6');
    assert.equal(await page.locator('#failures mark').first().textContent(), '학교에');
    await page.locator('#chart-accuracy summary').click();
    assert.ok(await page.locator('#chart-accuracy table').isVisible(), 'the numbers open under the chart');
  } finally {
    await context.close();
  }
});

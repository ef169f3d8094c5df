// The app under the server's Content-Security-Policy in Chromium: a tour of every screen raises no
// violation; an injected inline script does not run; no other site can frame the app; fetches reach
// this origin and, once a teacher saves it, the teacher's own model endpoint, and nothing else.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startFakeOpenAI } from '../../tools/server/fake-openai.mjs';
import { launchBrowser, openApp, openTeacher, startApp, tapCards, waitEngine, waitReady } from '../support/browser.mjs';

// A 1×1 PNG, as a teacher's photo.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let browser;
let app;
let fake;
let elsewhere; // a page on another origin
before(async () => {
  browser = await launchBrowser();
  app = await startApp();
  fake = await startFakeOpenAI();
  elsewhere = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>another site</title><iframe id="framed" src="${app.url}/"></iframe>`);
  });
  await new Promise((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
});
after(async () => {
  await browser?.close();
  await app?.close();
  await fake?.close();
  await new Promise((resolve) => elsewhere?.close(resolve));
});

/** Records every CSP violation in every page of the context, from its first script on. */
async function watchViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
}

const violations = (page) => page.evaluate(() => window.__violations);

/** Whether a fetch from the page to `url` gets an answer (false: refused before it left). */
const canReach = (page, url) => page.evaluate(async (target) => {
  try {
    await fetch(target, { method: 'GET', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}, url);

test('a tour of the app under the policy: board, speech, teacher area, photo, export, particles page', async () => {
  const { context, page, errors } = await openApp(browser, app.url);
  try {
    await watchViolations(context);
    const response = await page.reload();
    await waitReady(page);
    assert.match(response.headers()['content-security-policy'], /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
    await waitEngine(page);
    await tapCards(page, ['사과', '먹다']);
    await page.getByTestId('sentence').filter({ hasText: '사과를 먹어요' }).waitFor();
    await page.getByTestId('speak').click();

    await openTeacher(page);
    for (const name of ['분류', '문장 만들기', '말하기·화면', '가져오기·내보내기', '도구·정보', '카드']) {
      await page.getByRole('tab', { name, exact: true }).click();
    }
    await page.getByTestId('card-add').click();
    const editor = page.getByTestId('card-editor');
    await editor.getByTestId('card-label').fill('사진');
    await editor.getByTestId('card-photo').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('#editor-preview img, #editor-preview canvas').first().waitFor();
    await editor.getByTestId('card-save').click();
    await editor.waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: '가져오기·내보내기' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-obz').click()]);
    assert.match(download.suggestedFilename(), /\.obz$/);
    await page.getByTestId('teacher-close').click();
    assert.deepEqual(await violations(page), []);

    await page.goto(`${app.url}/no-such-page`);
    await page.getByText('찾을 수 없어요').waitFor();
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).textAlign), 'center', 'its style applies');
    assert.deepEqual(await violations(page), []);

    await page.goto(`${app.url}/particles.html`);
    await page.getByTestId('attach').click();
    await page.getByTestId('result').filter({ hasText: '사과를' }).waitFor();
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('an inline script injected into the page does not run', async () => {
  const { context, page } = await openApp(browser, app.url);
  try {
    await watchViolations(context);
    await page.reload();
    await waitReady(page);
    // Waits for the browser to refuse both (two securitypolicyviolation events), not for a time.
    const ran = await page.evaluate(() => new Promise((resolve) => {
      let refused = 0;
      document.addEventListener('securitypolicyviolation', () => {
        refused += 1;
        if (refused === 2) resolve(window.__injected === true);
      });
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__injected = true;');
      img.src = 'data:,';
      document.body.append(img);
    }));
    assert.equal(ran, false);
    assert.ok((await violations(page)).some((line) => line.startsWith('script-src')), 'the browser reported it');
  } finally {
    await context.close();
  }
});

test('another site cannot frame the app', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${elsewhere.address().port}/`);
    // Chromium replaces a refused frame with its own error page: the app never starts in it.
    const framed = await (await page.$('#framed')).contentFrame();
    await framed.waitForLoadState('load');
    assert.equal(framed.url(), 'chrome-error://chromewebdata/');
    assert.equal(await framed.locator('#app').count(), 0);
  } finally {
    await context.close();
  }
});

test('fetches reach this origin and the teacher\'s own endpoint once saved, nothing else', async () => {
  const { context, page } = await openApp(browser, app.url);
  try {
    await watchViolations(context);
    await page.reload();
    await waitReady(page);
    await waitEngine(page);
    const fakeOrigin = new URL(fake.url).origin;
    const unrelated = `http://127.0.0.1:${elsewhere.address().port}/`;
    assert.equal(await canReach(page, `${app.url}/api/status`), true);
    assert.equal(await canReach(page, `${fake.url}/_fake/requests`), false, 'not before it is saved');
    assert.ok((await violations(page)).some((line) => line === `connect-src ${fakeOrigin}/v1/_fake/requests`));

    await openTeacher(page);
    await page.getByRole('tab', { name: '문장 만들기' }).click();
    await page.locator('input[name="mode"][value="model"]').check();
    await page.locator('input[name="endpoint"][value="custom"]').check();
    await page.locator('#base-url').fill(fake.url);
    await page.locator('#model-id').fill('fake-model');
    await page.locator('#api-key').fill('sk-teacher-key');
    const reloaded = page.waitForResponse((r) => r.request().resourceType() === 'document' && r.url() === `${app.url}/`);
    await page.getByTestId('sentence-save').click();
    const csp = (await reloaded).headers()['content-security-policy'];
    assert.match(csp, new RegExp(`connect-src 'self' ${fakeOrigin.replace(/[.]/g, '\\.')};`));
    await waitReady(page);
    await waitEngine(page);

    fake.reset();
    await tapCards(page, ['사과', '먹다']);
    await page.locator('[data-testid="engine"][data-engine="model"][data-state="done"]').waitFor({ timeout: 10000 });
    assert.equal((await page.getByTestId('sentence').textContent()).trim(), '사과를 먹어요');
    assert.equal(fake.requests.at(-1).headers.authorization, 'Bearer sk-teacher-key');
    assert.equal(await canReach(page, unrelated), false, 'any other origin is still refused');
    assert.deepEqual((await violations(page)).filter((line) => !line.startsWith(`connect-src ${unrelated}`)), []);

    // Back to this server: the cookie goes; the next page allows this origin only.
    await openTeacher(page);
    await page.getByRole('tab', { name: '문장 만들기' }).click();
    await page.locator('input[name="endpoint"][value="server"]').check();
    await page.getByTestId('sentence-save').click();
    await page.getByText('저장했어요.').first().waitFor();
    const response = await page.reload();
    assert.match(response.headers()['content-security-policy'], /connect-src 'self';/);
  } finally {
    await context.close();
  }
});

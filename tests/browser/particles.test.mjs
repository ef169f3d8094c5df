// The particle page, end to end in Chromium: the wasm core loaded by web/core.js, a word typed, a
// particle chosen, the result on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from '../support/browser.mjs';

const session = useApp();

test('typing a word and a particle shows them joined as Korean reads them', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1024, height: 768 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`${session.app.url}/particles.html`);
  await page.getByTestId('status').filter({ hasText: '준비됐어요' }).waitFor();
  // The page starts with 사과 + 을/를.
  assert.equal(await page.getByTestId('result').textContent(), '사과를');
  const cases = [
    ['물', '를', '물을', /고쳤어요/],
    ['112', '이/가', '112가', /백십이/],
    ['TV', '을/를', 'TV를', /티브이/],
    ['나', '이/가', '내가', /내/],
    ['연필', '(으)로', '연필로', null],
    ['학교', '에서는', '학교에서는', null],
  ];
  for (const [word, particle, expected, detail] of cases) {
    await page.getByTestId('word').fill(word);
    await page.getByTestId('particle').fill(particle);
    await page.getByTestId('attach').click();
    assert.equal(await page.getByTestId('result').textContent(), expected, `${word} + ${particle}`);
    if (detail) assert.match(await page.getByTestId('detail').textContent(), detail);
  }
  // Bad input is a clear message, not a crash.
  await page.getByTestId('word').fill('🍎');
  await page.getByTestId('attach').click();
  assert.match(await page.getByTestId('detail').textContent(), /unreadable_word/);
  assert.deepEqual(errors, []);
  await page.close();
});

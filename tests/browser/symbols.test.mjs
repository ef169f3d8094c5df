// The OpenMoji symbols are drawn inline (web/symbols.js): what a symbol file may bring into the page
// is drawing only, one row per kind of content; the built-in deck's symbols come in sheets, drawn
// exactly as their own files would be; and a missing symbol falls back to a letter tile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnPictures, openApp, useApp } from '../support/browser.mjs';

const session = useApp();

const SVG = (body, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72"${attributes}>${body}</svg>`;

// [what the file holds, its text, the cleaned markup (null: refused)]
const ROWS = [
  ['plain shapes', SVG('<g id="color"><circle cx="36" cy="36" r="30" fill="#fc0"/></g>'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72" focusable="false" aria-hidden="true"><g><circle cx="36" cy="36" r="30" fill="#fc0"/></g></svg>'],
  ['white space, a comment and a title', SVG('\n  <!-- c --><title>사과</title>\n  <path d="M0 0"/>\n'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72" focusable="false" aria-hidden="true"><path d="M0 0"/></svg>'],
  ['a script', SVG('<script>window.__ran = true</script><rect width="1" height="1"/>'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72" focusable="false" aria-hidden="true"><rect width="1" height="1"/></svg>'],
  ['event handlers, style, class and links', SVG('<g onclick="x()" style="fill:red" class="c"><a href="https://example.org"><path d="M1 1"/></a><use href="#x"/></g>', ' onload="x()" width="999" height="999"'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72" focusable="false" aria-hidden="true"><g/></svg>'],
  ['foreign content', SVG('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject><style>*{}</style><line x1="0" y1="0" x2="1" y2="1"/>'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72" focusable="false" aria-hidden="true"><line x1="0" y1="0" x2="1" y2="1"/></svg>'],
  ['not SVG', '<html><body>hello</body></html>', null],
  ['broken XML', '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', null],
  ['empty', '', null],
];

test('a symbol file brings drawing into the page and nothing else', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    const answers = await page.evaluate(async (rows) => {
      const { cleanSymbol } = await import(new URL('./symbols.js', document.baseURI).href);
      return rows.map(([, text]) => cleanSymbol(text)?.outerHTML ?? null);
    }, ROWS);
    ROWS.forEach(([what, , expected], i) => assert.equal(answers[i], expected, what));
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__ran), undefined);
  } finally {
    await context.close();
  }
});

test('the board draws its symbols inline; a symbol that cannot be fetched becomes a letter tile', async () => {
  const { context: first, page } = await openApp(session.browser, session.app.url);
  try {
    const board = page.locator('#board');
    const drawn = await drawnPictures(board);
    assert.ok(drawn >= 10, `${drawn} symbols`);
    assert.equal(await board.locator('img').count(), 0, 'no symbol is an <img>');
    // Every card's text is still only its label.
    const texts = await board.locator('button.card').evaluateAll((cards) => cards.map((c) => [c.textContent.trim(), c.querySelector('.card-label').textContent]));
    for (const [text, label] of texts) assert.equal(text, label);
  } finally {
    await first.close();
  }
  const context = await session.browser.newContext({ serviceWorkers: 'block' });
  // Neither 사과's sheet nor its own file can be fetched.
  await context.route(/openmoji\/(1F34E\.svg$|sheets\/)/, (route) => route.fulfill({ status: 404, body: '' }));
  const offline = await context.newPage();
  try {
    await offline.goto(`${session.app.url}/`);
    await offline.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await offline.getByRole('tab', { name: '음식' }).click();
    const apple = offline.locator('#board button.card').filter({ hasText: '사과' }).first();
    await apple.locator('.picture-emoji, .picture-letter').waitFor();
    assert.equal(await apple.locator('svg').count(), 0);
  } finally {
    await context.close();
  }
});

test('the first page\'s symbols come in a few sheets, each symbol drawn as its own file would be', async () => {
  const context = await session.browser.newContext({ serviceWorkers: 'block' });
  const requests = [];
  context.on('request', (request) => { if (/\/openmoji\//.test(request.url())) requests.push(new URL(request.url()).pathname); });
  const page = await context.newPage();
  try {
    await page.goto(`${session.app.url}/`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const drawn = await drawnPictures(page.locator('#board'));
    assert.ok(drawn >= 10, `${drawn} symbols`);
    assert.deepEqual([...new Set(requests)].sort(), ['/gen/vendor/openmoji/sheets/quick.svg', '/gen/vendor/openmoji/sheets/tabs.svg']);
    // Every symbol of the first category's sheet, from the sheet and from its own file: the same drawing.
    const differ = await page.evaluate(async () => {
      const { symbolElement, cleanSymbol } = await import(new URL('./symbols.js', document.baseURI).href);
      const { SHEETS, SHEET_OF } = await import(new URL('./gen/symbol-sheets.js', document.baseURI).href);
      const codes = Object.keys(SHEET_OF).filter((hex) => SHEETS[SHEET_OF[hex]] === 'quick');
      const out = [];
      for (const hex of codes) {
        const fromSheet = (await symbolElement(hex))?.outerHTML;
        const file = await (await fetch(`gen/vendor/openmoji/${hex}.svg`)).text();
        const fromFile = cleanSymbol(file);
        // Both as the page holds them (symbolElement's copies are imported into the page).
        if (!fromSheet || !fromFile || fromSheet !== document.importNode(fromFile, true).outerHTML) out.push(hex);
      }
      return { count: codes.length, out };
    });
    assert.ok(differ.count >= 10, `${differ.count} symbols in the sheet`);
    assert.deepEqual(differ.out, []);
  } finally {
    await context.close();
  }
});

test('a sheet that cannot be fetched: its symbols come from their own files', async () => {
  const context = await session.browser.newContext({ serviceWorkers: 'block' });
  await context.route(/openmoji\/sheets\//, (route) => route.fulfill({ status: 503, body: '' }));
  const page = await context.newPage();
  try {
    await page.goto(`${session.app.url}/`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const drawn = await drawnPictures(page.locator('#board'));
    assert.ok(drawn >= 10, `${drawn} symbols`);
    assert.equal(await page.locator('#board .picture-letter, #board .picture-emoji').count(), 0, 'no card fell back to a letter');
  } finally {
    await context.close();
  }
});

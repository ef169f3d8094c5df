// web/pages.js: the board's layout is a pure function of the card order and the grid, so a card
// is on the same page in the same cell every time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clampPage, gridFor, pageCards, pageCount, placeOf, screenClass } from '../../web/pages.js';

test('screen classes by breakpoint: a tablet is one class in both orientations', () => {
  const rows = [[1024, 768, 'tablet'], [768, 1024, 'tablet'], [390, 844, 'phone'], [844, 390, 'short'], [600, 960, 'phone'], [601, 960, 'tablet']];
  for (const [width, height, expected] of rows) assert.equal(screenClass(width, height), expected, `${width}×${height}`);
});

test('the grid in force: the screen’s own, or the teacher’s within the limits and the screen', () => {
  const rows = [
    [undefined, 'tablet', { rows: 4, cols: 6, auto: true, clamped: false }],
    [{ rows: 0, cols: 0 }, 'phone', { rows: 3, cols: 4, auto: true, clamped: false }],
    [{ rows: 3, cols: 4 }, 'tablet', { rows: 3, cols: 4, auto: false, clamped: false }],
    [{ rows: 6, cols: 8 }, 'tablet', { rows: 6, cols: 8, auto: false, clamped: false }],
    [{ rows: 6, cols: 8 }, 'phone', { rows: 5, cols: 4, auto: false, clamped: true }],
    [{ rows: 9, cols: 1 }, 'tablet', { rows: 6, cols: 2, auto: false, clamped: true }],
    [{ rows: 'x', cols: 4 }, 'tablet', { rows: 4, cols: 6, auto: true, clamped: false }],
  ];
  for (const [setting, screen, expected] of rows) assert.deepEqual(gridFor(setting, screen), expected, JSON.stringify([setting, screen]));
});

test('pages and cells follow the order: card i of a 4 × 6 grid', () => {
  const grid = { rows: 4, cols: 6 };
  const rows = [[0, { page: 0, row: 0, col: 0 }], [5, { page: 0, row: 0, col: 5 }], [6, { page: 0, row: 1, col: 0 }],
    [23, { page: 0, row: 3, col: 5 }], [24, { page: 1, row: 0, col: 0 }], [45, { page: 1, row: 3, col: 3 }]];
  for (const [index, expected] of rows) assert.deepEqual(placeOf(index, grid), expected, `card ${index}`);
  assert.equal(pageCount(46, grid), 2);
  assert.equal(pageCount(0, grid), 1);
  const cards = Array.from({ length: 46 }, (_, i) => `c${i}`);
  const second = pageCards(cards, 1, grid);
  assert.equal(second.length, 22);
  assert.deepEqual(second[0], { card: 'c24', row: 0, col: 0 });
  assert.deepEqual(second.at(-1), { card: 'c45', row: 3, col: 3 });
  assert.deepEqual([clampPage(5, 2), clampPage(-1, 2), clampPage(1, 2)], [1, 0, 1]);
});

/**
 * The board's pages: how many rows and columns of cards a page holds on this screen, and on which
 * page and in which cell each card sits. AAC users find a card by where it is, so the layout is a pure
 * function of the category's card order and the grid: the same card is on the same page, in the same
 * cell, every time, whatever the child has tapped.
 */

/** The rows and columns a teacher can choose. @type {Readonly<{rows: [number, number], cols: [number, number]}>} */
export const GRID_LIMITS = Object.freeze({ rows: [2, 6], cols: [2, 8] });

/**
 * Screen classes: the grid used when the teacher leaves it to the screen (`auto`), and the largest
 * grid that still gives every card a target of at least 48 px there.
 */
export const SCREENS = Object.freeze({
  phone: { auto: { rows: 3, cols: 4 }, max: { rows: 5, cols: 4 } },
  short: { auto: { rows: 2, cols: 5 }, max: { rows: 3, cols: 8 } },
  tablet: { auto: { rows: 4, cols: 6 }, max: { rows: 6, cols: 8 } },
});

/**
 * The class of a screen. Breakpoints, not exact sizes, so a browser bar that comes and goes never
 * changes the grid; a tablet has the same grid in both orientations, so turning it moves nothing.
 * @param {number} width CSS px @param {number} height CSS px
 * @returns {'phone'|'short'|'tablet'}
 */
export function screenClass(width, height) {
  if (width <= 600) return 'phone';
  if (height < 560) return 'short';
  return 'tablet';
}

/**
 * The grid in force: the teacher's rows × columns (clamped to what the screen can hold), or the
 * screen's own when the teacher chose none (0).
 * @param {{rows?: number, cols?: number}|undefined} setting
 * @param {'phone'|'short'|'tablet'} screen
 * @returns {{rows: number, cols: number, auto: boolean, clamped: boolean}}
 */
export function gridFor(setting, screen) {
  const { auto, max } = SCREENS[screen] || SCREENS.tablet;
  const rows = Math.trunc(Number(setting?.rows) || 0);
  const cols = Math.trunc(Number(setting?.cols) || 0);
  if (!rows || !cols) return { ...auto, auto: true, clamped: false };
  const fit = (value, [low, high], most) => Math.min(Math.max(value, low), high, most);
  const grid = { rows: fit(rows, GRID_LIMITS.rows, max.rows), cols: fit(cols, GRID_LIMITS.cols, max.cols) };
  return { ...grid, auto: false, clamped: grid.rows !== rows || grid.cols !== cols };
}

/**
 * How many pages `count` cards fill (at least one, so an empty category still has its page).
 * @param {number} count @param {{rows: number, cols: number}} grid
 */
export function pageCount(count, grid) {
  return Math.max(1, Math.ceil(count / (grid.rows * grid.cols)));
}

/**
 * Where the card at `index` (in the category's order) sits.
 * @param {number} index @param {{rows: number, cols: number}} grid
 * @returns {{page: number, row: number, col: number}} all from 0
 */
export function placeOf(index, grid) {
  const perPage = grid.rows * grid.cols;
  const cell = index % perPage;
  return { page: Math.floor(index / perPage), row: Math.floor(cell / grid.cols), col: cell % grid.cols };
}

/**
 * The cards on one page, each with its cell.
 * @template T
 * @param {T[]} cards @param {number} page from 0 @param {{rows: number, cols: number}} grid
 * @returns {Array<{card: T, row: number, col: number}>}
 */
export function pageCards(cards, page, grid) {
  const perPage = grid.rows * grid.cols;
  return cards.slice(page * perPage, (page + 1) * perPage).map((card, i) => {
    const { row, col } = placeOf(page * perPage + i, grid);
    return { card, row, col };
  });
}

/**
 * A page number kept within the pages there are.
 * @param {number} page @param {number} count pages
 */
export function clampPage(page, count) {
  return Math.min(Math.max(0, Math.trunc(page) || 0), Math.max(0, count - 1));
}

/**
 * The board on paper: a communication board to point at while the tablet is charging. Each page of
 * each category becomes one A4 landscape sheet with the category's name, the grammar row, and the
 * cards in the same cells as on the screen (pages.js), pictures with their labels. The stylesheet's
 * print rules show only this sheet.
 */
import { pageCards, pageCount } from './pages.js';
import { symbolsDrawn } from './symbols.js';
import { picture } from './view.js';

/**
 * Draws the sheets into #print-sheet and waits until their pictures are loaded.
 * @param {Document} doc
 * @param {{categories: Array<{category: object, cards: object[]}>, grammar: object[], grid: {rows: number, cols: number}}} board
 * @returns {Promise<number>} the number of sheets
 */
export async function renderPrint(doc, { categories, grammar, grid }) {
  const sheet = doc.getElementById('print-sheet');
  const pages = [];
  for (const { category, cards } of categories) {
    if (!cards.length) continue;
    const count = pageCount(cards.length, grid);
    for (let page = 0; page < count; page += 1) {
      const section = doc.createElement('section');
      section.className = 'print-page';
      const head = doc.createElement('header');
      head.className = 'print-head';
      const title = doc.createElement('h2');
      title.className = 'print-title';
      title.append(picture(category, 'print-title-picture'), doc.createTextNode(category.name));
      const where = doc.createElement('span');
      where.className = 'print-where';
      where.textContent = count > 1 ? `${page + 1} / ${count}쪽` : '';
      const brand = doc.createElement('span');
      brand.className = 'print-brand';
      brand.textContent = '말모이';
      head.append(title, where, brand);
      const row = doc.createElement('div');
      row.className = 'print-grammar';
      row.append(...grammar.map((card) => printCard(doc, card)));
      const cells = doc.createElement('div');
      cells.className = 'print-grid';
      cells.style.setProperty('--rows', String(grid.rows));
      cells.style.setProperty('--cols', String(grid.cols));
      for (const { card, row: r, col } of pageCards(cards, page, grid)) {
        const item = printCard(doc, card);
        item.style.gridRow = String(r + 1);
        item.style.gridColumn = String(col + 1);
        cells.append(item);
      }
      section.append(head, row, cells);
      pages.push(section);
    }
  }
  sheet.replaceChildren(...pages);
  // Printed only once every picture is there: the teacher's photos decoded, the symbols drawn.
  await Promise.all([...sheet.querySelectorAll('img')].map((img) => (img.complete ? null : img.decode().catch(() => {}))));
  await symbolsDrawn();
  return pages.length;
}

function printCard(doc, card) {
  const item = doc.createElement('div');
  item.className = 'print-card';
  item.dataset.pos = card.pos || 'noun';
  const label = doc.createElement('span');
  label.className = 'print-label';
  label.textContent = card.label;
  item.append(picture(card, 'print-picture'), label);
  return item;
}

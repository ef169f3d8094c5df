/**
 * The 도구·정보 panel: the particle checker link, printing the board on paper (a low-tech backup for
 * when the tablet is charging), where the deck and settings are kept, and the credits.
 */
import { tabCategories } from './deck.js';
import { option } from './teacher-parts.js';

/**
 * @param {Document} doc
 * @param {object} actions see app.js
 */
export function createToolsPanel(doc, actions) {
  const printCategory = /** @type {HTMLSelectElement} */ (doc.getElementById('print-category'));
  doc.getElementById('print-board').addEventListener('click', () => actions.printBoard(printCategory.value));

  return {
    render() {
      const { deck, storePersistent, storePersisted } = actions.getState();
      const chosen = printCategory.value;
      printCategory.replaceChildren(option('', '모든 분류'), ...tabCategories(deck).map((c) => option(c.id, c.name)));
      printCategory.value = [...printCategory.options].some((o) => o.value === chosen) ? chosen : '';
      doc.getElementById('storage-note').textContent = storePersistent
        ? `카드와 설정은 이 기기(브라우저)에 저장돼요. 새로 고치거나 창을 닫아도 남아 있어요.${storePersisted
          ? ' 브라우저가 공간이 모자라도 지우지 않도록 보호하고 있어요.' : ''}`
        : '이 브라우저는 저장을 막고 있어요. 창을 닫으면 바꾼 내용이 사라지니 내보내기로 보관해 주세요.';
    },
  };
}

/**
 * The 가져오기·내보내기 panel: export the deck as .obz or .obf, import a board file, and go back to the
 * default deck. The work is app.js's (actions.exportDeck, importDeck, resetDeck); this panel asks and
 * reports.
 */
import { confirmDialog } from './teacher-parts.js';

/**
 * @param {Document} doc
 * @param {object} actions see app.js
 * @param {{refresh: () => void}} teacher  redraws the open panel after an import or a reset
 */
export function createFilesPanel(doc, actions, teacher) {
  const $ = (id) => doc.getElementById(id);
  const importMessage = $('import-message');

  $('export-obz').addEventListener('click', () => actions.exportDeck('obz'));
  $('export-obf').addEventListener('click', () => actions.exportDeck('obf'));
  $('import-file').addEventListener('change', async (event) => {
    const input = event.target;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    importMessage.className = 'import-message';
    importMessage.textContent = '읽는 중…';
    const outcome = await actions.importDeck(file);
    importMessage.classList.add(outcome.ok ? 'ok' : 'problem');
    importMessage.textContent = outcome.message;
    teacher.refresh();
  });
  $('reset-deck').addEventListener('click', async () => {
    if (!(await confirmDialog(doc, '기본 낱말판으로 되돌릴까요? 선생님이 만든 카드와 분류는 사라져요.'))) return;
    await actions.resetDeck();
    importMessage.className = 'import-message ok';
    importMessage.textContent = '기본 낱말판으로 되돌렸어요.';
    teacher.refresh();
  });

  return {
    render() {},
    /** A panel was chosen: an old import message no longer applies. */
    shown() {
      importMessage.textContent = '';
    },
  };
}

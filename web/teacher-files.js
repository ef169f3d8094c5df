/**
 * The 가져오기·내보내기 panel: export the deck as .obz or .obf; import a board file through a preview
 * (what the file holds, what will be left out and why, then Add, Replace or Cancel) and undo it at
 * once (가져오기 취소); the snapshots of the deck (list, keep now, restore); an unreadable stored deck
 * that was set aside (download, clear); and going back to the default deck. The work is app.js's
 * (actions.readImport, applyImport, undo, …), which never rejects: this panel asks and reports.
 */
import { confirmDialog, iconButton } from './teacher-parts.js';

/** Said after the date; the others say what they were kept before in their names. */
const REASONS = { manual: '직접 보관' };

/**
 * @param {Document} doc
 * @param {object} actions see app.js
 * @param {{refresh: () => void}} teacher  redraws the open panel after an import or a reset
 */
export function createFilesPanel(doc, actions, teacher) {
  /** The page's controls by id (index.html has them all), read by name (form.elements.pos …). @param {string} id @returns {any} */
  const $ = (id) => doc.getElementById(id);
  const message = $('import-message');
  const undoButton = $('import-undo');
  const fileInput = $('import-file');
  const snapshotList = $('snapshot-list');
  const preview = importPreview(doc);

  /** Shows an outcome: {ok, message, undo?} (undo: the label of the button that takes it back). */
  const show = (outcome) => {
    message.className = `import-message ${outcome.ok ? 'ok' : 'problem'}`;
    message.textContent = outcome.message;
    undoButton.hidden = !outcome.undo;
    if (outcome.undo) undoButton.querySelector('span').textContent = outcome.undo;
  };
  const busy = (text) => {
    message.className = 'import-message busy';
    message.textContent = text;
    undoButton.hidden = true;
  };

  $('export-obz').addEventListener('click', () => actions.exportDeck('obz'));
  $('export-obf').addEventListener('click', () => actions.exportDeck('obf'));

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    fileInput.disabled = true;
    busy('읽는 중…');
    try {
      const read = await actions.readImport(file);
      if (!read.ok) {
        show(read);
        return;
      }
      const choice = await preview.ask(read.preview);
      if (!choice) {
        actions.cancelImport();
        show({ ok: false, message: '가져오지 않았어요. 지금 낱말판은 그대로예요.' });
        return;
      }
      busy(choice.remote === 'inline' ? '인터넷 그림을 받는 중…' : '가져오는 중…');
      show(await actions.applyImport(choice));
    } catch {
      // actions never reject; this is the last guard so the panel is never stuck at 읽는 중…
      show({ ok: false, message: '가져오지 못했어요. 지금 낱말판은 그대로예요.' });
    } finally {
      fileInput.disabled = false;
      teacher.refresh();
    }
  });

  undoButton.addEventListener('click', async () => {
    undoButton.disabled = true;
    show(await actions.undo());
    undoButton.disabled = false;
    teacher.refresh();
  });

  $('snapshot-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = $('snapshot-name');
    show(await actions.saveSnapshot(input.value));
    input.value = '';
    teacher.refresh();
  });

  snapshotList.addEventListener('click', async (event) => {
    const button = /** @type {HTMLElement|null} */ (/** @type {Element} */ (event.target).closest('button[data-action="restore"]'));
    if (!button) return;
    const item = button.closest('li');
    const name = item.querySelector('b').textContent;
    if (!(await confirmDialog(doc, `보관본 "${name}"(으)로 되돌릴까요? 지금 낱말판은 보관본으로 남아요.`))) return;
    show(await actions.restoreSnapshot(Number(item.dataset.snapshotId)));
    teacher.refresh();
  });

  $('reset-deck').addEventListener('click', async () => {
    if (!(await confirmDialog(doc, '기본 낱말판으로 되돌릴까요? 지금 낱말판은 보관본으로 남아요.'))) return;
    show(await actions.resetDeck());
    teacher.refresh();
  });

  $('aside-export').addEventListener('click', () => actions.exportDeckAside());
  $('aside-clear').addEventListener('click', async () => {
    if (!(await confirmDialog(doc, '읽을 수 없던 낱말판을 지울까요? 내려받지 않았다면 다시 찾을 수 없어요.'))) return;
    show(await actions.clearDeckAside());
    teacher.refresh();
  });

  let drawing = 0;
  async function render() {
    const mine = ++drawing;
    const [snapshots, aside] = await Promise.all([actions.listSnapshots(), actions.getDeckAside()]);
    if (mine !== drawing) return; // a newer redraw started
    snapshotList.replaceChildren(...snapshots.map((snapshot) => snapshotItem(doc, snapshot)));
    if (!snapshots.length) {
      const empty = doc.createElement('li');
      empty.className = 'panel-note';
      empty.textContent = '아직 보관본이 없어요.';
      snapshotList.append(empty);
    }
    $('deck-aside').hidden = !aside;
    if (aside) {
      $('deck-aside-text').textContent = `${when(aside.at)}에 저장되어 있던 낱말판을 읽을 수 없어서 따로 보관했어요. 지금은 기본 낱말판을 써요. 파일로 내려받아 두고 도움을 받을 수 있어요.`;
    }
  }

  return {
    render,
    /** A panel was chosen: an old message no longer applies. */
    shown() {
      message.textContent = '';
      message.className = 'import-message';
      undoButton.hidden = true;
    },
  };
}

function snapshotItem(doc, snapshot) {
  const item = doc.createElement('li');
  item.className = 'item';
  item.dataset.snapshotId = String(snapshot.id);
  const text = doc.createElement('span');
  text.className = 'item-text';
  const name = doc.createElement('b');
  name.textContent = snapshot.name;
  const meta = doc.createElement('small');
  meta.textContent = [when(snapshot.at), REASONS[snapshot.reason] || '', `카드 ${snapshot.cards}장 · 분류 ${snapshot.categories}개`]
    .filter(Boolean).join(' · ');
  text.append(name, meta);
  const restore = iconButton('undo', `${snapshot.name} 보관본으로 되돌리기`, 'restore');
  restore.classList.add('labelled');
  const label = doc.createElement('span');
  label.textContent = '되돌리기';
  restore.append(label);
  item.append(text, restore);
  return item;
}

/** A date and time the way a Korean teacher reads it. */
function when(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString('ko-KR', { month: 'long', day: 'numeric', weekday: 'short', hour: 'numeric', minute: '2-digit' });
}

/** The preview dialog: shows what a file holds and asks how to import it. */
function importPreview(doc) {
  /** The page's controls by id (index.html has them all), read by name (form.elements.pos …). @param {string} id @returns {any} */
  const $ = (id) => doc.getElementById(id);
  const dialog = $('import-preview');
  const form = $('import-form');
  return {
    /**
     * @param {object} preview from actions.readImport
     * @returns {Promise<{mode: 'add'|'replace', remote: 'inline'|'drop'}|null>} null: cancelled
     */
    ask(preview) {
      $('import-preview-file').textContent = `${preview.fileName || '파일'} — "${preview.name}"`;
      $('import-preview-holds').textContent = `이 파일에 든 것: ${preview.holds}`;
      $('import-preview-boards-title').textContent = `낱말판 ${preview.boards.length}개 보기`;
      $('import-preview-boards').replaceChildren(...preview.boards.map((board) => {
        const item = doc.createElement('li');
        item.textContent = `${board.name} — 카드 ${board.cards}장`;
        return item;
      }));
      const skipped = $('import-preview-skipped');
      skipped.replaceChildren(...preview.skipped.map((line) => {
        const item = doc.createElement('li');
        item.dataset.code = line.code;
        item.textContent = line.text;
        return item;
      }));
      if (!preview.skipped.length) {
        const item = doc.createElement('li');
        item.textContent = '없어요. 모두 가져와요.';
        skipped.append(item);
      }
      $('import-preview-remote').hidden = !preview.remote;
      $('import-preview-remote-title').textContent = `인터넷에 있는 그림 ${preview.remote}개`;
      form.elements.remote.value = 'drop';
      const add = form.querySelector('input[name="mode"][value="add"]');
      add.disabled = Boolean(preview.addProblem);
      $('import-preview-add-problem').textContent = preview.addProblem ? `더할 수 없어요: ${preview.addProblem}` : '';
      form.elements.mode.value = preview.addProblem ? 'replace' : 'add';
      dialog.returnValue = '';
      dialog.showModal();
      dialog.querySelector('.sheet-body').scrollTop = 0;
      return new Promise((resolve) => {
        dialog.addEventListener('close', () => {
          resolve(dialog.returnValue === 'import'
            ? { mode: form.elements.mode.value, remote: preview.remote ? form.elements.remote.value : 'drop' }
            : null);
        }, { once: true });
      });
    },
  };
}

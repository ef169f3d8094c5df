/**
 * The 말하기·화면 panel: speech (speak on tap, rate, voice), the board's grid (rows × columns, or
 * the screen's own) and the repeat-tap guard, the child's tools (지난 말, 저장, 글자, next-card hints),
 * switch scanning and the teacher lock's PIN.
 */
import { GRID_LIMITS } from './pages.js';
import { option } from './teacher-parts.js';

/**
 * @param {Document} doc
 * @param {object} actions see app.js
 */
export function createDisplayPanel(doc, actions) {
  /** The page's controls by id (index.html has them all), read by name (form.elements.pos …). @param {string} id @returns {any} */
  const $ = (id) => doc.getElementById(id);
  const displayForm = $('display-form');
  const range = ([low, high]) => Array.from({ length: high - low + 1 }, (_, i) => String(low + i));
  for (const n of range(GRID_LIMITS.rows)) displayForm.elements.gridRows.append(option(n, `${n}줄`));
  for (const n of range(GRID_LIMITS.cols)) displayForm.elements.gridCols.append(option(n, `${n}칸`));

  const syncDisplay = () => {
    const f = displayForm.elements;
    $('rate-out').textContent = `${Number(f.rate.value).toFixed(1)}배`;
    $('scan-speed-out').textContent = `${Number(f.scanSeconds.value).toFixed(2).replace(/0$/, '')}초`;
    const repeat = Number(f.repeatMs.value);
    $('repeat-ms-out').textContent = repeat ? `${(repeat / 1000).toFixed(2).replace(/0$/, '')}초` : '끄기';
    f.gridRows.disabled = f.gridAuto.checked;
    f.gridCols.disabled = f.gridAuto.checked;
  };
  displayForm.addEventListener('input', syncDisplay);
  $('voice-test').addEventListener('click', () => {
    const f = displayForm.elements;
    actions.testVoice({ rate: Number(f.rate.value), voiceURI: f.voice.value });
  });
  displayForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const f = displayForm.elements;
    const pin = f.pin.value.trim();
    if (pin && !/^[0-9]{4,8}$/.test(pin)) {
      $('display-saved').textContent = '비밀번호는 숫자 4~8자리로 적어 주세요.';
      return;
    }
    await actions.saveDisplaySettings({
      speech: { onTap: f.speakOnTap.checked, rate: Number(f.rate.value), voiceURI: f.voice.value },
      board: {
        rows: f.gridAuto.checked ? 0 : Number(f.gridRows.value),
        cols: f.gridAuto.checked ? 0 : Number(f.gridCols.value),
        repeatMs: Number(f.repeatMs.value),
      },
      scan: { enabled: f.scanEnabled.checked, mode: f.scanMode.value, intervalMs: Math.round(Number(f.scanSeconds.value) * 1000) },
      pin: f.pinClear.checked ? '' : pin || undefined,
      tools: { history: f.toolHistory.checked, favourite: f.toolFavourite.checked, keyboard: f.toolKeyboard.checked, hints: f.hints.checked },
    });
    f.pin.value = '';
    f.pinClear.checked = false;
    $('display-saved').textContent = '저장했어요.';
    renderDisplay();
  });

  function renderDisplay() {
    const { settings, voices } = actions.getState();
    const f = displayForm.elements;
    f.speakOnTap.checked = settings.speech.onTap;
    f.rate.value = String(settings.speech.rate);
    f.voice.replaceChildren(option('', voices.length ? '기본 한국어 목소리' : '이 기기에는 한국어 목소리가 없어요'),
      ...voices.map((v) => option(v.voiceURI, `${v.name} (${v.lang})`)));
    f.voice.value = voices.some((v) => v.voiceURI === settings.speech.voiceURI) ? settings.speech.voiceURI : '';
    const { grid, screenGrid } = actions.getState();
    f.gridAuto.checked = grid.auto;
    f.gridRows.value = String(grid.rows);
    f.gridCols.value = String(grid.cols);
    $('grid-auto-size').textContent = `이 화면에서는 ${screenGrid.rows}줄 × ${screenGrid.cols}칸`;
    $('grid-note').dataset.clamped = String(grid.clamped);
    $('grid-note').textContent = grid.clamped
      ? `이 화면에는 ${settings.board.rows}줄 × ${settings.board.cols}칸이 다 들어가지 않아서 ${grid.rows}줄 × ${grid.cols}칸으로 보여 줘요.`
      : '카드는 분류 안의 순서대로 쪽을 채워요. 같은 카드는 언제나 같은 쪽, 같은 자리에 있어서 아이가 자리로 카드를 찾을 수 있어요.';
    f.repeatMs.value = String(settings.board.repeatMs);
    f.toolHistory.checked = settings.tools.history;
    f.toolFavourite.checked = settings.tools.favourite;
    f.toolKeyboard.checked = settings.tools.keyboard;
    f.hints.checked = settings.tools.hints;
    f.scanEnabled.checked = settings.scan.enabled;
    f.scanMode.value = settings.scan.mode;
    f.scanSeconds.value = String(settings.scan.intervalMs / 1000);
    f.pin.placeholder = settings.pinHash ? '비밀번호가 있어요 (바꾸려면 새로 적기)' : '';
    f.pinClear.closest('label').hidden = !settings.pinHash;
    syncDisplay();
  }

  return {
    render: renderDisplay,
    /** The teacher area is opening: last visit's "saved" note is stale. */
    opening() {
      $('display-saved').textContent = '';
    },
  };
}

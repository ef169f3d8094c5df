/**
 * The 말하기·화면 panel: speech (speak on tap, rate, voice), card size, switch scanning and the
 * teacher lock's PIN.
 */
import { option } from './teacher-parts.js';

/**
 * @param {Document} doc
 * @param {object} actions see app.js
 */
export function createDisplayPanel(doc, actions) {
  const $ = (id) => doc.getElementById(id);
  const displayForm = $('display-form');

  const syncDisplay = () => {
    const f = displayForm.elements;
    $('rate-out').textContent = `${Number(f.rate.value).toFixed(1)}배`;
    $('scan-speed-out').textContent = `${Number(f.scanSeconds.value).toFixed(2).replace(/0$/, '')}초`;
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
      cardSize: f.cardSize.value,
      scan: { enabled: f.scanEnabled.checked, mode: f.scanMode.value, intervalMs: Math.round(Number(f.scanSeconds.value) * 1000) },
      pin: f.pinClear.checked ? '' : pin || undefined,
    });
    f.pin.value = '';
    f.pinClear.checked = false;
    $('display-saved').textContent = '저장했어요.';
  });

  function renderDisplay() {
    const { settings, voices } = actions.getState();
    const f = displayForm.elements;
    f.speakOnTap.checked = settings.speech.onTap;
    f.rate.value = String(settings.speech.rate);
    f.voice.replaceChildren(option('', voices.length ? '기본 한국어 목소리' : '이 기기에는 한국어 목소리가 없어요'),
      ...voices.map((v) => option(v.voiceURI, `${v.name} (${v.lang})`)));
    f.voice.value = voices.some((v) => v.voiceURI === settings.speech.voiceURI) ? settings.speech.voiceURI : '';
    f.cardSize.value = settings.cardSize;
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

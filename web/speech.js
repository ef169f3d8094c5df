/**
 * Speaking aloud with the browser's speechSynthesis (lang ko-KR). Picks a Korean voice when the
 * device has one (the teacher's choice first), and never throws: a tablet without voices stays silent.
 */

/**
 * @typedef {object} SpeechSettings
 * @property {number} [rate]      0.5 – 1.5 (1 = normal)
 * @property {string} [voiceURI]  a voice the teacher chose; '' = the best Korean voice
 */

/**
 * Where speech comes from: the page (globalThis), or a stand-in in tests.
 * @typedef {{speechSynthesis?: SpeechSynthesis, SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance}} SpeechHost
 */

/** @param {SpeechHost} [win] */
function synth(win = globalThis) {
  return win.speechSynthesis && typeof win.SpeechSynthesisUtterance === 'function' ? win.speechSynthesis : null;
}

/**
 * The Korean voices on this device, the default one first.
 * @param {SpeechHost} [win]
 * @returns {SpeechSynthesisVoice[]}
 */
export function koreanVoices(win = globalThis) {
  const s = synth(win);
  if (!s) return [];
  const voices = s.getVoices().filter((v) => /^ko(\b|[-_])/i.test(v.lang));
  return voices.sort((a, b) => Number(b.default) - Number(a.default) || Number(b.localService) - Number(a.localService));
}

/**
 * Calls `listener` whenever the list of voices changes (it loads late on many browsers).
 * @param {() => void} listener
 * @param {SpeechHost} [win]
 */
export function onVoicesChanged(listener, win = globalThis) {
  const s = synth(win);
  if (s && typeof s.addEventListener === 'function') s.addEventListener('voiceschanged', listener);
}

/** Whether this device can speak at all. @param {SpeechHost} [win] */
export function canSpeak(win = globalThis) {
  return Boolean(synth(win));
}

/**
 * Speaks `text`, cancelling anything still being spoken (a new tap always wins).
 * @param {string} text
 * @param {SpeechSettings} [settings]
 * @param {SpeechHost} [win]
 * @returns {boolean} whether it was handed to the speech engine
 */
export function speak(text, settings = {}, win = globalThis) {
  const s = synth(win);
  const words = String(text || '').trim();
  if (!s || !words) return false;
  try {
    s.cancel();
    const utterance = new win.SpeechSynthesisUtterance(words);
    utterance.lang = 'ko-KR';
    utterance.rate = clamp(Number(settings.rate) || 1, 0.5, 1.5);
    const voices = koreanVoices(win);
    const chosen = voices.find((v) => v.voiceURI === settings.voiceURI) || voices[0];
    if (chosen) utterance.voice = chosen;
    s.speak(utterance);
    return true;
  } catch {
    return false;
  }
}

/** Stops speaking. @param {SpeechHost} [win] */
export function stopSpeaking(win = globalThis) {
  try {
    synth(win)?.cancel();
  } catch {
    // Nothing to stop.
  }
}

function clamp(value, low, high) {
  return Math.min(high, Math.max(low, value));
}

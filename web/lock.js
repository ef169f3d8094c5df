/**
 * The teacher lock: a button that opens only when held for a while (2 s by default), with a ring that
 * fills while it is held, and an optional PIN asked after that. It keeps a child from opening the
 * teacher area by chance; it is not a security boundary against an adult with the device.
 */

/**
 * Makes `button` act on a long press only (pointer, touch, or a held Space/Enter key).
 * @param {HTMLElement} button
 * @param {{holdMs?: number, onOpen: () => void, onShortPress?: () => void}} options
 * @returns {() => void} detach
 */
export function attachLongPress(button, { holdMs = 2000, onOpen, onShortPress }) {
  let started = 0;
  let frame = 0;
  let done = false;

  const progress = (value) => button.style.setProperty('--hold', String(value));
  const tick = () => {
    const fraction = Math.min(1, (performance.now() - started) / holdMs);
    progress(fraction);
    if (fraction >= 1) {
      done = true;
      started = 0;
      button.classList.remove('holding');
      progress(0);
      onOpen();
      return;
    }
    frame = requestAnimationFrame(tick);
  };
  const begin = () => {
    if (started) return;
    started = performance.now();
    done = false;
    button.classList.add('holding');
    frame = requestAnimationFrame(tick);
  };
  const end = (cancelled) => {
    if (!started) return;
    cancelAnimationFrame(frame);
    const short = !done && !cancelled;
    started = 0;
    button.classList.remove('holding');
    progress(0);
    if (short) onShortPress?.();
  };

  const onPointerDown = (event) => {
    if (event.button !== 0) return;
    button.setPointerCapture?.(event.pointerId);
    begin();
  };
  const onPointerUp = () => end(false);
  const onPointerCancel = () => end(true);
  const onKeyDown = (event) => {
    if (event.key !== ' ' && event.key !== 'Enter') return;
    event.preventDefault();
    if (!event.repeat) begin();
  };
  const onKeyUp = (event) => {
    if (event.key === ' ' || event.key === 'Enter') end(false);
  };
  // A click (e.g. from assistive technology) is a short press: it never opens by itself.
  const onClick = (event) => event.preventDefault();
  const onContextMenu = (event) => event.preventDefault();

  button.addEventListener('pointerdown', onPointerDown);
  button.addEventListener('pointerup', onPointerUp);
  button.addEventListener('pointercancel', onPointerCancel);
  button.addEventListener('lostpointercapture', onPointerUp);
  button.addEventListener('keydown', onKeyDown);
  button.addEventListener('keyup', onKeyUp);
  button.addEventListener('blur', onPointerCancel);
  button.addEventListener('click', onClick);
  button.addEventListener('contextmenu', onContextMenu);
  return () => {
    for (const [type, fn] of /** @type {Array<[string, (event: any) => void]>} */ ([['pointerdown', onPointerDown], ['pointerup', onPointerUp], ['pointercancel', onPointerCancel],
      ['lostpointercapture', onPointerUp], ['keydown', onKeyDown], ['keyup', onKeyUp], ['blur', onPointerCancel],
      ['click', onClick], ['contextmenu', onContextMenu]])) {
      button.removeEventListener(type, fn);
    }
  };
}

/**
 * A salted hash of a PIN, so the settings never hold the PIN itself. (A child lock: a fast
 * non-cryptographic hash is enough, and it works on plain-http LAN pages where crypto.subtle is absent.)
 * @param {string} pin @param {string} salt
 */
export function hashPin(pin, salt) {
  const text = `${salt}:${pin}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A fresh salt for a new PIN. */
export function newSalt() {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether `pin` matches the settings' PIN (true when no PIN is set).
 * @param {string} pin @param {{pinHash?: string, pinSalt?: string}} settings
 */
export function pinMatches(pin, settings) {
  if (!settings.pinHash) return true;
  return hashPin(String(pin), settings.pinSalt || '') === settings.pinHash;
}

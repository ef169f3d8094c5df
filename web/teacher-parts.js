/**
 * The small pieces every teacher panel is built from: a select option, an icon button for a list row,
 * and the page's own yes/no dialog.
 */
import { glyph } from './glyphs.js';

/**
 * A yes/no question in the page's own dialog.
 * @param {Document} doc @param {string} text
 * @returns {Promise<boolean>}
 */
export function confirmDialog(doc, text) {
  const dialog = /** @type {HTMLDialogElement} */ (doc.getElementById('confirm'));
  dialog.dataset.kind = 'confirm';
  doc.getElementById('confirm-title').textContent = '확인';
  doc.getElementById('confirm-text').textContent = text;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
  });
}

/**
 * A message the teacher must see (a change that could not be saved), in the same dialog with only 확인.
 * @param {Document} doc @param {string} text
 * @returns {Promise<void>}
 */
export function alertDialog(doc, text) {
  const dialog = /** @type {HTMLDialogElement} */ (doc.getElementById('confirm'));
  dialog.dataset.kind = 'alert';
  doc.getElementById('confirm-title').textContent = '알림';
  doc.getElementById('confirm-text').textContent = text;
  dialog.returnValue = '';
  if (!dialog.open) dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(), { once: true });
  });
}

/** @param {string} value @param {string} text */
export function option(value, text) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = text;
  return element;
}

/**
 * A square button with an icon, named for a screen reader by `label`, acting by `data-action`.
 * @param {Parameters<typeof glyph>[0]} icon a glyphs.js name @param {string} label @param {string} action @param {boolean} [disabled]
 */
export function iconButton(icon, label, action, disabled = false) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'icon-button';
  button.dataset.action = action;
  button.setAttribute('aria-label', label);
  button.title = label;
  button.disabled = disabled;
  button.append(glyph(icon));
  return button;
}

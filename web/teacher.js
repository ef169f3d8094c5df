/**
 * Owns the teacher area's shell: its tabs, its close buttons, opening and redrawing. Each panel is its
 * own small factory (teacher-cards.js, teacher-categories.js, teacher-sentence.js, teacher-display.js,
 * teacher-files.js, teacher-tools.js) that binds its part of index.html and returns `render`.
 * Nothing here changes the deck or settings: every change goes through `actions` (app.js).
 */
import { fillGlyphs } from './glyphs.js';
import { createCardsPanel } from './teacher-cards.js';
import { createCategoriesPanel } from './teacher-categories.js';
import { createSentencePanel } from './teacher-sentence.js';
import { createDisplayPanel } from './teacher-display.js';
import { createFilesPanel } from './teacher-files.js';
import { createToolsPanel } from './teacher-tools.js';

export { confirmDialog, alertDialog } from './teacher-parts.js';

/**
 * @param {Document} doc
 * @param {object} actions see app.js
 */
export function createTeacher(doc, actions) {
  /** The page's controls by id (index.html has them all), read by name (form.elements.pos …). @param {string} id @returns {any} */
  const $ = (id) => doc.getElementById(id);
  const dialog = $('teacher');
  fillGlyphs(dialog);
  fillGlyphs($('card-editor'));

  const tabButtons = [...dialog.querySelectorAll('.teacher-tabs [role="tab"]')];
  const selectedPanel = () => tabButtons.find((b) => b.getAttribute('aria-selected') === 'true')?.dataset.panel;
  const refresh = () => panels[selectedPanel()]?.render();
  /** @type {Record<string, {render: () => void, shown?: () => void, opening?: () => void, editing?: boolean}>} by panel element id */
  const panels = {
    'panel-cards': createCardsPanel(doc, actions),
    'panel-categories': createCategoriesPanel(doc, actions),
    'panel-sentence': createSentencePanel(doc, actions),
    'panel-display': createDisplayPanel(doc, actions),
    'panel-files': createFilesPanel(doc, actions, { refresh }),
    'panel-tools': createToolsPanel(doc, actions),
  };

  for (const button of tabButtons) {
    button.id = `tab-${button.dataset.panel}`;
    button.setAttribute('aria-controls', button.dataset.panel);
    const panel = $(button.dataset.panel);
    panel.removeAttribute('aria-label');
    panel.setAttribute('aria-labelledby', button.id);
  }
  const showPanel = (panelId) => {
    for (const button of tabButtons) {
      const on = button.dataset.panel === panelId;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
      $(button.dataset.panel).hidden = !on;
    }
    for (const panel of Object.values(panels)) panel.shown?.();
    refresh();
  };
  for (const button of tabButtons) button.addEventListener('click', () => showPanel(button.dataset.panel));
  // The WAI-ARIA tabs pattern: arrows select the previous or next tab, Home and End the first and last.
  dialog.querySelector('.teacher-tabs').addEventListener('keydown', (event) => {
    const keys = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 };
    const at = tabButtons.indexOf(event.target);
    if (at === -1 || (!(event.key in keys) && event.key !== 'Home' && event.key !== 'End')) return;
    event.preventDefault();
    let next = at + (keys[event.key] || 0);
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = tabButtons.length - 1;
    const target = tabButtons[(next + tabButtons.length) % tabButtons.length];
    showPanel(target.dataset.panel);
    target.focus();
  });

  return {
    /** Opens the teacher area at the panel it was last on. */
    open() {
      for (const panel of Object.values(panels)) panel.opening?.();
      showPanel(selectedPanel() || 'panel-cards');
      dialog.showModal();
    },
    get isOpen() {
      return dialog.open || panels['panel-cards'].editing;
    },
    /** Redraws the open panel (e.g. after voices load or the server answers). */
    refresh,
    /** @param {() => void} listener called when the teacher area closes */
    onClose(listener) {
      dialog.addEventListener('close', listener);
    },
  };
}

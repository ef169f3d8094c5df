/**
 * One-switch scanning, as AAC users know it: a highlight steps through the screen on its own, and one
 * switch (Space or Enter, or the big on-screen switch) chooses. Row-column scanning highlights a whole
 * row first, then the items of the chosen row; linear scanning steps through every item in turn.
 * After a choice scanning starts again from the top, or where `resumeAt` says (a new page of cards
 * is scanned from its first row: that is what the child opened it for).
 */

/**
 * @param {object} options
 * @param {() => HTMLElement[][]} options.getGroups  rows of choosable elements, as laid out now
 * @param {number} [options.intervalMs]  time on each step
 * @param {'rowcol'|'linear'} [options.mode]
 * @param {number} [options.loops]  full passes over a row's items before going back to rows
 * @param {(chosen: HTMLElement, groups: HTMLElement[][]) => number} [options.resumeAt]  the row to
 *   start from after `chosen` was clicked (-1: the top)
 */
export function createScanner({ getGroups, intervalMs = 1500, mode = 'rowcol', loops = 2, resumeAt = () => -1 }) {
  let timer = null;
  let level = 'rows'; // rows | items
  let groups = [];
  let row = -1;
  let item = -1;
  let passes = 0;
  const marked = new Set();

  function clear() {
    for (const element of marked) element.classList.remove('scan-row', 'scan-item');
    marked.clear();
  }

  function mark(elements, className) {
    clear();
    for (const element of elements) {
      element.classList.add(className);
      marked.add(element);
    }
    elements[0]?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  function items() {
    return mode === 'linear' ? groups.flat() : groups[row] || [];
  }

  function step() {
    if (level === 'rows') {
      groups = getGroups().filter((g) => g.length);
      if (!groups.length) return;
      row = (row + 1) % groups.length;
      mark(groups[row], 'scan-row');
      return;
    }
    const list = items();
    if (!list.length) {
      reset();
      return;
    }
    item += 1;
    if (item >= list.length) {
      item = 0;
      passes += 1;
      // Nothing chosen after a few passes: the child may have picked the wrong row; go back up.
      if (mode === 'rowcol' && passes >= loops) {
        reset();
        step();
        return;
      }
    }
    mark([list[item]], 'scan-item');
  }

  function reset() {
    level = mode === 'linear' ? 'items' : 'rows';
    row = -1;
    item = -1;
    passes = 0;
    if (mode === 'linear') groups = getGroups().filter((g) => g.length);
    clear();
  }

  /** Sets the scan up so that its next step lands on the row `resumeAt` gives for `chosen`. */
  function resume(chosen) {
    const fresh = getGroups().filter((g) => g.length);
    const at = resumeAt(chosen, fresh);
    if (mode === 'linear') {
      groups = fresh;
      if (at > 0) item = fresh.slice(0, at).flat().length - 1;
    } else if (at > 0) {
      row = at - 1;
    }
  }

  function restartTimer() {
    clearInterval(timer);
    timer = setInterval(step, intervalMs);
  }

  return {
    /** Starts (or restarts) scanning from the top. */
    start() {
      reset();
      step();
      restartTimer();
    },
    /** Stops scanning and removes every highlight. */
    stop() {
      clearInterval(timer);
      timer = null;
      clear();
    },
    get running() {
      return timer !== null;
    },
    /**
     * The switch was pressed: choose the highlighted row (its first item is highlighted at once) or
     * the highlighted item (it is clicked, and scanning starts again from the top).
     */
    press() {
      if (!timer) return;
      let chosen = null;
      if (level === 'rows') {
        if (!groups[row]) return;
        if (groups[row].length === 1) {
          chosen = groups[row][0];
        } else {
          level = 'items';
          item = -1;
          passes = 0;
        }
      } else {
        chosen = items()[item];
        if (!chosen) return;
      }
      if (chosen) {
        reset();
        chosen.click();
        resume(chosen);
      }
      // One step: the first item of the chosen row, or the row (linear: the item) to start from.
      step();
      restartTimer();
    },
    /**
     * The screen was drawn again (new elements, perhaps other rows: a tab or a card chosen by touch
     * while scanning): keep the place (the same row or item, found by its id) and mark it again.
     */
    refresh() {
      if (!timer) return;
      const key = (element) => element?.id || element?.dataset?.cardId || '';
      const was = level === 'rows' ? key(groups[row]?.[0]) : key(items()[item]);
      groups = getGroups().filter((g) => g.length);
      if (level === 'rows') {
        if (row < 0) return;
        const at = groups.findIndex((g) => was && key(g[0]) === was);
        row = at >= 0 ? at : Math.min(row, groups.length - 1);
        if (row >= 0) mark(groups[row], 'scan-row');
        else clear();
        return;
      }
      if (item < 0) return;
      if (mode === 'rowcol') {
        const at = groups.findIndex((g) => g.some((element) => was && key(element) === was));
        if (at >= 0) row = at;
      }
      const list = items();
      if (!list.length) {
        reset();
        step();
        return;
      }
      const same = list.findIndex((element) => was && key(element) === was);
      item = same >= 0 ? same : Math.min(item, list.length - 1);
      mark([list[item]], 'scan-item');
    },
    /** @param {{intervalMs?: number, mode?: 'rowcol'|'linear'}} next */
    configure(next) {
      if (next.intervalMs) intervalMs = next.intervalMs;
      if (next.mode) mode = next.mode;
      if (timer) this.start();
    },
  };
}

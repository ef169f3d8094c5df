/**
 * One-switch scanning, as AAC users know it: a highlight steps through the screen on its own, and one
 * switch (Space or Enter, or the big on-screen switch) chooses. Row-column scanning highlights a whole
 * row first, then the items of the chosen row; linear scanning steps through every item in turn.
 */

/**
 * @param {object} options
 * @param {() => HTMLElement[][]} options.getGroups  rows of choosable elements, as laid out now
 * @param {number} [options.intervalMs]  time on each step
 * @param {'rowcol'|'linear'} [options.mode]
 * @param {number} [options.loops]  full passes over a row's items before going back to rows
 */
export function createScanner({ getGroups, intervalMs = 1500, mode = 'rowcol', loops = 2 }) {
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
    /** The switch was pressed: choose the highlighted row or item. */
    press() {
      if (!timer) return;
      if (level === 'rows') {
        if (row < 0 || !groups[row]) return;
        if (groups[row].length === 1) {
          const only = groups[row][0];
          reset();
          only.click();
        } else {
          level = 'items';
          item = -1;
          passes = 0;
          step();
        }
      } else {
        const chosen = items()[item];
        if (!chosen) return;
        reset();
        chosen.click();
        if (mode === 'linear') groups = getGroups().filter((g) => g.length);
      }
      step();
      restartTimer();
    },
    /** @param {{intervalMs?: number, mode?: 'rowcol'|'linear'}} next */
    configure(next) {
      if (next.intervalMs) intervalMs = next.intervalMs;
      if (next.mode) mode = next.mode;
      if (timer) this.start();
    },
  };
}

import type { KeyboardEvent } from 'react';

export interface TableKeys {
  count: number;
  /** Brings a row into the DOM (virtualized tables) before it is focused. */
  reveal(index: number): void;
  /** Space: select the row (tables without selection leave it out). */
  toggle?(index: number): void;
  remove(index: number): void;
}

/** The row's link that opens it: focusing it moves the table's cursor; Enter on it opens. */
const PRIMARY = '[data-primary]';

const rowIndex = (target: EventTarget): number => {
  const row = (target as HTMLElement).closest<HTMLElement>('tr[data-index]');
  return row ? Number(row.dataset.index) : -1;
};

/**
 * A table from the keyboard: arrows (and Home/End) move between rows, Space selects, Enter opens, Delete asks to
 * remove. Keys typed into a control of the row (a checkbox, a button) keep their own meaning there.
 */
export function tableKeyHandler(keys: TableKeys) {
  return (event: KeyboardEvent<HTMLElement>): void => {
    const index = rowIndex(event.target);
    if (index < 0) return;
    const onControl = (event.target as HTMLElement).matches(`button:not(${PRIMARY}), input, select, textarea`);
    const body = event.currentTarget;
    const go = (next: number) => {
      event.preventDefault();
      const to = Math.max(0, Math.min(keys.count - 1, next));
      keys.reveal(to);
      requestAnimationFrame(() => body.querySelector<HTMLElement>(`tr[data-index="${to}"] ${PRIMARY}`)?.focus());
    };
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown') go(index + 1);
    else if (event.key === 'ArrowUp') go(index - 1);
    else if (event.key === 'Home' && !onControl) go(0);
    else if (event.key === 'End' && !onControl) go(keys.count - 1);
    else if (event.key === ' ' && !onControl && keys.toggle) {
      event.preventDefault();
      keys.toggle(index);
    } else if (event.key === 'Delete' && !onControl) {
      event.preventDefault();
      keys.remove(index);
    }
  };
}

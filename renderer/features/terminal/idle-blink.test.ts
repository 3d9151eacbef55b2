import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BLINK_IDLE_MS, blinkWhileActive } from './idle-blink';

function fakeTerminal() {
  const listeners: (() => void)[] = [];
  const on = (listener: () => void) => { listeners.push(listener); return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) }; };
  return { options: { cursorBlink: false }, onData: on, onWriteParsed: on, fire: () => listeners.forEach((l) => l()), listeners };
}

describe('the cursor blink', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });
  it('blinks while there is input or output and stops after 10 s without either', () => {
    const term = fakeTerminal();
    const dispose = blinkWhileActive(term);
    expect(term.options.cursorBlink).toBe(true);
    vi.advanceTimersByTime(BLINK_IDLE_MS - 1);
    term.fire(); // a key or some output
    vi.advanceTimersByTime(BLINK_IDLE_MS - 1);
    expect(term.options.cursorBlink).toBe(true);
    vi.advanceTimersByTime(1);
    expect(term.options.cursorBlink).toBe(false);
    term.fire();
    expect(term.options.cursorBlink).toBe(true);
    dispose();
    expect(term.listeners).toHaveLength(0);
    vi.advanceTimersByTime(BLINK_IDLE_MS);
    expect(term.options.cursorBlink).toBe(true); // disposed: nothing changes it any more
  });
});

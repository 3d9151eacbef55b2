/** The part of an xterm.js Terminal that the cursor blink needs. */
interface BlinkingTerminal {
  options: { cursorBlink?: boolean };
  onData(listener: () => void): { dispose(): void };
  onWriteParsed(listener: () => void): { dispose(): void };
}

export const BLINK_IDLE_MS = 10_000;

/**
 * The cursor blinks while the shell is in use and stops after 10 s without input or output, as GTK terminals do:
 * every blink is a redraw, 2–3 % of a core with software WebGL. Returns the dispose.
 */
export function blinkWhileActive(term: BlinkingTerminal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wake = () => {
    if (!term.options.cursorBlink) term.options.cursorBlink = true;
    clearTimeout(timer);
    timer = setTimeout(() => { term.options.cursorBlink = false; }, BLINK_IDLE_MS);
  };
  const subscriptions = [term.onData(wake), term.onWriteParsed(wake)];
  wake();
  return () => {
    clearTimeout(timer);
    for (const s of subscriptions) s.dispose();
  };
}

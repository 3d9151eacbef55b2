import { AsyncQueue } from '../engine/async-queue';

/**
 * Whether the system reports a screen reader. The desktop shell can tell (Chromium's accessibility support, on
 * Windows and macOS); a page in a browser cannot, so the web host reports null.
 */
export interface ScreenReaderSource {
  current(): boolean | null;
  /** Calls back on every change; returns the unsubscribe. */
  subscribe(onChange: (on: boolean) => void): () => void;
}

export const UNREPORTED_SCREEN_READER: ScreenReaderSource = { current: () => null, subscribe: () => () => {} };

/** The current answer, then every change, until the signal aborts. */
export async function* watchScreenReader(source: ScreenReaderSource, signal: AbortSignal): AsyncGenerator<boolean | null> {
  const changes = new AsyncQueue<boolean>();
  const unsubscribe = source.subscribe((on) => changes.push(on));
  try {
    yield source.current();
    yield* changes.iterate(signal);
  } finally {
    unsubscribe();
  }
}

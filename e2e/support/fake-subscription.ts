import { vi } from 'vitest';

interface Handlers<T> { onData?(value: T): void; onError?(err: unknown): void }

/**
 * Stands in for one tRPC subscription call in component tests: records each subscriber with its input, lets the test
 * push data to it, and says whether the component has let go of it.
 */
export function fakeSubscription<I, T>() {
  const subscribers: { input: I; handlers: Handlers<T>; closed: boolean }[] = [];
  const subscribe = vi.fn((input: I, handlers: Handlers<T>) => {
    const entry = { input, handlers, closed: false };
    subscribers.push(entry);
    return { unsubscribe: () => { entry.closed = true; } };
  });
  return { subscribe, subscribers, push: (index: number, value: T) => subscribers[index]!.handlers.onData?.(value) };
}

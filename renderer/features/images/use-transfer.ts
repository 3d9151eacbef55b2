import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerProgress, TransferEvent } from '../../../shared/images';
import { describeError, errorData } from '../../ui/api-error';

export type TransferState =
  | { phase: 'idle' }
  | { phase: 'running'; status: string; layers: LayerProgress[] }
  | { phase: 'done'; status: string; layers: LayerProgress[] }
  | { phase: 'failed'; message: string; layers: LayerProgress[] };

interface Handlers { onData(event: TransferEvent): void; onError(err: unknown): void }
type Subscribe = (handlers: Handlers) => { unsubscribe(): void };

/** A pull or push subscription as dialog state; leaving the dialog or Cancel closes it, which stops the engine's transfer. */
export function useTransfer() {
  const { t } = useTranslation();
  const [state, setState] = useState<TransferState>({ phase: 'idle' });
  const subscription = useRef<{ unsubscribe(): void } | null>(null);
  /** The last snapshot stays on screen after the end: what was moved, and where it stopped. */
  const layers = useRef<LayerProgress[]>([]);
  useEffect(() => () => subscription.current?.unsubscribe(), []);
  const start = (subscribe: Subscribe): void => {
    layers.current = [];
    setState({ phase: 'running', status: '', layers: [] });
    subscription.current = subscribe({
      onData: (event) => {
        if (event.type === 'progress') {
          layers.current = event.layers;
          setState({ phase: 'running', status: event.status, layers: event.layers });
        } else if (event.type === 'done') {
          setState({ phase: 'done', status: event.status, layers: layers.current });
        } else setState({ phase: 'failed', message: describeError(t, event.error), layers: layers.current });
      },
      onError: (err) => setState({ phase: 'failed', message: describeError(t, errorData(err)), layers: layers.current }),
    });
  };
  const cancel = (): void => {
    subscription.current?.unsubscribe();
    setState({ phase: 'idle' });
  };
  return { state, start, cancel, running: state.phase === 'running' };
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/errors';
import type { FileJobEvent } from '../../../shared/image-files';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { formatBytes } from '../../ui/format';
import { JobActions } from './JobActions';

type Handlers = { onData(event: FileJobEvent): void; onError(err: unknown): void };
type State = { phase: 'edit' } | { phase: 'running'; bytes: number; total: number } | { phase: 'done'; results: string[] } | { phase: 'failed'; message: string };

interface FileJobDialogProps {
  title: string;
  submitLabel: string;
  /** The form's fields; `errors` holds what the form or main said about each, translated. */
  children: (errors: Record<string, string>, running: boolean) => ReactNode;
  /** Field problems found before anything is sent. */
  check(): Record<string, Message>;
  start(handlers: Handlers): { unsubscribe(): void };
  onClose(): void;
}

/** Save, load, import and export: bytes streamed between a file and the engine in main, with progress and cancel. */
export function FileJobDialog({ title, submitLabel, children, check, start, onClose }: FileJobDialogProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ phase: 'edit' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const subscription = useRef<{ unsubscribe(): void } | null>(null);
  useEffect(() => () => subscription.current?.unsubscribe(), []);
  const running = state.phase === 'running';
  const translated = (fields: Record<string, Message>) => Object.fromEntries(Object.entries(fields).map(([k, m]) => [k, translate(t, m)]));
  const submit = () => {
    const local = translated(check());
    setErrors(local);
    if (Object.keys(local).length || running) return;
    setState({ phase: 'running', bytes: 0, total: 0 });
    subscription.current = start({
      onData: (event) => {
        if (event.type === 'progress') setState({ phase: 'running', bytes: event.bytes, total: event.total });
        else if (event.type === 'done') setState({ phase: 'done', results: event.results });
        else setState({ phase: 'failed', message: describeError(t, event.error) });
      },
      onError: (err) => {
        const data = errorData(err);
        setErrors(translated(data.fields ?? {}));
        setState(data.fields ? { phase: 'edit' } : { phase: 'failed', message: describeError(t, data) });
      },
    });
  };
  const cancel = () => {
    subscription.current?.unsubscribe();
    setState({ phase: 'failed', message: t('images.files.cancelled') });
  };
  return (
    <Dialog title={title} onClose={running ? cancel : onClose} onSubmit={submit} wide
      actions={<JobActions running={running} cancelLabel={t('images.files.cancel')} submitLabel={submitLabel} onCancel={cancel} onClose={onClose} />}>
      {children(errors, running)}
      {state.phase === 'running' && (
        <>
          <p role="status">{state.total ? t('images.files.progress', { bytes: formatBytes(state.bytes), total: formatBytes(state.total) }) : formatBytes(state.bytes)}</p>
          <progress aria-label={t('images.files.progressLabel')} max={state.total || undefined} value={state.total ? Math.min(state.bytes, state.total) : undefined} />
        </>
      )}
      {state.phase === 'done' && (
        <div role="status">
          <p>{t('images.files.done')}</p>
          <ul>{state.results.map((r) => <li key={r}><code>{r}</code></li>)}</ul>
        </div>
      )}
      {state.phase === 'failed' && <p className="form-error" role="alert">{state.message}</p>}
    </Dialog>
  );
}

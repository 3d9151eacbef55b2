import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerProgress } from '../../../shared/images';
import { parseImageReference } from '../../../shared/parse/parse-image-reference';
import { api } from '../../app/api-client';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formatBytes } from '../../ui/format';

type State = { phase: 'edit' } | { phase: 'pulling'; status: string; layers: LayerProgress[] } | { phase: 'done'; status: string } | { phase: 'failed'; message: string };

/** `docker pull` with a bar per layer; Cancel closes the connection, which stops the pull in the engine. */
export function PullDialog({ onClose, onPulled }: { onClose(): void; onPulled(): void }) {
  const { t } = useTranslation();
  const [reference, setReference] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [state, setState] = useState<State>({ phase: 'edit' });
  const subscription = useRef<{ unsubscribe(): void } | null>(null);
  useEffect(() => () => subscription.current?.unsubscribe(), []);
  const parsed = parseImageReference(reference);
  const fieldError = submitted && !parsed.ok ? translate(t, parsed.error) : undefined;
  const pull = () => {
    setSubmitted(true);
    if (!parsed.ok || state.phase === 'pulling') return;
    setState({ phase: 'pulling', status: '', layers: [] });
    subscription.current = api.images.pull.subscribe({ reference }, {
      onData: (event) => {
        if (event.type === 'progress') setState({ phase: 'pulling', status: event.status, layers: event.layers });
        else if (event.type === 'done') { setState({ phase: 'done', status: event.status }); onPulled(); }
        else setState({ phase: 'failed', message: event.message });
      },
      onError: (err) => setState({ phase: 'failed', message: describeError(t, errorData(err)) }),
    });
  };
  const cancel = () => {
    subscription.current?.unsubscribe();
    setState({ phase: 'edit' });
  };
  return (
    <Dialog title={t('images.pullTitle')} onClose={state.phase === 'pulling' ? cancel : onClose} onSubmit={pull} wide
      actions={<>
        {state.phase === 'pulling'
          ? <button type="button" onClick={cancel}>{t('images.cancelPull')}</button>
          : <button type="button" onClick={onClose}>{t('common.close')}</button>}
        <button type="submit" className="primary" disabled={state.phase === 'pulling'}>{t('images.pull')}</button>
      </>}>
      <Field label={t('images.reference')} hint={t('images.referenceHint')} error={fieldError}>
        <input value={reference} autoFocus spellCheck={false} disabled={state.phase === 'pulling'} onChange={(e) => setReference(e.target.value)} />
      </Field>
      {state.phase === 'pulling' && (
        <div className="pull-progress">
          <p role="status">{state.status || t('images.pulling')}</p>
          <ul aria-label={t('images.layers')}>
            {state.layers.map((layer) => (
              <li key={layer.id}>
                <code>{layer.id}</code> {layer.status}{layer.total > 0 && ` · ${formatBytes(layer.current)} / ${formatBytes(layer.total)}`}
                <progress aria-label={t('images.layer', { id: layer.id })} max={layer.total || 1} value={layer.total ? layer.current : 0} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.phase === 'done' && <p role="status">{state.status}</p>}
      {state.phase === 'failed' && <p className="form-error" role="alert">{state.message}</p>}
    </Dialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KILL_SIGNALS } from '../../../shared/containers';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { closePendingAction, performAction, usePendingAction, type KillSignal } from './container-actions';

/** `docker kill -s`: the signal chosen (SIGKILL unless another is), sent to the containers waiting for it. */
export function KillDialog() {
  const { t } = useTranslation();
  const { containers, engine } = usePendingAction();
  const [signal, setSignal] = useState<KillSignal>('SIGKILL');
  const title = containers.length === 1 ? t('kill.titleOne', { name: containers[0]!.name }) : t('kill.title', { count: containers.length });
  return (
    <Dialog title={title} onClose={closePendingAction}
      onSubmit={() => {
        closePendingAction();
        void performAction(t, 'kill', containers, engine, signal);
      }}
      actions={<><button type="button" onClick={closePendingAction}>{t('common.cancel')}</button><button type="submit" className="danger">{t('kill.submit')}</button></>}>
      <Field label={t('kill.signal')} hint={t(`kill.hints.${signal}`)}>
        <select value={signal} data-autofocus onChange={(e) => setSignal(e.target.value as KillSignal)}>
          {KILL_SIGNALS.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </Field>
    </Dialog>
  );
}

import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { closePendingAction, performAction, usePendingAction } from './container-actions';

export function ConfirmRemoveDialog() {
  const { t } = useTranslation();
  const { action, containers, engine } = usePendingAction();
  if (action !== 'remove') return null;
  const close = closePendingAction;
  const title = containers.length === 1 ? t('confirmRemove.titleOne', { name: containers[0]!.name }) : t('confirmRemove.title', { count: containers.length });
  return (
    <Dialog
      title={title}
      onClose={close}
      onSubmit={() => {
        close();
        void performAction(t, 'remove', containers, engine);
      }}
      actions={
        <>
          <button type="button" onClick={close}>{t('common.cancel')}</button>
          <button type="submit" className="danger" data-autofocus>{t('confirmRemove.confirm')}</button>
        </>
      }
    >
      <p>{t('confirmRemove.body')}</p>
      <ul className="remove-list">
        {containers.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong> <span className="muted">{c.image} · {t(`containers.state.${c.state}`)}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

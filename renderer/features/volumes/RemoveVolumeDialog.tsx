import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api-client';
import { currentEngine } from '../../app/route-store';
import { describeError, errorData } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { notify } from '../../ui/notices-store';

/** `docker volume rm`, asked first: its data goes with it. The engine's refusal (in use, and by whom) stays in the dialog. */
export function RemoveVolumeDialog({ name, onClose }: { name: string; onClose(): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    try {
      await api.volumes.remove.mutate({ engine: currentEngine(), name });
      notify('info', t('volumes.removed', { name }));
      onClose();
    } catch (err) {
      setError(describeError(t, errorData(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('volumes.removeTitle', { name })} onClose={onClose} onSubmit={() => void remove()}
      actions={<><button type="button" onClick={onClose}>{t('common.cancel')}</button><button type="submit" className="danger" disabled={busy}>{t('volumes.remove')}</button></>}>
      <p>{t('volumes.removeText')}</p>
      {error && <p className="form-error" role="alert">{error}</p>}
    </Dialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, errorData } from './api-error';
import { Dialog } from './Dialog';
import { notify } from './notices-store';

interface Props {
  title: string;
  /** What goes with it. */
  text: string;
  remove(): Promise<void>;
  /** The notice once it is gone. */
  done: string;
  onClose(): void;
}

/** Asks before removing an engine object; the engine's refusal (in use, and by whom) stays in the dialog. */
export function RemoveDialog({ title, text, remove, done, onClose }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      await remove();
      notify('info', done);
      onClose();
    } catch (err) {
      setError(describeError(t, errorData(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={title} onClose={onClose} onSubmit={() => void submit()}
      actions={<><button type="button" onClick={onClose}>{t('common.cancel')}</button><button type="submit" className="danger" disabled={busy}>{t('common.remove')}</button></>}>
      <p>{text}</p>
      {error && <p className="form-error" role="alert">{error}</p>}
    </Dialog>
  );
}

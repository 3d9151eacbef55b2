import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api-client';
import { currentEngine } from '../../app/route-store';
import { describeError, errorData } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';

/** "Copy as docker run": the line that makes this container again, to read, select or copy. */
export function RunLineDialog({ id, name, onClose }: { id: string; name: string; onClose(): void }) {
  const { t } = useTranslation();
  const [line, setLine] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    api.containers.runLine.query({ engine: currentEngine(), id }).then(setLine, (err: unknown) => setError(describeError(t, errorData(err))));
  }, [id, t]);
  const copy = () => void navigator.clipboard.writeText(line ?? '').then(() => setCopied(true), () => setCopied(false));
  return (
    <Dialog title={t('details.runLine.title', { name })} onClose={onClose} onSubmit={copy} wide
      actions={<><button type="button" onClick={onClose}>{t('common.close')}</button><button type="submit" className="primary" disabled={line === null}>{t('details.runLine.copy')}</button></>}>
      {error && <p className="form-error" role="alert">{error}</p>}
      <textarea aria-label={t('details.runLine.label')} readOnly rows={4} value={line ?? ''} spellCheck={false} className="run-line" onFocus={(e) => e.currentTarget.select()} />
      {copied && <p role="status">{t('details.runLine.copied')}</p>}
      <p className="hint">{t('details.runLine.hint')}</p>
    </Dialog>
  );
}

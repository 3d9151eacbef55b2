import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, errorData } from './api-error';
import { Dialog } from './Dialog';
import { InspectJson } from './InspectJson';
import { Skeleton } from './Skeleton';

/** An object's inspect document in a dialog (objects without a page of their own: volumes, networks). */
export function InspectDialog({ title, load, onClose }: { title: string; load(): Promise<unknown>; onClose(): void }) {
  const { t } = useTranslation();
  const [raw, setRaw] = useState<{ ok: true; value: unknown } | { ok: false; error: string } | null>(null);
  useEffect(() => {
    load().then((value) => setRaw({ ok: true, value }), (err) => setRaw({ ok: false, error: describeError(t, errorData(err)) }));
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- one load per opening
  return (
    <Dialog title={title} onClose={onClose} onSubmit={onClose} wide
      actions={<button type="submit" className="primary">{t('common.close')}</button>}>
      {raw === null ? <Skeleton lines={6} /> : raw.ok ? <InspectJson raw={raw.value} /> : <p className="form-error" role="alert">{raw.error}</p>}
    </Dialog>
  );
}

import { useTranslation } from 'react-i18next';

/**
 * A long job's dialog buttons: Cancel while it runs, Close (the job goes on in the Jobs panel), and the submit
 * button, off while it runs.
 */
export function JobActions({ running, cancelLabel, submitLabel, onCancel, onClose }: {
  running: boolean; cancelLabel: string; submitLabel: string; onCancel(): void; onClose(): void;
}) {
  const { t } = useTranslation();
  return <>
    {running && <button type="button" onClick={onCancel}>{cancelLabel}</button>}
    <button type="button" onClick={onClose}>{t('common.close')}</button>
    <button type="submit" className="primary" disabled={running}>{submitLabel}</button>
  </>;
}

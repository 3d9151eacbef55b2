import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/errors';
import type { PathRequest } from '../../../shared/host';
import { BrowseButton } from '../../ui/BrowseButton';
import { Field } from '../../ui/Field';

export const pathCheck = (path: string): Record<string, Message> => (path.trim() ? {} : { path: { key: 'validation.file.required' } });

interface PathFieldProps { kind: PathRequest['kind']; value: string; onChange(v: string): void; error?: string; disabled: boolean; hint: string }

/** The file field every file job has: an absolute path on the machine running Berth. */
export function PathField({ kind, value, onChange, error, disabled, hint }: PathFieldProps) {
  const { t } = useTranslation();
  return (
    <Field label={t('images.files.path')} hint={hint} error={error} action={<BrowseButton kind={kind} value={value} onPick={onChange} disabled={disabled} />}>
      <input value={value} autoFocus spellCheck={false} disabled={disabled} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

export function OverwriteBox({ checked, onChange, disabled }: { checked: boolean; onChange(v: boolean): void; disabled: boolean }) {
  const { t } = useTranslation();
  return <label className="check"><input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />{t('images.files.overwrite')}</label>;
}

import { useState, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/errors';
import type { PathRequest } from '../../../shared/host';
import { BrowseButton } from '../../ui/BrowseButton';
import { Field } from '../../ui/Field';
import { FileJobDialog } from './FileJobDialog';

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

interface SaveFileJobProps {
  title: string;
  submitLabel: string;
  hint: string;
  /** Starts the job writing to `path` (replacing a file there only when `overwrite`). */
  start(handlers: Parameters<ComponentProps<typeof FileJobDialog>['start']>[0], path: string, overwrite: boolean): { unsubscribe(): void };
  /** What main may name besides the path (the images of a save, the volume of an export). */
  otherField?: string;
  /** What is saved, shown above the path. */
  children?: ReactNode;
  onClose(): void;
}

/** A job that writes one file on this computer: save, export, download. The path, and whether to replace a file there. */
export function SaveFileJobDialog({ title, submitLabel, hint, start, otherField, children, onClose }: SaveFileJobProps) {
  const [path, setPath] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  return (
    <FileJobDialog title={title} submitLabel={submitLabel} onClose={onClose} check={() => pathCheck(path)} start={(h) => start(h, path, overwrite)}>
      {(errors, running) => <>
        {children}
        <PathField kind="save" value={path} onChange={setPath} error={errors.path ?? errors.to ?? (otherField ? errors[otherField] : undefined)} disabled={running} hint={hint} />
        <OverwriteBox checked={overwrite} onChange={setOverwrite} disabled={running} />
      </>}
    </FileJobDialog>
  );
}

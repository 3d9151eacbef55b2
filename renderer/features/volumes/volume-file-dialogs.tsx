import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/errors';
import { CloneVolumeInput, ImportVolumeInput } from '../../../shared/volumes';
import { api } from '../../app/api-client';
import { currentEngine } from '../../app/route-store';
import { Field } from '../../ui/Field';
import { checkForm } from '../../ui/form-check';
import { FileJobDialog } from '../jobs/FileJobDialog';
import { PathField, pathCheck, SaveFileJobDialog } from '../jobs/file-fields';

interface Closing { onClose(): void }

const problems = (errors: Partial<Record<string, Message>>): Record<string, Message> =>
  Object.fromEntries(Object.entries(errors).filter((e): e is [string, Message] => e[1] !== undefined));

/** The volume's files to a tar on this computer, as `tar -C /volume -c .` makes it (gzip for .gz/.tgz). */
export function ExportVolumeDialog({ name, ...closing }: { name: string } & Closing) {
  const { t } = useTranslation();
  return (
    <SaveFileJobDialog title={t('volumes.exportTitle', { name })} submitLabel={t('volumes.exportSubmit')} hint={t('volumes.exportHint')} otherField="name"
      start={(h, path, overwrite) => api.volumes.export.subscribe({ engine: currentEngine(), name, path, overwrite }, h)} {...closing} />
  );
}

/** A tar (plain or gzip) into a new volume, or an empty one. */
export function ImportVolumeDialog(closing: Closing) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [path, setPath] = useState('');
  return (
    <FileJobDialog title={t('volumes.importTitle')} submitLabel={t('volumes.importSubmit')} {...closing}
      check={() => ({ ...problems(checkForm(ImportVolumeInput, { name: name.trim(), path }).errors), ...pathCheck(path) })}
      start={(h) => api.volumes.import.subscribe({ engine: currentEngine(), name: name.trim(), path }, h)}>
      {(errors, running) => <>
        <Field label={t('volumes.name')} hint={t('volumes.importNameHint')} error={errors.name}>
          <input value={name} data-autofocus spellCheck={false} disabled={running} onChange={(e) => setName(e.target.value)} />
        </Field>
        <PathField kind="open" value={path} onChange={setPath} error={errors.path} disabled={running} hint={t('volumes.importHint')} />
      </>}
    </FileJobDialog>
  );
}

/** A new volume with the same files. */
export function CloneVolumeDialog({ name, ...closing }: { name: string } & Closing) {
  const { t } = useTranslation();
  const [to, setTo] = useState(`${name}-copy`);
  return (
    <FileJobDialog title={t('volumes.cloneTitle', { name })} submitLabel={t('volumes.cloneSubmit')} {...closing}
      check={() => problems(checkForm(CloneVolumeInput, { name, to: to.trim() }).errors)}
      start={(h) => api.volumes.clone.subscribe({ engine: currentEngine(), name, to: to.trim() }, h)}>
      {(errors, running) => (
        <Field label={t('volumes.cloneName')} error={errors.to}>
          <input value={to} data-autofocus spellCheck={false} disabled={running} onChange={(e) => setTo(e.target.value)} />
        </Field>
      )}
    </FileJobDialog>
  );
}

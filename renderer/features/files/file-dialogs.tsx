import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/errors';
import { fileNameProblem, type FileKind, type FileTarget } from '../../../shared/files';
import { api } from '../../app/api-client';
import { currentEngine } from '../../app/route-store';
import { BrowseButton } from '../../ui/BrowseButton';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { translate } from '../../ui/api-error';
import type { FieldErrors } from '../../ui/form-check';
import { useSubmit } from '../../ui/use-submit';
import { FileJobDialog } from '../jobs/FileJobDialog';
import { OverwriteBox, SaveFileJobDialog } from '../jobs/file-fields';

interface Closing { onClose(): void }

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Files and folders of this computer into a folder of the target, as one streamed tar (progress, cancel). */
export function UploadDialog({ target, folder, ...closing }: { target: FileTarget; folder: string } & Closing) {
  const { t } = useTranslation();
  const [from, setFrom] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const add = (path: string) => setFrom((text) => (text.trim() ? `${text.trimEnd()}\n${path}` : path));
  return (
    <FileJobDialog title={t('files.uploadTitle', { folder })} submitLabel={t('files.upload')} {...closing}
      check={(): Record<string, Message> => (lines(from).length ? {} : { from: { key: 'validation.file.required' } })}
      start={(h) => api.files.upload.subscribe({ engine: currentEngine(), target, folder, from: lines(from), overwrite }, h)}>
      {(errors, running) => <>
        <Field label={t('files.uploadFrom')} hint={t('files.uploadHint')} error={errors.from}
          action={<><BrowseButton kind="open" value="" onPick={add} disabled={running} label={t('files.addFile')} /><BrowseButton kind="directory" value="" onPick={add} disabled={running} label={t('files.addFolder')} /></>}>
          <textarea rows={3} value={from} data-autofocus spellCheck={false} disabled={running} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <OverwriteBox checked={overwrite} onChange={setOverwrite} disabled={running} />
      </>}
    </FileJobDialog>
  );
}

/** A file as itself, a folder as a tar, to a path on this computer. */
export function DownloadDialog({ target, path, kind, ...closing }: { target: FileTarget; path: string; kind: FileKind } & Closing) {
  const { t } = useTranslation();
  return (
    <SaveFileJobDialog title={t('files.downloadTitle', { path })} submitLabel={t('files.download')} otherField="path"
      hint={kind === 'folder' ? t('files.downloadFolderHint') : t('files.downloadHint')}
      start={(h, to, overwrite) => api.files.download.subscribe({ engine: currentEngine(), target, path, to, overwrite }, h)} {...closing} />
  );
}

/** One name asked for: a new folder's, or an item's new one. Checked here, then again in main (a name taken meanwhile). */
export function NameDialog({ title, submitLabel, initial, save, onClose }: { title: string; submitLabel: string; initial: string; save(name: string): Promise<void> } & Closing) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<'name'>>({});
  const { busy, failure, submit } = useSubmit(setErrors);
  const send = () => {
    const problem = fileNameProblem(name);
    if (problem) return setErrors({ name: { key: problem } });
    void submit(async () => {
      await save(name);
      onClose();
    });
  };
  return (
    <Dialog title={title} onClose={onClose} onSubmit={send}
      actions={<><button type="button" onClick={onClose}>{t('common.cancel')}</button><button type="submit" className="primary" disabled={busy}>{submitLabel}</button></>}>
      <Field label={t('files.name')} error={errors.name && translate(t, errors.name)}>
        <input value={name} data-autofocus spellCheck={false} onChange={(e) => { setName(e.target.value); setErrors({}); }} />
      </Field>
      {failure && <p className="form-error" role="alert">{failure}</p>}
    </Dialog>
  );
}

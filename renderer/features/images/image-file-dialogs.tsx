import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseImageMeta } from '../../../shared/image-files';
import { api } from '../../app/api-client';
import { Field } from '../../ui/Field';
import { FileJobDialog } from '../jobs/FileJobDialog';
import { PathField, pathCheck, SaveFileJobDialog } from '../jobs/file-fields';
import { currentEngine } from '../../app/route-store';

interface Closing { onClose(): void }

/** `docker save -o`: the selected images into one tar. */
export function SaveImagesDialog({ images, ...closing }: { images: string[] } & Closing) {
  const { t } = useTranslation();
  return (
    <SaveFileJobDialog title={t('images.files.saveTitle', { count: images.length })} submitLabel={t('images.files.save')} hint={t('images.files.saveHint')} otherField="images"
      start={(h, path, overwrite) => api.images.save.subscribe({ engine: currentEngine(), images, path, overwrite }, h)} {...closing}>
      <ul>{images.map((i) => <li key={i}><code>{i}</code></li>)}</ul>
    </SaveFileJobDialog>
  );
}

/** `docker load -i`. */
export function LoadImagesDialog(closing: Closing) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  return (
    <FileJobDialog title={t('images.files.loadTitle')} submitLabel={t('images.files.load')} {...closing}
      check={() => pathCheck(path)} start={(h) => api.images.load.subscribe({ engine: currentEngine(), path }, h)}>
      {(errors, running) => <PathField kind="open" value={path} onChange={setPath} error={errors.path} disabled={running} hint={t('images.files.loadHint')} />}
    </FileJobDialog>
  );
}

/** `docker import file [repo[:tag]] -c …`: a filesystem tar as an image. */
export function ImportImageDialog(closing: Closing) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [reference, setReference] = useState('');
  const [changes, setChanges] = useState('');
  return (
    <FileJobDialog title={t('images.files.importTitle')} submitLabel={t('images.files.import')} {...closing}
      check={() => ({ ...pathCheck(path), ...parseImageMeta({ reference, changes }).fields })}
      start={(h) => api.images.import.subscribe({ engine: currentEngine(), path, reference, changes }, h)}>
      {(errors, running) => <>
        <PathField kind="open" value={path} onChange={setPath} error={errors.path} disabled={running} hint={t('images.files.importHint')} />
        <MetaFields reference={reference} changes={changes} onReference={setReference} onChanges={setChanges} errors={errors} disabled={running} />
      </>}
    </FileJobDialog>
  );
}

/** `docker export -o`: a container's filesystem as a tar. */
export function ExportContainerDialog({ container, name, ...closing }: { container: string; name: string } & Closing) {
  const { t } = useTranslation();
  return (
    <SaveFileJobDialog title={t('images.files.exportTitle', { name })} submitLabel={t('images.files.export')} hint={t('images.files.exportHint')}
      start={(h, path, overwrite) => api.images.exportContainer.subscribe({ engine: currentEngine(), container, path, overwrite }, h)} {...closing} />
  );
}

/** repo[:tag] and `--change` lines, shared by import and commit. */
export function MetaFields({ reference, changes, onReference, onChanges, errors, disabled }: {
  reference: string; changes: string; onReference(v: string): void; onChanges(v: string): void; errors: Record<string, string | undefined>; disabled: boolean;
}) {
  const { t } = useTranslation();
  return <>
    <Field label={t('images.files.reference')} hint={t('images.files.referenceHint')} error={errors.reference}>
      <input value={reference} spellCheck={false} disabled={disabled} onChange={(e) => onReference(e.target.value)} />
    </Field>
    <Field label={t('images.files.changes')} hint={t('images.files.changesHint')} error={errors.changes}>
      <textarea rows={3} value={changes} spellCheck={false} disabled={disabled} onChange={(e) => onChanges(e.target.value)} />
    </Field>
  </>;
}

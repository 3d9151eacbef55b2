import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerDetails } from '../../../shared/containers';
import { parseImageMeta } from '../../../shared/image-files';
import { api } from '../../app/api-client';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { shortId } from '../../ui/format';
import { MetaFields } from '../images/image-file-dialogs';
import { currentEngine } from '../../app/route-store';

/** `docker commit -a -m -c [--pause]`: the container's filesystem as a new image. */
export function CommitDialog({ details, onClose }: { details: ContainerDetails; onClose(): void }) {
  const { t } = useTranslation();
  const [reference, setReference] = useState('');
  const [author, setAuthor] = useState('');
  const [message, setMessage] = useState('');
  const [changes, setChanges] = useState('');
  const [pause, setPause] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async () => {
    const local = Object.fromEntries(Object.entries(parseImageMeta({ reference, changes }).fields).map(([k, m]) => [k, translate(t, m)]));
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      const { id } = await api.images.commit.mutate({ engine: currentEngine(), container: details.id, reference, author, message, changes, pause });
      setOutcome({ ok: true, text: t('details.commit.done', { id: shortId(id) }) });
    } catch (err) {
      const data = errorData(err);
      setErrors(Object.fromEntries(Object.entries(data.fields ?? {}).map(([k, m]) => [k, translate(t, m)])));
      if (!data.fields) setOutcome({ ok: false, text: describeError(t, data) });
    }
  };
  return (
    <Dialog title={t('details.commit.title', { name: details.name })} onClose={onClose} onSubmit={() => void submit()} wide
      actions={<><button type="button" onClick={onClose}>{t('common.close')}</button><button type="submit" className="primary">{t('details.commit.submit')}</button></>}>
      <MetaFields reference={reference} changes={changes} onReference={setReference} onChanges={setChanges} errors={errors} disabled={false} />
      <Field label={t('details.commit.author')}><input value={author} onChange={(e) => setAuthor(e.target.value)} /></Field>
      <Field label={t('details.commit.message')}><textarea rows={2} value={message} onChange={(e) => setMessage(e.target.value)} /></Field>
      <label className="check"><input type="checkbox" checked={pause} onChange={(e) => setPause(e.target.checked)} />{t('details.commit.pause')}</label>
      {outcome && <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? undefined : 'form-error'}>{outcome.text}</p>}
    </Dialog>
  );
}

import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api-client';
import { currentEngine } from '../../app/route-store';
import { translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { type FieldErrors } from '../../ui/form-check';
import { notify } from '../../ui/notices-store';
import { Skeleton } from '../../ui/Skeleton';
import { useSubmit } from '../../ui/use-submit';
import { useContainers } from '../containers/containers-store';
import { PathField } from '../jobs/file-fields';
import { ComposeEditor } from './lazy-compose-editor';

/** Running containers → a compose file that recreates them, shown in the editor, saved where the user says. */
export function GenerateDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const byId = useContainers((c) => c.byId);
  const running = useMemo(() => Object.values(byId).filter((c) => c.state === 'running').sort((a, b) => a.name.localeCompare(b.name)), [byId]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [text, setText] = useState<string | null>(null);
  const [path, setPath] = useState('');
  const [errors, setErrors] = useState<FieldErrors<'path' | 'containers'>>({});
  const { busy, failure, submit } = useSubmit(setErrors);
  const make = () => submit(async () => setText((await api.compose.generate.query({ engine: currentEngine(), containers: chosen })).text));
  const save = () => submit(async () => {
    await api.compose.saveFile.mutate({ engine: currentEngine(), path: path.trim(), text: text! });
    notify('info', t('compose.generateSaved', { file: path.trim() }));
    onClose();
  });
  return (
    <Dialog title={t('compose.generateTitle')} onClose={onClose} wide onSubmit={() => void (text === null ? make() : save())}
      actions={<><button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" className="primary" disabled={busy || !chosen.length}>{text === null ? t('compose.generateMake') : t('compose.editor.save')}</button></>}>
      {text === null
        ? <fieldset className="checks">
            <legend>{t('compose.generatePick')}</legend>
            {!running.length && <p className="muted">{t('compose.noRunning')}</p>}
            <ul className="generate-list">
              {running.map((c) => (
                <li key={c.id}><label className="check">
                  <input type="checkbox" checked={chosen.includes(c.id)} onChange={(e) => setChosen((list) => (e.target.checked ? [...list, c.id] : list.filter((id) => id !== c.id)))} />
                  {c.name} <span className="muted">{c.image}</span>
                </label></li>
              ))}
            </ul>
          </fieldset>
        : <>
            <Suspense fallback={<Skeleton lines={8} />}>
              <ComposeEditor text={text} label={t('compose.editor.label', { file: path || 'compose.yaml' })} onChange={setText} problems={[]} />
            </Suspense>
            <PathField kind="save" value={path} onChange={(p) => { setPath(p); setErrors({}); }} error={errors.path ? translate(t, errors.path) : undefined} disabled={busy} hint={t('compose.saveAs')} />
          </>}
      {failure && <p className="form-error" role="alert">{failure}</p>}
    </Dialog>
  );
}

import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeProblem, ProjectInput } from '../../../shared/compose';
import { api } from '../../app/api-client';
import { useEngineId } from '../../app/route-store';
import { describeError, errorData, translate } from '../../ui/api-error';
import { notify } from '../../ui/notices-store';
import { Skeleton } from '../../ui/Skeleton';
import { ComposeEditor } from './lazy-compose-editor';

interface Draft { file: string; saved: string; text: string }

/**
 * A project's compose file in the editor: Validate asks compose itself (its complaints at their lines), Save writes the
 * text as typed (formatting and comments kept), Apply saves and runs up, which recreates only what changed.
 */
export function FileTab({ project, busy, onSaved, onApply }: { project: ProjectInput; busy: boolean; onSaved(): void; onApply(): void }) {
  const { t } = useTranslation();
  const engine = useEngineId();
  const [file, setFile] = useState(project.files[0] ?? '');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problems, setProblems] = useState<ComposeProblem[] | null>(null);
  const [failure, setFailure] = useState('');
  const [working, setWorking] = useState(false);
  useEffect(() => {
    if (!file) return;
    let live = true;
    api.compose.readFile.query({ engine, path: file }).then(
      ({ text }) => live && setDraft({ file, saved: text, text }),
      (err) => live && setFailure(describeError(t, errorData(err))),
    );
    return () => { live = false; };
  }, [engine, file, t]);
  if (!file) return <p className="muted">{t('compose.notOpened')}</p>;
  const shown = draft?.file === file ? draft : null;
  const step = async (work: () => Promise<void>) => {
    setWorking(true);
    setFailure('');
    try {
      await work();
    } catch (err) {
      const data = errorData(err);
      const field = data.fields?.path;
      setFailure(field ? translate(t, field) : describeError(t, data));
    } finally {
      setWorking(false);
    }
  };
  const validate = async (): Promise<boolean> => {
    const found = await api.compose.validate.mutate({ engine, project, path: file, text: shown!.text });
    setProblems(found);
    return !found.length;
  };
  const save = async () => {
    await api.compose.saveFile.mutate({ engine, path: file, text: shown!.text });
    setDraft({ ...shown!, saved: shown!.text });
    notify('info', t('compose.editor.saved', { file }));
    onSaved();
  };
  const disabled = !shown || working || busy;
  return (
    <div className="compose-file">
      {project.files.length > 1 && (
        <label>{t('compose.editor.pick')} <select value={file} onChange={(e) => setFile(e.target.value)}>{project.files.map((f) => <option key={f} value={f}>{f}</option>)}</select></label>
      )}
      <div className="editor-actions">
        <button type="button" disabled={disabled} onClick={() => void step(async () => { await validate(); })}>{t('compose.editor.validate')}</button>
        <button type="button" disabled={disabled || shown.text === shown.saved} onClick={() => void step(async () => { if (await validate()) await save(); })}>{t('compose.editor.save')}</button>
        <button type="button" className="primary" disabled={disabled} onClick={() => void step(async () => {
          if (!(await validate())) return;
          if (shown!.text !== shown!.saved) await save();
          onApply();
        })}>{t('compose.editor.apply')}</button>
        {shown && shown.text !== shown.saved && <span className="muted">{t('compose.editor.unsaved')}</span>}
      </div>
      {failure && <p className="form-error" role="alert">{failure}</p>}
      {problems && (problems.length
        ? <div role="alert"><strong>{t('compose.editor.problems', { count: problems.length })}</strong>
            <ul className="problems">{problems.map((p, i) => <li key={i}>{p.line ? t('compose.editor.atLine', { line: p.line, message: p.message }) : p.message}</li>)}</ul></div>
        : <p role="status">{t('compose.editor.valid')}</p>)}
      {shown
        ? <Suspense fallback={<Skeleton lines={8} />}>
            <ComposeEditor text={shown.text} label={t('compose.editor.label', { file })} problems={(problems ?? []).filter((p): p is ComposeProblem & { line: number } => p.line !== null)}
              onChange={(text) => { setDraft((d) => d && { ...d, text }); setProblems(null); }} />
          </Suspense>
        : !failure && <Skeleton lines={8} />}
    </div>
  );
}

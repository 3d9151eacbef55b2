import './daemon.css';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateDaemonForm } from '../../../shared/daemon/daemon-form';
import { describeError, errorData } from '../../ui/api-error';
import { lazyOnUse } from '../../ui/lazy-component';
import { Tabs } from '../../ui/Tabs';
import { ApplyDialog } from './ApplyDialog';
import { ClientProxiesSection } from './ClientProxiesSection';
import { editText, isDirty, loadDaemonFile, useDaemonDraft } from './daemon-draft-store';
import { AdvancedSection, InsecureSection, ProxySection } from './EngineFields';
import { HistorySection } from './HistorySection';
import { MirrorsSection } from './MirrorsSection';

const RawEditor = lazyOnUse(() => import('./RawEditor').then((m) => m.RawEditor));
const VIEWS = ['form', 'raw', 'history'] as const;
type View = (typeof VIEWS)[number];

function FileFacts() {
  const { t } = useTranslation();
  const file = useDaemonDraft((s) => s.file)!;
  return (
    <dl className="facts" aria-label={t('daemon.file.title')}>
      <dt>{t('daemon.file.path')}</dt><dd><code>{file.path}</code> ({t(`daemon.file.sources.${file.source}`)})</dd>
      <dt>{t('daemon.file.owner')}</dt><dd>{file.exists ? t('daemon.file.ownerMode', { owner: file.owner, mode: file.mode }) : t('daemon.file.absent')}</dd>
      <dt>{t('daemon.file.access')}</dt><dd>{file.writable ? t('daemon.file.writable') : t('daemon.file.elevation')}</dd>
      <dt>{t('daemon.file.apply')}</dt>
      <dd>
        {(['reload', 'restart'] as const).map((name) => (
          <div key={name}>
            {t(`daemon.file.command.${name}`)} {file.control[name] ? <code>{file.control[name]}</code> : t('common.none')}{' '}
            <small className="hint">({t(`daemon.file.commandFrom.${file.controlFrom[name]}`, { variable: `BERTH_ENGINE_${name.toUpperCase()}` })})</small>
          </div>
        ))}
        <small className="hint">{t('daemon.file.commandsFrom', { file: file.settingsFile })}</small>
      </dd>
    </dl>
  );
}

/** Settings → Docker Engine: daemon.json as a form and as raw JSON, applied through the verify-and-rollback pipeline. */
export function EngineSettings() {
  const { t } = useTranslation();
  const { file, loadError, form, text, rawError } = useDaemonDraft();
  const dirty = useDaemonDraft(isDirty);
  const [view, setView] = useState<View>('form');
  const [applying, setApplying] = useState<{ text: string; basedOn: string } | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => { void loadDaemonFile(); }, []);
  const errors = useMemo(() => validateDaemonForm(form), [form]);
  if (loadError) return <p className="form-error" role="alert">{describeError(t, errorData(loadError))}</p>;
  if (!file) return <p>{t('common.loading')}</p>;
  if (file.tooLarge) {
    return (
      <section aria-labelledby="daemon-title" className="engine-settings">
        <h2 id="daemon-title">{t('daemon.title')}</h2>
        <FileFacts />
        <p className="callout callout-warning" role="alert">{t('daemon.tooLarge', { size: file.text.length.toLocaleString() })}</p>
        <pre className="raw-readonly" aria-label={t('daemon.rawLabel')}>{file.text.slice(0, 100_000)}</pre>
      </section>
    );
  }
  const formBlocked = !!rawError;
  const hasFieldErrors = Object.keys(errors).length > 0;
  const restore = (backupText: string) => setApplying({ text: backupText, basedOn: file.text });
  return (
    <section aria-labelledby="daemon-title" className="engine-settings">
      <h2 id="daemon-title">{t('daemon.title')}</h2>
      <FileFacts />
      <Tabs<View> label={t('daemon.views')} tabs={VIEWS.map((v) => ({ id: v, label: t(`daemon.view.${v}`) }))} value={view} onChange={setView} panel={(v) => (<>
        {v === 'form' && (
          <>
            {formBlocked && <p className="form-error" role="alert">{t('daemon.rawInvalid', { detail: rawError })}</p>}
            <MirrorsSection errors={errors} disabled={formBlocked} />
            <InsecureSection errors={errors} disabled={formBlocked} />
            <ProxySection errors={errors} disabled={formBlocked} />
            <AdvancedSection errors={errors} disabled={formBlocked} />
          </>
        )}
        {v === 'raw' && (
          <Suspense fallback={<p>{t('common.loading')}</p>}>
            <RawEditor text={text} os={file.engine?.os ?? 'linux'} label={t('daemon.rawLabel')} onChange={editText} />
            {rawError && <p className="form-error" role="alert">{t('daemon.rawInvalid', { detail: rawError })}</p>}
          </Suspense>
        )}
        {v === 'history' && <HistorySection version={version} onRestore={restore} />}
      </>)} />
      {view !== 'history' && (
        <div className="form-actions sticky-actions">
          <button type="button" className="primary" disabled={!dirty || formBlocked || (view === 'form' && hasFieldErrors)}
            onClick={() => setApplying({ text, basedOn: file.text })}>{t('daemon.apply.open')}</button>
          <button type="button" disabled={!dirty} onClick={() => editText(file.text)}>{t('daemon.discard')}</button>
          {view === 'form' && hasFieldErrors && <span className="field-error">{t('run.fixFields')}</span>}
        </div>
      )}
      <ClientProxiesSection />
      {applying && (
        <ApplyDialog input={applying} onClose={() => setApplying(null)}
          onFinished={() => { void loadDaemonFile(); setVersion((v) => v + 1); }} />
      )}
    </section>
  );
}

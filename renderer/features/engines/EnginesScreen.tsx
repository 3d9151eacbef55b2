import './engines.css';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngineEntry, EngineStatus } from '../../../shared/engine';
import { api } from '../../app/api-client';
import { currentEngine, navigate, routeHref } from '../../app/route-store';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { lazyComponent } from '../../ui/lazy-component';
import { notify } from '../../ui/notices-store';
import { reloadEngineList } from '../engine/engine-list';
import { engineStatuses, useFollowedEngines } from '../engine/engine-store';

const AddEngineDialog = lazyComponent(() => import('./AddEngineDialog').then((m) => m.AddEngineDialog));

/** Why an engine is down, in a line: the reason its last try gave. */
function StateCell({ status }: { status: EngineStatus | undefined }) {
  const { t } = useTranslation();
  const state = status?.state ?? 'connecting';
  const why = status?.state === 'disconnected' ? status.attempts[0]?.error : undefined;
  return (
    <>
      <span className={`engine-dot engine-${state}`} aria-hidden="true" />
      {t(`engine.states.${state}`)}
      {why && <span className="muted"> — {describeError(t, why)}</span>}
    </>
  );
}

/**
 * Every engine Berth knows, where it came from and how it is; the user's own can be renamed and removed. The others
 * belong to the environment, the docker CLI (contexts) or Podman, and are changed there.
 */
export function EnginesScreen() {
  const { t } = useTranslation();
  const engines = useFollowedEngines();
  const statuses = engineStatuses.store((s) => s.engines);
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<EngineEntry | null>(null);
  const [removing, setRemoving] = useState<EngineEntry | null>(null);
  return (
    <section className="screen" aria-labelledby="engines-screen-title">
      <header className="screen-header">
        <h1 id="engines-screen-title">{t('engines.title')}</h1>
        <button type="button" className="primary" onClick={() => setAdding(true)}>{t('engines.add')}</button>
      </header>
      <div className="table-scroll">
        <table className="grid" aria-labelledby="engines-screen-title">
          <thead>
            <tr>
              {(['name', 'where', 'source', 'state', 'running', 'actions'] as const).map((c) => <th key={c} scope="col">{t(`engines.columns.${c}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {engines.map((engine) => {
              const status = statuses[engine.id];
              return (
                <tr key={engine.id} data-engine={engine.id}>
                  <td><a href={routeHref({ screen: 'containers' }, engine.id)} aria-label={t('engines.open', { name: engine.label })}>{engine.label}</a></td>
                  <td className="ellipsis"><code>{engine.endpoint}</code></td>
                  <td>{t(`engines.sources.${engine.source}`)}</td>
                  <td><StateCell status={status} /></td>
                  <td>{status?.state === 'connected' ? status.info.running : '—'}</td>
                  <td>
                    {engine.source === 'berth' && (
                      <span className="row-actions">
                        <button type="button" aria-label={t('engines.renameNamed', { name: engine.label })} onClick={() => setRenaming(engine)}>{t('engines.rename')}</button>
                        <button type="button" className="danger" aria-label={t('engines.removeNamed', { name: engine.label })} onClick={() => setRemoving(engine)}>{t('engines.remove')}</button>
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {adding && <Suspense><AddEngineDialog onClose={() => setAdding(false)} /></Suspense>}
      {renaming && <RenameEngineDialog engine={renaming} onClose={() => setRenaming(null)} />}
      {removing && <RemoveEngineDialog engine={removing} onClose={() => setRemoving(null)} />}
    </section>
  );
}

function RenameEngineDialog({ engine, onClose }: { engine: EngineEntry; onClose(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(engine.label);
  const [error, setError] = useState<string | null>(null);
  const submit = (): void => {
    api.engines.rename.mutate({ id: engine.id, name }).then(reloadEngineList).then(onClose, (err: unknown) => {
      const data = errorData(err);
      setError(data.fields?.name ? translate(t, data.fields.name) : describeError(t, data));
    });
  };
  return (
    <Dialog title={t('engines.renameTitle', { name: engine.label })} onClose={onClose} onSubmit={submit}
      actions={<><button type="button" onClick={onClose}>{t('common.cancel')}</button><button type="submit" className="primary">{t('common.save')}</button></>}>
      <Field label={t('engines.newName')} error={error ?? undefined}>
        <input value={name} autoFocus onChange={(e) => (setName(e.target.value), setError(null))} />
      </Field>
    </Dialog>
  );
}

function RemoveEngineDialog({ engine, onClose }: { engine: EngineEntry; onClose(): void }) {
  const { t } = useTranslation();
  const submit = (): void => {
    api.engines.remove.mutate({ id: engine.id }).then(reloadEngineList).then(() => {
      onClose();
      // The page was on the engine just removed: go to the default one's list of engines.
      if (currentEngine() === engine.id) navigate({ screen: 'engines' }, 'local');
    }, (err: unknown) => {
      onClose();
      notify('error', describeError(t, errorData(err)));
    });
  };
  return (
    <Dialog title={t('engines.removeTitle', { name: engine.label })} onClose={onClose} onSubmit={submit}
      actions={<><button type="button" onClick={onClose}>{t('common.cancel')}</button><button type="submit" className="danger" data-autofocus>{t('engines.remove')}</button></>}>
      <p>{t('engines.removeBody')}</p>
    </Dialog>
  );
}

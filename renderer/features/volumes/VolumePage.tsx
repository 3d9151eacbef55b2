import { ArrowLeft } from 'lucide-react';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileTarget } from '../../../shared/files';
import { api } from '../../app/api-client';
import { navigate, routeHref, useEngineId } from '../../app/route-store';
import { formatDateTime } from '../../ui/format';
import { lazyComponent } from '../../ui/lazy-component';
import { FileBrowser } from '../files/FileBrowser';
import { UsedBy } from './UsedBy';
import { volumes } from './volumes-store';

const RemoveDialog = lazyComponent(() => import('../../ui/RemoveDialog').then((m) => m.RemoveDialog));
const InspectDialog = lazyComponent(() => import('../../ui/InspectDialog').then((m) => m.InspectDialog));
const ExportVolumeDialog = lazyComponent(() => import('./volume-file-dialogs').then((m) => m.ExportVolumeDialog));
const CloneVolumeDialog = lazyComponent(() => import('./volume-file-dialogs').then((m) => m.CloneVolumeDialog));

type Open = 'remove' | 'inspect' | 'export' | 'clone';

/** One volume: what it is, who uses it, and its files (through a stopped helper; nothing is pulled or started). */
export function VolumePage({ name }: { name: string }) {
  const { t, i18n } = useTranslation();
  const engine = useEngineId();
  const { items } = volumes.useList();
  useEffect(() => volumes.follow(engine), [engine]);
  const volume = items.find((v) => v.name === name);
  const target = useMemo<FileTarget>(() => ({ kind: 'volume', name }), [name]);
  const [open, setOpen] = useState<Open | null>(null);
  const close = () => setOpen(null);
  return (
    <section className="screen" aria-labelledby="volume-title">
      <header className="screen-header">
        <a href={routeHref({ screen: 'volumes' })}><ArrowLeft aria-hidden="true" /> {t('volumes.back')}</a>
        <h1 id="volume-title">{name}</h1>
        <div className="header-end">
          <button type="button" onClick={() => setOpen('export')}>{t('volumes.export')}</button>
          <button type="button" onClick={() => setOpen('clone')}>{t('volumes.clone')}</button>
          <button type="button" onClick={() => setOpen('inspect')}>{t('volumes.inspect')}</button>
          <button type="button" className="danger" onClick={() => setOpen('remove')}>{t('volumes.remove')}</button>
        </div>
      </header>
      {volume && (
        <dl className="facts">
          <dt>{t('volumes.columns.driver')}</dt><dd>{volume.driver}</dd>
          <dt>{t('volumes.mountpoint')}</dt><dd><code>{volume.mountpoint}</code></dd>
          <dt>{t('volumes.columns.usedBy')}</dt><dd><UsedBy volume={volume} /></dd>
          {volume.created !== null && <><dt>{t('volumes.columns.created')}</dt><dd>{formatDateTime(volume.created, i18n.language)}</dd></>}
          {Object.keys(volume.labels).length > 0 && <><dt>{t('volumes.labels')}</dt><dd>{Object.entries(volume.labels).map(([k, v]) => <code key={k}>{k}={v} </code>)}</dd></>}
        </dl>
      )}
      <h2>{t('files.title')}</h2>
      <FileBrowser target={target} label={name} />
      <Suspense>
        {open === 'remove' && (
          <RemoveDialog title={t('volumes.removeTitle', { name })} text={t('volumes.removeText')} done={t('volumes.removed', { name })}
            remove={async () => { await api.volumes.remove.mutate({ engine, name }); navigate({ screen: 'volumes' }); }} onClose={close} />
        )}
        {open === 'export' && <ExportVolumeDialog name={name} onClose={close} />}
        {open === 'clone' && <CloneVolumeDialog name={name} onClose={close} />}
        {open === 'inspect' && <InspectDialog title={t('volumes.inspectTitle', { name })} load={() => api.volumes.inspect.query({ engine, name })} onClose={close} />}
      </Suspense>
    </section>
  );
}

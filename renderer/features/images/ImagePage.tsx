import { ArrowLeft } from 'lucide-react';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageDetails } from '../../../shared/images';
import { api } from '../../app/api-client';
import { routeHref } from '../../app/route-store';
import { describeError, errorData } from '../../ui/api-error';
import { Tabs } from '../../ui/Tabs';
import { formatBytes, formatDateTime, shortId } from '../../ui/format';
import { lazyComponent } from '../../ui/lazy-component';
import { InspectJson } from '../../ui/InspectJson';
import { currentEngine } from '../../app/route-store';

const RunDialog = lazyComponent(() => import('../containers/RunDialog').then((m) => m.RunDialog));
const TABS = ['overview', 'history', 'inspect'] as const;
type Tab = (typeof TABS)[number];

function Overview({ image: d }: { image: ImageDetails }) {
  const { t, i18n } = useTranslation();
  const [showEnv, setShowEnv] = useState(false);
  const row = (label: string, value: ReactNode) => <><dt>{label}</dt><dd>{value}</dd></>;
  const list = (items: string[]) => (items.length ? <ul className="plain">{items.map((i) => <li key={i}><code>{i}</code></li>)}</ul> : '—');
  return (
    <dl className="facts">
      {row(t('imagePage.tags'), list(d.repoTags))}
      {row(t('imagePage.digests'), list(d.repoDigests))}
      {row(t('imagePage.id'), <code>{d.id}</code>)}
      {row(t('imagePage.size'), formatBytes(d.size))}
      {row(t('imagePage.created'), formatDateTime(Date.parse(d.created), i18n.language))}
      {row(t('imagePage.platform'), `${d.os}/${d.architecture}`)}
      {d.author && row(t('imagePage.author'), d.author)}
      {row(t('details.entrypoint'), <code>{d.entrypoint.join(' ') || '—'}</code>)}
      {row(t('details.command'), <code>{d.cmd.join(' ') || '—'}</code>)}
      {d.workingDir && row(t('details.workingDir'), <code>{d.workingDir}</code>)}
      {d.user && row(t('imagePage.user'), <code>{d.user}</code>)}
      {row(t('imagePage.exposedPorts'), d.exposedPorts.join(', ') || '—')}
      {row(t('imagePage.env'), showEnv ? list(d.env)
        : <button type="button" onClick={() => setShowEnv(true)}>{t('imagePage.showEnv', { count: d.env.length })}</button>)}
      {row(t('imagePage.usedBy'), d.usedBy.length
        ? <ul className="plain">{d.usedBy.map((c) => <li key={c.id}><a href={routeHref({ screen: 'container', id: c.id })}>{c.name}</a> <span className="muted">({c.state})</span></li>)}</ul>
        : t('imagePage.unused'))}
    </dl>
  );
}

/** `docker history`: what made each layer and its size; steps that made no layer are marked. */
function History({ image }: { image: ImageDetails }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="grid" aria-label={t('imagePage.historyTable')}>
      <thead><tr>{(['createdBy', 'size', 'created', 'comment'] as const).map((c) => <th key={c} scope="col">{t(`imagePage.historyColumns.${c}`)}</th>)}</tr></thead>
      <tbody>
        {image.history.map((step, i) => (
          <tr key={`${step.id}-${i}`} className={step.empty ? 'muted' : undefined}>
            <td className="wrap"><code>{step.createdBy || '—'}</code></td>
            <td>{step.empty ? t('imagePage.emptyLayer') : formatBytes(step.size)}</td>
            <td>{formatDateTime(step.created * 1000, i18n.language)}</td>
            <td>{step.comment}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One image: what it is, how it was made, who uses it, and "Run…" with the run dialog prefilled. */
export function ImagePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [image, setImage] = useState<ImageDetails | null>(null);
  const [error, setError] = useState('');
  const [tab, setTab] = useState<Tab>('overview');
  const [running, setRunning] = useState(false);
  useEffect(() => {
    api.images.inspect.query({ engine: currentEngine(), id }).then(setImage, (err) => setError(describeError(t, errorData(err))));
  }, [id, t]);
  const name = id.startsWith('sha256:') ? shortId(id) : id;
  return (
    <section className="screen" aria-labelledby="image-title">
      <header className="screen-header">
        <a href={routeHref({ screen: 'images' })}><ArrowLeft aria-hidden="true" /> {t('imagePage.back')}</a>
        <h1 id="image-title">{name}</h1>
        <button type="button" className="primary" disabled={!image} onClick={() => setRunning(true)}>{t('imagePage.run')}</button>
      </header>
      {error && <p className="form-error" role="alert">{error}</p>}
      {running && image && <Suspense><RunDialog onClose={() => setRunning(false)} initial={{ image: image.repoTags[0] ?? image.id }} /></Suspense>}
      <Tabs<Tab> label={t('imagePage.tabs.label')} tabs={TABS.map((name) => ({ id: name, label: t(`imagePage.tabs.${name}`) }))} value={tab} onChange={setTab}
        panel={(name) => image && (
          <>
            {name === 'overview' && <Overview image={image} />}
            {name === 'history' && <History image={image} />}
            {name === 'inspect' && <InspectJson raw={image.raw} />}
          </>
        )} />
    </section>
  );
}

import './networks.css';
import { Unplug } from 'lucide-react';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTHING } from '../../../shared/prune-kinds';
import type { NetworkSummary } from '../../../shared/networks';
import { api } from '../../app/api-client';
import { useFilteredList } from '../../app/engine-list';
import { currentEngine, routeHref } from '../../app/route-store';
import { describeError, errorData } from '../../ui/api-error';
import { IconButton } from '../../ui/IconButton';
import { lazyComponent } from '../../ui/lazy-component';
import { LazyMoreMenu } from '../../ui/lazy-menus';
import { notify } from '../../ui/notices-store';
import { Skeleton } from '../../ui/Skeleton';
import { tableKeyHandler } from '../../ui/use-table-keys';
import { useVirtualRows } from '../../ui/use-virtual-rows';
import { VirtualBody } from '../../ui/VirtualBody';
import { networks } from './networks-store';

const CreateNetworkDialog = lazyComponent(() => import('./CreateNetworkDialog').then((m) => m.CreateNetworkDialog));
const PruneDialog = lazyComponent(() => import('../system/PruneDialog').then((m) => m.PruneDialog));
const ConnectDialog = lazyComponent(() => import('./ConnectDialog').then((m) => m.ConnectDialog));
const RemoveDialog = lazyComponent(() => import('../../ui/RemoveDialog').then((m) => m.RemoveDialog));
const InspectDialog = lazyComponent(() => import('../../ui/InspectDialog').then((m) => m.InspectDialog));

type Open = { kind: 'create' | 'prune' } | { kind: 'remove' | 'inspect' | 'connect'; network: NetworkSummary };

/** Those matching the filter: user networks first, by name. */
function shownNetworks(items: NetworkSummary[], query: string): NetworkSummary[] {
  const text = query.trim().toLowerCase();
  const hit = (n: NetworkSummary) => [n.name, n.driver, n.project ?? '', ...n.subnets.map((s) => s.subnet), ...n.containers.map((c) => c.name)]
    .some((s) => s.toLowerCase().includes(text));
  return items.filter((n) => !text || hit(n)).sort((a, b) => Number(a.builtIn) - Number(b.builtIn) || a.name.localeCompare(b.name));
}

function Members({ network }: { network: NetworkSummary }) {
  const { t } = useTranslation();
  const disconnect = (container: string) => api.networks.disconnect.mutate({ engine: currentEngine(), id: network.id, container })
    .then(() => notify('info', t('networks.disconnected', { container, network: network.name })), (err) => notify('error', describeError(t, errorData(err))));
  if (!network.containers.length) return <span className="muted">{t('networks.empty')}</span>;
  return (
    <ul className="members">
      {network.containers.map((c) => (
        <li key={c.id}>
          <a href={routeHref({ screen: 'container', id: c.id })}>{c.name}</a>
          {c.ipv4 && <code> {c.ipv4}</code>}
          {!network.builtIn && <IconButton label={t('networks.disconnect', { container: c.name, network: network.name })} icon={<Unplug aria-hidden="true" />} onClick={() => void disconnect(c.name)} />}
        </li>
      ))}
    </ul>
  );
}

/** The engine's networks, live: subnets, members and their addresses; create, connect, disconnect, inspect, remove. */
export function NetworksScreen() {
  const { t } = useTranslation();
  const { engine, loaded, error, query, setQuery, shown } = useFilteredList(networks, shownNetworks);
  const [open, setOpen] = useState<Open | null>(null);
  const { scrollRef, items: rows, paddingTop, paddingBottom, reveal } = useVirtualRows(shown.length);
  const onKeyDown = tableKeyHandler({ count: shown.length, reveal, remove: (i) => setOpen({ kind: 'remove', network: shown[i]! }) });
  const close = () => setOpen(null);
  return (
    <section className="screen" aria-labelledby="networks-title">
      <header className="screen-header">
        <h1 id="networks-title">{t('nav.networks')}</h1>
        <input type="search" className="filter" aria-label={t('networks.filter')} placeholder={t('networks.filter')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <span className="muted">{t('networks.count', { count: shown.length })}</span>
        <div className="header-end">
          <button type="button" className="primary" onClick={() => setOpen({ kind: 'create' })}>{t('networks.create')}</button>
          <button type="button" onClick={() => setOpen({ kind: 'prune' })}>{t('prune.networksOpen')}</button>
          <LazyMoreMenu actions={[{ label: t('common.refresh'), onSelect: () => networks.refresh(engine) }]} />
        </div>
      </header>
      {error && <p className="form-error" role="alert">{describeError(t, error)}</p>}
      {!loaded && !error && <Skeleton lines={4} />}
      <div className="table-scroll" ref={scrollRef}>
        <table className="grid networks-table" aria-label={t('nav.networks')}>
          <thead>
            <tr>{(['name', 'driver', 'subnet', 'containers', 'actions'] as const).map((c) => <th key={c} scope="col">{t(`networks.columns.${c}`)}</th>)}</tr>
          </thead>
          <VirtualBody paddingTop={paddingTop} paddingBottom={paddingBottom} onKeyDown={onKeyDown}>
            {rows.map((row) => {
              const n = shown[row.index]!;
              return (
                <tr key={n.id} data-index={row.index} data-network={n.name}>
                  <td className="ellipsis">
                    <button type="button" className="link-button" data-primary onClick={() => setOpen({ kind: 'inspect', network: n })}>{n.name}</button>
                    {n.internal && <span className="badge"> {t('networks.internal')}</span>}
                    {n.project && <span className="badge"> {n.project}</span>}
                  </td>
                  <td>{n.driver} <span className="muted">{n.scope}</span></td>
                  <td>{n.subnets.map((s) => <div key={s.subnet}><code>{s.subnet}</code>{s.gateway && <span className="muted"> → {s.gateway}</span>}</div>)}</td>
                  <td><Members network={n} /></td>
                  <td>
                    <span className="row-actions" role="group" aria-label={t('networks.actionsFor', { name: n.name })}>
                      {!n.builtIn && <button type="button" aria-label={t('networks.connectNamed', { name: n.name })} onClick={() => setOpen({ kind: 'connect', network: n })}>{t('networks.connect')}</button>}
                      {!n.builtIn && <button type="button" className="danger" aria-label={t('networks.removeNamed', { name: n.name })} onClick={() => setOpen({ kind: 'remove', network: n })}>{t('networks.remove')}</button>}
                    </span>
                  </td>
                </tr>
              );
            })}
          </VirtualBody>
        </table>
      </div>
      <Suspense>
        {open?.kind === 'create' && <CreateNetworkDialog onClose={close} />}
        {open?.kind === 'prune' && <PruneDialog title={t('prune.networksTitle')} kinds={['networks']} initial={{ ...NOTHING, networks: true }} onClose={close} />}
        {open?.kind === 'connect' && <ConnectDialog network={open.network} onClose={close} />}
        {open?.kind === 'remove' && (
          <RemoveDialog title={t('networks.removeTitle', { name: open.network.name })} text={t('networks.removeText')} done={t('networks.removed', { name: open.network.name })}
            remove={() => api.networks.remove.mutate({ engine, id: open.network.id })} onClose={close} />
        )}
        {open?.kind === 'inspect' && (
          <InspectDialog title={t('networks.inspectTitle', { name: open.network.name })} load={() => api.networks.inspect.query({ engine, id: open.network.id })} onClose={close} />
        )}
      </Suspense>
    </section>
  );
}

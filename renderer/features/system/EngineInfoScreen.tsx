import '../dashboard/dashboard.css';
import './system.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngineFacts } from '../../../shared/system';
import { api } from '../../app/api-client';
import { useEngineId } from '../../app/route-store';
import { describeError, errorData } from '../../ui/api-error';
import { formatBytes } from '../../ui/format';
import { Skeleton } from '../../ui/Skeleton';

type Facts = [label: string, value: string][];

function Section({ id, title, facts }: { id: string; title: string; facts: Facts }) {
  return (
    <section className="dash-card" aria-labelledby={`info-${id}`}>
      <h2 id={`info-${id}`}>{title}</h2>
      <dl className="facts-list">
        {facts.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value || '—'}</dd></div>)}
      </dl>
    </section>
  );
}

/** `docker info` and `docker version` in readable sections; the engine's warnings first and in full. */
export function EngineInfoScreen() {
  const { t } = useTranslation();
  const engine = useEngineId();
  const [result, setResult] = useState<{ engine: string; facts?: EngineFacts; error?: string } | null>(null);
  useEffect(() => {
    api.system.facts.query({ engine }).then((facts) => setResult({ engine, facts }), (err) => setResult({ engine, error: describeError(t, errorData(err)) }));
  }, [engine, t]);
  const shown = result?.engine === engine ? result : null;
  const f = shown?.facts;
  const list = (items: string[]) => items.join(', ');
  return (
    <section className="screen" aria-labelledby="info-title">
      <header className="screen-header"><h1 id="info-title">{t('info.title')}</h1></header>
      {shown?.error && <p className="form-error" role="alert">{shown.error}</p>}
      {!shown && <Skeleton lines={6} />}
      {f && (
        <div className="disk-grid">
          {f.warnings.length > 0 && (
            <section className="dash-card dash-wide info-warnings" aria-labelledby="info-warnings">
              <h2 id="info-warnings">{t('info.warnings', { count: f.warnings.length })}</h2>
              <ul>{f.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
            </section>
          )}
          <Section id="engine" title={t('info.engine')} facts={[
            [t('info.version'), f.engine.version], [t('info.api'), `${f.engine.api} (${t('info.minApi', { version: f.engine.minApi })})`],
            [t('info.platform'), `${f.engine.os}/${f.engine.arch}`], [t('info.kernel'), f.engine.kernel], [t('info.go'), f.engine.goVersion],
            [t('info.commit'), f.engine.gitCommit], [t('info.built'), f.engine.built],
          ]} />
          <Section id="host" title={t('info.host')} facts={[
            [t('info.name'), f.host.name], [t('info.os'), f.host.os], [t('info.cpus'), String(f.host.cpus)], [t('info.memory'), formatBytes(f.host.memory)],
            [t('info.rootDir'), f.host.rootDir], [t('info.id'), f.host.id],
          ]} />
          <Section id="storage" title={t('info.storage')} facts={[
            [t('info.driver'), f.storage.driver], ...f.storage.status, [t('info.cgroupDriver'), f.cgroup.driver], [t('info.cgroupVersion'), f.cgroup.version],
          ]} />
          <Section id="runtimes" title={t('info.runtimes')} facts={[
            [t('info.runtimeNames'), list(f.runtimes.names)], [t('info.defaultRuntime'), f.runtimes.default], [t('info.init'), f.runtimes.init ?? ''],
            [t('info.pluginsVolume'), list(f.plugins.volume)], [t('info.pluginsNetwork'), list(f.plugins.network)], [t('info.pluginsLog'), list(f.plugins.log)],
            [t('info.pluginsAuth'), list(f.plugins.authorization)],
          ]} />
          <Section id="registries" title={t('info.registries')} facts={[
            [t('info.index'), f.registries.index], [t('info.mirrors'), list(f.registries.mirrors)], [t('info.insecure'), list(f.registries.insecure)],
          ]} />
          <Section id="swarm" title={t('info.swarmSecurity')} facts={[
            [t('info.swarm'), f.swarm.state], ...(f.swarm.nodeId ? [[t('info.nodeId'), f.swarm.nodeId] as [string, string]] : []),
            ...(f.swarm.nodes !== null ? [[t('info.nodes'), `${f.swarm.nodes} (${t('info.managers', { count: f.swarm.managers ?? 0 })})`] as [string, string]] : []),
            [t('info.security'), list(f.security)],
          ]} />
        </div>
      )}
    </section>
  );
}

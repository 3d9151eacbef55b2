import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProbeResult } from '../../../shared/daemon/daemon-api';
import type { FieldErrors } from '../../../shared/daemon/daemon-form';
import { api } from '../../app/api-client';
import { editForm, useDaemonDraft } from './daemon-draft-store';
import { RegistryListSection } from './EngineFields';
import { currentEngine } from '../../app/route-store';

/** Usable mirrors first, fastest first; the rest keep their order after them. */
export function byLatency(mirrors: string[], results: Record<string, ProbeResult | undefined>): string[] {
  const rank = (m: string) => (results[m]?.verdict === 'usable' ? results[m]!.latencyMs : Number.POSITIVE_INFINITY);
  return [...mirrors].sort((a, b) => rank(a) - rank(b));
}

export function MirrorsSection({ errors, disabled }: { errors: FieldErrors; disabled: boolean }) {
  const { t } = useTranslation();
  const mirrors = useDaemonDraft((s) => s.form.registryMirrors);
  const [results, setResults] = useState<Record<string, ProbeResult | undefined>>({});
  const [probing, setProbing] = useState<Set<string>>(new Set());
  const probe = async (urls: string[]): Promise<void> => {
    setProbing(new Set(urls));
    const found = await Promise.all(urls.map((url) => api.daemon.probe.mutate({ engine: currentEngine(), url, timeoutMs: 5_000 })));
    setResults((r) => ({ ...r, ...Object.fromEntries(found.map((x) => [x.url, x])) }));
    setProbing(new Set());
  };
  const verdict = (url: string) => {
    const r = results[url];
    if (probing.has(url)) return <span className="verdict" role="status">{t('daemon.probe.running')}</span>;
    if (!r) return null;
    const text = t(`daemon.probe.verdicts.${r.verdict}`, { status: r.status ?? '' });
    return <span className={`verdict verdict-${r.verdict === 'usable' ? 'ok' : 'bad'}`} role="status">{t('daemon.probe.result', { verdict: text, ms: r.latencyMs })}</span>;
  };
  const probed = mirrors.filter((m) => results[m]);
  return (
    <RegistryListSection field="registryMirrors" prefix="mirrors" placeholder="https://mirror.example.com" errors={errors} disabled={disabled}
      extra={(url, i) => (
        <>
          <button type="button" disabled={!!errors[`registryMirrors.${i}`] || probing.size > 0} onClick={() => void probe([url.trim()])}>
            {t('daemon.probe.one', { n: i + 1 })}
          </button>
          {verdict(url.trim())}
        </>
      )}>
      <div className="form-actions">
        <button type="button" disabled={mirrors.length === 0 || probing.size > 0} onClick={() => void probe(mirrors.map((m) => m.trim()).filter((m, i) => !errors[`registryMirrors.${i}`]))}>
          {t('daemon.probe.all')}
        </button>
        <button type="button" disabled={disabled || probed.length < 2} onClick={() => editForm({ registryMirrors: byLatency(mirrors.map((m) => m.trim()), results) })}>
          {t('daemon.probe.sort')}
        </button>
      </div>
    </RegistryListSection>
  );
}

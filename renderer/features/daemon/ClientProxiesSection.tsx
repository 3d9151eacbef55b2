import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientConfig, ClientProxies } from '../../../shared/daemon/daemon-api';
import { api } from '../../app/api-client';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { notify } from '../../ui/notices-store';
import { currentEngine } from '../../app/route-store';

const FIELDS: (keyof ClientProxies)[] = ['httpProxy', 'httpsProxy', 'noProxy'];

/** `proxies.default` in ~/.docker/config.json: what `docker run` and `docker build` hand to containers. */
export function ClientProxiesSection() {
  const { t } = useTranslation();
  const [config, setConfig] = useState<ClientConfig | null>(null);
  const [draft, setDraft] = useState<ClientProxies>({ httpProxy: '', httpsProxy: '', noProxy: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const show = (c: ClientConfig) => { setConfig(c); setDraft(c.proxies); };
  useEffect(() => { api.daemon.clientProxies.query({ engine: currentEngine() }).then(show, (err) => setError(describeError(t, errorData(err)))); }, [t]);
  const changed = config ? FIELDS.filter((f) => draft[f] !== config.proxies[f]) : [];
  const save = async () => {
    setConfirming(false);
    try {
      show(await api.daemon.setClientProxies.mutate({ engine: currentEngine(), ...draft }));
      setFieldErrors({});
      setError('');
      notify('info', t('daemon.client.saved'));
    } catch (err) {
      const data = errorData(err);
      setFieldErrors(Object.fromEntries(Object.entries(data.fields ?? {}).map(([k, m]) => [k, translate(t, m)])));
      if (!data.fields) setError(describeError(t, data));
    }
  };
  return (
    <section aria-labelledby="client-proxies-title" className="settings-section">
      <h3 id="client-proxies-title">{t('daemon.client.title')}</h3>
      <p className="hint">{t('daemon.client.hint', { file: config?.path ?? '~/.docker/config.json' })}</p>
      <form className="plain" noValidate onSubmit={(e) => { e.preventDefault(); setConfirming(true); }}>
        {FIELDS.map((field) => (
          <Field key={field} label={t(`daemon.client.${field}`)} error={fieldErrors[field]}>
            <input value={draft[field]} spellCheck={false} onChange={(e) => setDraft({ ...draft, [field]: e.target.value })} />
          </Field>
        ))}
        {error && <p className="form-error" role="alert">{error}</p>}
        <button type="submit" disabled={!config || changed.length === 0}>{t('daemon.client.save')}</button>
      </form>
      {confirming && config && (
        <Dialog title={t('daemon.client.confirmTitle')} onClose={() => setConfirming(false)} onSubmit={() => void save()}
          actions={<>
            <button type="button" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
            <button type="submit" className="primary">{t('daemon.client.save')}</button>
          </>}>
          <p>{t('daemon.client.confirm', { file: config.path })}</p>
          <table className="grid" aria-label={t('daemon.client.changes')}>
            <thead><tr><th scope="col">{t('daemon.client.setting')}</th><th scope="col">{t('daemon.client.before')}</th><th scope="col">{t('daemon.client.after')}</th></tr></thead>
            <tbody>
              {changed.map((f) => (
                <tr key={f}>
                  <th scope="row">{t(`daemon.client.${f}`)}</th>
                  <td><code>{config.proxies[f] || t('common.none')}</code></td>
                  <td><code>{draft[f] || t('common.none')}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </Dialog>
      )}
    </section>
  );
}

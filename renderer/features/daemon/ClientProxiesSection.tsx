import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientConfig, ClientProxies } from '../../../shared/daemon/daemon-api';
import { api } from '../../app/api-client';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Field } from '../../ui/Field';
import { notify } from '../../ui/notices-store';

const FIELDS: (keyof ClientProxies)[] = ['httpProxy', 'httpsProxy', 'noProxy'];

/** `proxies.default` in ~/.docker/config.json: what `docker run` and `docker build` hand to containers. */
export function ClientProxiesSection() {
  const { t } = useTranslation();
  const [config, setConfig] = useState<ClientConfig | null>(null);
  const [draft, setDraft] = useState<ClientProxies>({ httpProxy: '', httpsProxy: '', noProxy: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const show = (c: ClientConfig) => { setConfig(c); setDraft(c.proxies); };
  useEffect(() => { api.daemon.clientProxies.query().then(show, (err) => setError(describeError(t, errorData(err)))); }, [t]);
  const save = async () => {
    try {
      show(await api.daemon.setClientProxies.mutate(draft));
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
      <form className="plain" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
        {FIELDS.map((field) => (
          <Field key={field} label={t(`daemon.client.${field}`)} error={fieldErrors[field]}>
            <input value={draft[field]} spellCheck={false} onChange={(e) => setDraft({ ...draft, [field]: e.target.value })} />
          </Field>
        ))}
        {error && <p className="form-error" role="alert">{error}</p>}
        <button type="submit" disabled={!config}>{t('daemon.client.save')}</button>
      </form>
    </section>
  );
}

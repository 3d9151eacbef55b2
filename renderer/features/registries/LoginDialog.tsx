import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseRegistryServer } from '../../../shared/registries';
import { api } from '../../app/api-client';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { currentEngine } from '../../app/route-store';

type Fields = Partial<Record<'server' | 'username' | 'password', string>>;

/** `docker login`: the engine checks the password with the registry before anything is stored. */
export function LoginDialog({ initialServer = '', onClose, onLoggedIn }: { initialServer?: string; onClose(): void; onLoggedIn(server: string): void }) {
  const { t } = useTranslation();
  const [server, setServer] = useState(initialServer);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fields, setFields] = useState<Fields>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const parsed = parseRegistryServer(server);
    const local: Fields = {
      server: parsed.ok ? undefined : translate(t, parsed.error),
      username: username.trim() ? undefined : t('validation.login.username'),
      password: password ? undefined : t('validation.login.password'),
    };
    setFields(local);
    setError('');
    if (Object.values(local).some(Boolean) || busy) return;
    setBusy(true);
    try {
      const login = await api.registries.login.mutate({ engine: currentEngine(), server, username, password });
      onLoggedIn(login.server);
      onClose();
    } catch (err) {
      const data = errorData(err);
      const byField = Object.fromEntries(Object.entries(data.fields ?? {}).map(([k, m]) => [k, translate(t, m)]));
      setFields(byField);
      if (!Object.keys(byField).length) setError(describeError(t, data));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('registries.loginTitle')} onClose={onClose} onSubmit={() => void submit()}
      actions={<>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" className="primary" disabled={busy}>{t('registries.login')}</button>
      </>}>
      <Field label={t('registries.server')} hint={t('registries.serverHint')} error={fields.server}>
        <input value={server} autoFocus spellCheck={false} onChange={(e) => setServer(e.target.value)} />
      </Field>
      <Field label={t('registries.username')} error={fields.username}>
        <input value={username} autoComplete="username" spellCheck={false} onChange={(e) => setUsername(e.target.value)} />
      </Field>
      <Field label={t('registries.password')} hint={t('registries.passwordHint')} error={fields.password}>
        <input type="password" value={password} autoComplete="current-password" onChange={(e) => setPassword(e.target.value)} />
      </Field>
      {error && <p className="form-error" role="alert">{error}</p>}
    </Dialog>
  );
}

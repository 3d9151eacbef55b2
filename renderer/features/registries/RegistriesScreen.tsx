import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginInfo } from '../../../shared/registries';
import { api } from '../../app/api-client';
import { describeError, errorData } from '../../ui/api-error';
import { LoginDialog } from './LoginDialog';
import { RegistryBrowser } from './RegistryBrowser';
import { SearchSection } from './SearchSection';
import { currentEngine } from '../../app/route-store';

/** Logins per registry (stored where the Docker CLI keeps them) and browsing a registry's repositories and tags. */
export function RegistriesScreen() {
  const { t } = useTranslation();
  const [logins, setLogins] = useState<LoginInfo[]>([]);
  const [error, setError] = useState('');
  const [loggingIn, setLoggingIn] = useState(false);
  const [browsing, setBrowsing] = useState('');
  const load = (): void => {
    api.registries.logins.query({ engine: currentEngine() }).then((list) => (setLogins(list), setError('')), (err) => setError(describeError(t, errorData(err))));
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(load, []);
  const logout = (server: string): void => {
    api.registries.logout.mutate({ engine: currentEngine(), server }).then(load, (err) => setError(describeError(t, errorData(err))));
  };
  return (
    <section className="screen" aria-labelledby="registries-title">
      <header className="screen-header">
        <h1 id="registries-title">{t('registries.title')}</h1>
        <button type="button" onClick={() => setLoggingIn(true)}>{t('registries.loginOpen')}</button>
      </header>
      {loggingIn && <LoginDialog onClose={() => setLoggingIn(false)} onLoggedIn={(server) => { load(); setBrowsing(server); }} />}
      {error && <p className="form-error" role="alert">{error}</p>}
      <h2>{t('registries.logins')}</h2>
      {logins.length === 0 ? <p className="muted">{t('registries.noLogins')}</p> : (
        <table className="grid" aria-label={t('registries.logins')}>
          <thead><tr>{(['server', 'username', 'store', 'actions'] as const).map((c) => <th key={c} scope="col">{t(`registries.columns.${c}`)}</th>)}</tr></thead>
          <tbody>
            {logins.map((login) => (
              <tr key={login.server}>
                <td><code>{login.server}</code></td>
                <td>{login.username}</td>
                <td>{login.helper ? t('registries.inHelper', { helper: login.store }) : <code>{login.store}</code>}</td>
                <td>
                  <button type="button" onClick={() => setBrowsing(login.server)} aria-label={t('registries.browseOne', { server: login.server })}>{t('registries.browse')}</button>
                  <button type="button" onClick={() => logout(login.server)} aria-label={t('registries.logoutOne', { server: login.server })}>{t('registries.logout')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RegistryBrowser key={browsing} initialServer={browsing} servers={logins.map((l) => l.server)} />
      <SearchSection />
    </section>
  );
}

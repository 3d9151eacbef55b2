import './registries.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCKER_HUB_SERVER, parseRegistryServer, type RegistryListing } from '../../../shared/registries';
import { api } from '../../app/api-client';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Field } from '../../ui/Field';
import { PullDialog } from '../images/PullDialog';
import { currentEngine } from '../../app/route-store';

const imageName = (server: string, repository: string, tag: string): string =>
  `${server === DOCKER_HUB_SERVER ? '' : `${server}/`}${repository}:${tag}`;

/** A registry's v2 catalog, then a repository's tags, each with Pull. Plain HTTP only where the engine allows it. */
export function RegistryBrowser({ initialServer, servers }: { initialServer: string; servers: string[] }) {
  const { t } = useTranslation();
  const [server, setServer] = useState(initialServer);
  const [fieldError, setFieldError] = useState('');
  const [error, setError] = useState('');
  const [listed, setListed] = useState<{ server: string; repositories: RegistryListing } | null>(null);
  const [tags, setTags] = useState<{ repository: string; listing: RegistryListing } | null>(null);
  const [pulling, setPulling] = useState('');
  const fail = (err: unknown) => setError(describeError(t, errorData(err)));
  const list = () => {
    const parsed = parseRegistryServer(server);
    setFieldError(parsed.ok ? '' : translate(t, parsed.error));
    setError('');
    if (!parsed.ok) return;
    setTags(null);
    api.registries.catalog.query({ engine: currentEngine(), server }).then((repositories) => setListed({ server: parsed.value, repositories }), fail);
  };
  const showTags = (repository: string) => {
    if (!listed) return;
    api.registries.tags.query({ engine: currentEngine(), server: listed.server, repository }).then((listing) => setTags({ repository, listing }), fail);
  };
  return (
    <section aria-labelledby="browse-title">
      <h2 id="browse-title">{t('registries.browseTitle')}</h2>
      <form className="inline-form" noValidate onSubmit={(e) => { e.preventDefault(); list(); }}>
        <Field label={t('registries.server')} hint={t('registries.browseHint')} error={fieldError || undefined}>
          <input value={server} list="registry-servers" spellCheck={false} onChange={(e) => setServer(e.target.value)} />
        </Field>
        <datalist id="registry-servers">{servers.map((s) => <option key={s} value={s} />)}</datalist>
        <button type="submit">{t('registries.listRepositories')}</button>
      </form>
      {error && <p className="form-error" role="alert">{error}</p>}
      {listed && (
        <div className="registry-listing">
          <ul aria-label={t('registries.repositories')}>
            {listed.repositories.items.map((repository) => (
              <li key={repository}>
                <button type="button" aria-pressed={tags?.repository === repository} onClick={() => showTags(repository)}>{repository}</button>
              </li>
            ))}
          </ul>
          {listed.repositories.truncated && <p className="muted">{t('registries.truncated')}</p>}
          {tags && (
            <ul aria-label={t('registries.tagsOf', { repository: tags.repository })}>
              {tags.listing.items.map((tag) => (
                <li key={tag}>
                  <code>{tag}</code>{' '}
                  <button type="button" onClick={() => setPulling(imageName(listed.server, tags.repository, tag))}
                    aria-label={t('registries.pullOne', { name: `${tags.repository}:${tag}` })}>{t('images.pull')}</button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {pulling && <PullDialog initialReference={pulling} onClose={() => setPulling('')} />}
    </section>
  );
}

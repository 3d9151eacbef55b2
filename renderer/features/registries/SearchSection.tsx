import './registries.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pullReferenceOf, type SearchInput, type SearchResult } from '../../../shared/registries';
import { api } from '../../app/api-client';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Field } from '../../ui/Field';
import { PullDialog } from '../images/PullDialog';
import { currentEngine } from '../../app/route-store';

/** `docker search` with its filters; the engine asks the registry named in the term (Docker Hub when none). */
export function SearchSection() {
  const { t } = useTranslation();
  const [form, setForm] = useState<SearchInput>({ term: '', limit: 25, officialOnly: false, automatedOnly: false, minStars: 0 });
  const [results, setResults] = useState<{ term: string; hits: SearchResult[] } | null>(null);
  const [fieldError, setFieldError] = useState('');
  const [busy, setBusy] = useState(false);
  const [pulling, setPulling] = useState('');
  const set = <K extends keyof SearchInput>(key: K, value: SearchInput[K]) => setForm((f) => ({ ...f, [key]: value }));
  const search = async () => {
    if (!form.term.trim()) return setFieldError(t('validation.search.required'));
    setFieldError('');
    setBusy(true);
    try {
      setResults({ term: form.term, hits: await api.registries.search.query({ engine: currentEngine(), ...form }) });
    } catch (err) {
      const data = errorData(err);
      setFieldError(data.fields?.term ? `${translate(t, data.fields.term)} ${data.detail ?? ''}`.trim() : describeError(t, data));
      setResults(null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="search-title">
      <h2 id="search-title">{t('registries.search.title')}</h2>
      <form className="inline-form" noValidate onSubmit={(e) => { e.preventDefault(); void search(); }}>
        <Field label={t('registries.search.term')} hint={t('registries.search.termHint')} error={fieldError || undefined}>
          <input type="search" value={form.term} spellCheck={false} onChange={(e) => set('term', e.target.value)} />
        </Field>
        <Field label={t('registries.search.limit')}>
          <input type="number" min={1} max={100} value={form.limit} onChange={(e) => set('limit', Math.min(100, Math.max(1, Number(e.target.value) || 1)))} />
        </Field>
        <Field label={t('registries.search.minStars')}>
          <input type="number" min={0} value={form.minStars} onChange={(e) => set('minStars', Math.max(0, Math.floor(Number(e.target.value) || 0)))} />
        </Field>
        <label className="check"><input type="checkbox" checked={form.officialOnly} onChange={(e) => set('officialOnly', e.target.checked)} />{t('registries.search.official')}</label>
        <label className="check"><input type="checkbox" checked={form.automatedOnly} onChange={(e) => set('automatedOnly', e.target.checked)} />{t('registries.search.automated')}</label>
        <button type="submit" disabled={busy}>{t('registries.search.submit')}</button>
      </form>
      {results && (results.hits.length === 0 ? <p role="status">{t('registries.search.none')}</p> : (
        <table className="grid" aria-label={t('registries.search.results')}>
          <thead><tr>{(['name', 'description', 'stars', 'official', 'actions'] as const).map((c) => <th key={c} scope="col">{t(`registries.search.columns.${c}`)}</th>)}</tr></thead>
          <tbody>
            {results.hits.map((hit) => (
              <tr key={hit.name}>
                <td><code>{hit.name}</code></td>
                <td>{hit.description}</td>
                <td>{hit.stars}</td>
                <td>{[hit.official && t('registries.search.officialMark'), hit.automated && t('registries.search.automatedMark')].filter(Boolean).join(' · ')}</td>
                <td><button type="button" onClick={() => setPulling(pullReferenceOf(results.term, hit.name))} aria-label={t('registries.pullOne', { name: hit.name })}>{t('images.pull')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {pulling && <PullDialog initialReference={pulling} onClose={() => setPulling('')} />}
    </section>
  );
}

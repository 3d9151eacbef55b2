import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The engine's inspect document, searchable (matches highlighted and counted) and copyable. */
export function InspectJson({ raw }: { raw: unknown }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [copied, setCopied] = useState(false);
  const json = useMemo(() => JSON.stringify(raw, null, 2), [raw]);
  const parts = useMemo(() => (query ? json.split(new RegExp(`(${escapeRegExp(query)})`, 'gi')) : [json]), [json, query]);
  const matches = (parts.length - 1) / 2;
  return (
    <div className="inspect">
      <div className="toolbar">
        <input type="search" aria-label={t('details.searchJson')} placeholder={t('details.searchJson')} value={query} onChange={(e) => setQuery(e.target.value)} />
        {query && <span aria-live="polite">{t('details.matches', { count: matches })}</span>}
        <button type="button" onClick={() => void navigator.clipboard.writeText(json).then(() => setCopied(true))}>
          {copied ? t('common.copied') : t('details.copyJson')}
        </button>
      </div>
      <pre className="json" tabIndex={0}>
        {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}
      </pre>
    </div>
  );
}

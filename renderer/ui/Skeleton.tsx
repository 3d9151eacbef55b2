import './skeleton.css';
import { useTranslation } from 'react-i18next';

/** Stands where data will be while it loads, at about its size: the page does not jump, and nothing looks empty. */
export function Skeleton({ lines = 1 }: { lines?: number }) {
  const { t } = useTranslation();
  return (
    <div className="skeleton-block" role="status" aria-label={t('common.loading')}>
      {Array.from({ length: lines }, (_, i) => <div key={i} className="skeleton" />)}
    </div>
  );
}

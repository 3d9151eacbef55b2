import './images.css';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../ui/format';
import { transferHint } from '../../../shared/images';
import type { TransferState } from './use-transfer';

/** The status or outcome, the totals, and a bar per layer (kept after the end). */
export function TransferProgressView({ state }: { state: TransferState }) {
  const { t } = useTranslation();
  if (state.phase === 'idle') return null;
  const total = state.layers.reduce((sum, l) => sum + l.total, 0);
  const current = state.layers.reduce((sum, l) => sum + l.current, 0);
  const hint = state.phase === 'failed' ? transferHint(state.message) : undefined;
  return (
    <div className="pull-progress">
      {state.phase === 'failed'
        ? <p className="form-error" role="alert">{hint && `${t(hint)} `}{state.message}</p>
        : <p role="status">{state.status || t('images.transfer.starting')}</p>}
      {total > 0 && <p>{t('images.transfer.total', { current: formatBytes(current), total: formatBytes(total) })}</p>}
      {state.layers.length > 0 && (
        <ul aria-label={t('images.transfer.layers')}>
          {state.layers.map((layer) => (
            <li key={layer.id}>
              <code>{layer.id}</code> {layer.status}{layer.total > 0 && ` · ${formatBytes(layer.current)} / ${formatBytes(layer.total)}`}
              <progress aria-label={t('images.transfer.layer', { id: layer.id })} max={layer.total || 1} value={layer.total ? layer.current : 0} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorData } from '../../../shared/errors';
import { byKind, type PruneKind, type PruneOptions, type PruneOutcome, type PrunePlan } from '../../../shared/prune-kinds';
import { api } from '../../app/api-client';
import { useEngineId } from '../../app/route-store';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { formatBytes, shortId } from '../../ui/format';

interface PruneDialogProps {
  title: string;
  /** The kinds this prune offers (one: a kind's own prune; several: `docker system prune`, each a choice). */
  kinds: PruneKind[];
  initial: PruneOptions;
  onClose(): void;
}

const shownName = (item: { kind: PruneKind; id: string; name: string }) => item.name || shortId(item.id);
const isOn = (options: PruneOptions, kind: PruneKind) => (kind === 'images' ? options.images !== 'none' : options[kind]);

/**
 * Every prune: the plan the engine's way, shown by kind with what it frees; then exactly those items removed, and any
 * that became used meanwhile kept and named.
 */
export function PruneDialog({ title, kinds, initial, onClose }: PruneDialogProps) {
  const { t } = useTranslation();
  const engine = useEngineId();
  const [options, setOptions] = useState(initial);
  const [plan, setPlan] = useState<{ key: string; plan?: PrunePlan; error?: ErrorData } | null>(null);
  const [outcome, setOutcome] = useState<PruneOutcome | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const key = JSON.stringify(options);
  useEffect(() => {
    let live = true;
    api.system.prunePlan.query({ engine, ...options }).then((p) => live && setPlan({ key, plan: p }), (err: unknown) => live && setPlan({ key, error: errorData(err) }));
    return () => { live = false; };
  }, [engine, options, key]);
  const current = plan?.key === key ? plan : null;
  const items = current?.plan?.items ?? [];
  const toggle = (kind: PruneKind, on: boolean) =>
    setOptions((o) => (kind === 'images' ? { ...o, images: on ? 'dangling' : 'none' } : { ...o, [kind]: on }));
  const prune = async () => {
    if (!items.length || busy || outcome) return;
    setBusy(true);
    try {
      setOutcome(await api.system.prune.mutate({ engine, items }));
    } catch (err) {
      setError(describeError(t, errorData(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={title} onClose={onClose} onSubmit={() => void prune()} wide
      actions={<>
        <button type="button" onClick={onClose}>{t('common.close')}</button>
        {!outcome && (
          <button type="submit" className="danger" disabled={!items.length || busy || !current}>
            {t('prune.confirm', { count: items.length, size: formatBytes(current?.plan?.reclaimable ?? 0) })}
          </button>
        )}
      </>}>
      <fieldset disabled={!!outcome || busy}>
        <legend>{t('prune.what')}</legend>
        {kinds.length > 1 && kinds.map((kind) => (
          <label key={kind} className="check"><input type="checkbox" checked={isOn(options, kind)} onChange={(e) => toggle(kind, e.target.checked)} />{t(`prune.choice.${kind}`)}</label>
        ))}
        {options.images !== 'none' && <>
          <label className="check"><input type="radio" name="prune-images" checked={options.images === 'dangling'} onChange={() => setOptions((o) => ({ ...o, images: 'dangling' }))} />{t('prune.danglingImages')}</label>
          <label className="check"><input type="radio" name="prune-images" checked={options.images === 'all'} onChange={() => setOptions((o) => ({ ...o, images: 'all' }))} />{t('prune.allImages')}</label>
        </>}
        {kinds.length === 1 && kinds[0] !== 'images' && <p className="muted">{t(`prune.choice.${kinds[0]!}`)}</p>}
      </fieldset>
      {(error || current?.error) && <p className="form-error" role="alert">{error || describeError(t, current!.error!)}</p>}
      {!current && <p>{t('common.loading')}</p>}
      {current?.plan && !outcome && (items.length === 0 ? <p role="status">{t('prune.nothing')}</p> : byKind(items).map(([kind, of]) => (
        <section key={kind} aria-label={t(`prune.listOf.${kind}`, { count: of.length })}>
          <h3>{t(`prune.listOf.${kind}`, { count: of.length })}</h3>
          <ul className="prune-list">{of.map((i) => <li key={i.id}><code>{shownName(i)}</code>{i.size > 0 && <> · {formatBytes(i.size)}</>}</li>)}</ul>
        </section>
      )))}
      {outcome && <>
        <p role="status">{t('prune.done', { count: outcome.removed.length, size: formatBytes(outcome.reclaimed) })}</p>
        {outcome.kept.length > 0 && (
          <ul aria-label={t('prune.keptList')}>
            {outcome.kept.map((k) => <li key={`${k.kind}|${k.id}`}><code>{shownName(k)}</code> — {translate(t, k.reason)}</li>)}
          </ul>
        )}
      </>}
    </Dialog>
  );
}

import type { TFunction } from 'i18next';
import type { BuildEvent } from '../../../shared/build';
import type { FileJobEvent } from '../../../shared/image-files';
import type { LayerProgress, TransferEvent } from '../../../shared/images';
import type { JobRecord } from '../../../shared/jobs';
import { api } from '../../app/api-client';
import { describeError, errorData } from '../../ui/api-error';
import { formatBytes, shortId } from '../../ui/format';
import type { Job, JobSpec } from './jobs-store';

/**
 * What each kind of job's events mean to its view, in one place: the dialog that starts a job and a page that finds it
 * running in main (after a reload) read its events the same way.
 */

type Change<Detail> = Partial<Job<Detail>> & { appendLog?: string };

/** Bytes moved of the layers whose size is known. */
function layerProgress(layers: LayerProgress[]): { value: number; max: number } | null {
  const sized = layers.filter((l) => l.total > 0);
  return sized.length ? { value: sized.reduce((a, l) => a + Math.min(l.current, l.total), 0), max: sized.reduce((a, l) => a + l.total, 0) } : null;
}

export const transferEvents = (t: TFunction) => (event: TransferEvent): Change<LayerProgress[]> =>
  event.type === 'progress' ? { status: event.status, detail: event.layers, progress: layerProgress(event.layers) }
    : event.type === 'done' ? { phase: 'done', status: event.status, outcome: event.status }
    : { phase: 'failed', outcome: describeError(t, event.error) };

export const fileEvents = (t: TFunction) => (event: FileJobEvent): Change<string[]> =>
  event.type === 'progress' ? { progress: event.total ? { value: Math.min(event.bytes, event.total), max: event.total } : null, status: formatBytes(event.bytes) }
    : event.type === 'done' ? { phase: 'done', detail: event.results, outcome: t('images.files.done') }
    : { phase: 'failed', outcome: describeError(t, event.error) };

/** What a build's view draws beyond its log and status. */
export interface BuildDetail { done?: { id: string; tags: string[] }; leftover?: { container: string; name: string } }

export const buildEvents = (t: TFunction) => (event: BuildEvent, current: Job<BuildDetail>): Change<BuildDetail> =>
  event.type === 'log' ? { appendLog: event.text }
    : event.type === 'step' ? { status: t('images.build.step', { step: event.step, total: event.total, instruction: event.instruction }), progress: { value: event.step - 1, max: event.total } }
    : event.type === 'done' ? { phase: 'done', detail: { ...current.detail, done: event }, outcome: t('images.build.done', { id: shortId(event.id), tags: event.tags.join(', ') || '—' }) }
    : event.type === 'leftover' ? { detail: { ...current.detail, leftover: event } }
    : { phase: 'failed', outcome: describeError(t, event.error) };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind's events, read by its own function
type Reader = (t: TFunction) => (event: any, current: Job<any>) => Change<any>;
/** Jobs of kinds not named here move a file (save, load, import, export, upload, download, volume archives). */
const READERS: Record<string, Reader> = { 'images.pull': transferEvents, 'images.push': transferEvents, 'images.build': buildEvents };

/** A job main is running or ran, as the page that finds it after a reload shows it: followed from its first event. */
export function restoredSpec(record: JobRecord, t: TFunction): JobSpec<unknown> {
  return {
    title: record.title || record.kind, engine: record.engine ?? '',
    subscribe: (handlers) => api.jobs.follow.subscribe({ id: record.id }, handlers),
    onEvent: (READERS[record.kind] ?? fileEvents)(t),
    describe: (err) => describeError(t, errorData(err)),
  };
}

import type { ImageSummary } from '../../../shared/images';
import { collator } from '../../ui/format';

/** One row per repository:tag, as `docker images` lists them; an untagged (dangling) image is one row. */
export interface ImageRow {
  /** The reference to act on: repo:tag, or the id when untagged. */
  key: string;
  id: string;
  repository: string;
  tag: string;
  created: number;
  size: number;
  containers: number;
  dangling: boolean;
}

function splitTag(ref: string): [string, string] {
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? [ref.slice(0, colon), ref.slice(colon + 1)] : [ref, ''];
}

export function imageRows(images: ImageSummary[]): ImageRow[] {
  return images.flatMap((image): ImageRow[] => {
    const base = { id: image.id, created: image.created, size: image.size, containers: image.containers };
    if (!image.repoTags.length) return [{ ...base, key: image.id, repository: '', tag: '', dangling: true }];
    return image.repoTags.map((ref) => {
      const [repository, tag] = splitTag(ref);
      return { ...base, key: ref, repository, tag, dangling: false };
    });
  });
}

/** The filter box (repository, tag or id) and the "dangling only" toggle. */
export function filterRows(rows: ImageRow[], text: string, danglingOnly: boolean): ImageRow[] {
  const needle = text.trim().toLowerCase();
  return rows.filter((r) => (!danglingOnly || r.dangling) && (!needle || r.key.toLowerCase().includes(needle) || r.id.includes(needle)));
}

export type SortableColumn = 'repository' | 'tag' | 'id' | 'created' | 'size' | 'containers';

/** Sorted here rather than by the table, which would build a row model for every row; it only sees the visible ones. */
export function sortRows(rows: ImageRow[], sort: { id: string; desc: boolean } | undefined): ImageRow[] {
  if (!sort) return rows;
  const key = sort.id as SortableColumn;
  const sign = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[key], y = b[key];
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y)));
  });
}

import type { ImageSummary } from '../../../shared/images';

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

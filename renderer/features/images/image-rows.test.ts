import { describe, expect, it } from 'vitest';
import { filterRows, imageRows } from './image-rows';

const images = [
  { id: 'sha256:aaa', repoTags: ['team/app:1', '127.0.0.1:5000/team/app:latest'], created: 1, size: 10, containers: 2 },
  { id: 'sha256:bbb', repoTags: [], created: 2, size: 20, containers: 0 },
];

describe('image rows', () => {
  it('one row per tag (a registry port is not a tag), one row for an untagged image', () => {
    expect(imageRows(images).map((r) => [r.key, r.repository, r.tag, r.dangling])).toEqual([
      ['team/app:1', 'team/app', '1', false], ['127.0.0.1:5000/team/app:latest', '127.0.0.1:5000/team/app', 'latest', false], ['sha256:bbb', '', '', true],
    ]);
  });
  it('filters by text and by dangling', () => {
    const rows = imageRows(images);
    expect(filterRows(rows, '5000', false).map((r) => r.key)).toEqual(['127.0.0.1:5000/team/app:latest']);
    expect(filterRows(rows, '', true).map((r) => r.key)).toEqual(['sha256:bbb']);
    expect(filterRows(rows, 'bbb', false)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { filterRows, imageRows, sortRows } from './image-rows';

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
  it('sorts numbers by value and names in natural order, either way', () => {
    const rows = imageRows([
      { id: 'sha256:1', repoTags: ['app:v10'], created: 3, size: 1, containers: 0 },
      { id: 'sha256:2', repoTags: ['app:v9'], created: 1, size: 3, containers: 0 },
      { id: 'sha256:3', repoTags: ['App:v2'], created: 2, size: 2, containers: 0 },
    ]);
    expect(sortRows(rows, { id: 'tag', desc: false }).map((r) => r.tag)).toEqual(['v2', 'v9', 'v10']);
    expect(sortRows(rows, { id: 'created', desc: true }).map((r) => r.created)).toEqual([3, 2, 1]);
    expect(sortRows(rows, undefined)).toBe(rows);
  });
});

import { describe, expect, it } from 'vitest';
import { sortBy } from './sortable-table';

describe('sorting rows', () => {
  const rows = [{ tag: 'v10', created: 3 }, { tag: 'v9', created: 1 }, { tag: 'V2', created: 2 }];
  it('sorts text in natural order ignoring case, numbers by value, either way', () => {
    expect(sortBy(rows, { id: 'tag', desc: false }).map((r) => r.tag)).toEqual(['V2', 'v9', 'v10']);
    expect(sortBy(rows, { id: 'created', desc: true }).map((r) => r.created)).toEqual([3, 2, 1]);
  });
  it('leaves the rows alone when nothing is sorted', () => expect(sortBy(rows, undefined)).toBe(rows));
});

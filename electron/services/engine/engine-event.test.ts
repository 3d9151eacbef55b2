import { describe, expect, it } from 'vitest';
import { normalizeEngineEvent } from './engine-event';
import { jsonLines } from './json-lines';

describe('normalizeEngineEvent', () => {
  it('reads the Action/Actor form (Engine 29 sends only this)', () => {
    expect(normalizeEngineEvent({ Type: 'container', Action: 'health_status: healthy', Actor: { ID: 'abc', Attributes: { name: 'web' } }, timeNano: 5 }))
      .toEqual({ type: 'container', action: 'health_status', id: 'abc', attributes: { name: 'web' }, timeNano: 5 });
  });
  it('reads the classic status/id/from form', () => {
    expect(normalizeEngineEvent({ status: 'die', id: 'abc', from: 'busybox', time: 2 }))
      .toEqual({ type: 'container', action: 'die', id: 'abc', attributes: { image: 'busybox' }, timeNano: 2e9 });
  });
  it('ignores what is not an event', () => {
    expect(normalizeEngineEvent(null)).toBeNull();
    expect(normalizeEngineEvent({ Type: 'container' })).toBeNull();
  });
});

describe('jsonLines', () => {
  it('joins documents split across chunks, including a split UTF-8 character', async () => {
    const bytes = Buffer.from('{"a":"容"}\n{"b":2}\n{"c":3}');
    async function* chunks() {
      yield bytes.subarray(0, 7); // cuts the three-byte character
      yield bytes.subarray(7, 15);
      yield bytes.subarray(15);
    }
    const seen: unknown[] = [];
    for await (const doc of jsonLines(chunks())) seen.push(doc);
    expect(seen).toEqual([{ a: '容' }, { b: 2 }, { c: 3 }]);
  });
});

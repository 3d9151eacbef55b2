import { describe, expect, it } from 'vitest';
import { changeKindOf } from './containers';

describe('docker diff kinds', () => {
  it('maps the engine’s numbers as docker diff prints them (0 C, 1 A, 2 D)', () => {
    expect([0, 1, 2].map(changeKindOf)).toEqual(['changed', 'added', 'deleted']);
    expect(changeKindOf(9)).toBe('changed');
  });
});

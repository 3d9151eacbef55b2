import { describe, expect, it } from 'vitest';
import { runtimePackages } from '../../../e2e/support/runtime-packages';

describe('the log view’s chunk', () => {
  it('does not pull zod: it imports the wire helpers, not the schemas', () => {
    const packages = runtimePackages('renderer/features/logs/LogView.tsx');
    expect(packages.has('react')).toBe(true); // the walk does reach the view's imports
    expect([...packages].filter((p) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
  });
});

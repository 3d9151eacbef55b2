import { describe, expect, it } from 'vitest';
import { runtimePackages } from '../../../e2e/support/runtime-packages';

describe('the compose screens’ chunks', () => {
  it.each(['ComposeScreen', 'ProjectPage'])('%s does not pull zod: it groups projects with shared/compose-projects, not the schemas', (screen) => {
    const packages = runtimePackages(`renderer/features/compose/${screen}.tsx`);
    expect(packages.has('react')).toBe(true); // the walk does reach the screen's imports
    expect([...packages].filter((p) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
  });
});

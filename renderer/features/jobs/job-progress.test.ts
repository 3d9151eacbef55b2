import { describe, expect, it } from 'vitest';
import { overallProgress } from './job-progress';
import type { Job } from './jobs-store';

const job = (phase: Job['phase'], progress: Job['progress']): Job =>
  ({ id: 1, title: 'x', engine: 'local', phase, status: '', progress, detail: null, log: '', outcome: '', started: 0, ended: null });

describe('the taskbar’s progress of all running jobs', () => {
  it('is none with nothing running, indeterminate while one cannot tell, else the mean of the running jobs', () => {
    expect(overallProgress([job('done', { value: 1, max: 1 })])).toBeNull();
    expect(overallProgress([job('running', { value: 1, max: 4 }), job('running', null)])).toBe('indeterminate');
    expect(overallProgress([job('running', { value: 1, max: 4 }), job('running', { value: 3, max: 4 }), job('failed', null)])).toBe(0.5);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { withRetries } from './lazy-component';

describe('withRetries', () => {
  it('tries a failed load again after each delay, and gives up with the last failure', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('ERR_NETWORK_CHANGED')).mockResolvedValueOnce('chunk');
    await expect(withRetries(load, [0, 0])).resolves.toBe('chunk');
    expect(load).toHaveBeenCalledTimes(2);
    const failing = vi.fn().mockRejectedValue(new Error('gone'));
    await expect(withRetries(failing, [0, 0])).rejects.toThrow('gone');
    expect(failing).toHaveBeenCalledTimes(3);
  });
});

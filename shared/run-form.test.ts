import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRunForm, parseRunForm, RunForm } from './run-form';

describe('parseRunForm', () => {
  it('turns a full form into a spec', () => {
    const result = parseRunForm({
      ...emptyRunForm, image: 'berth/httpd', name: 'web', command: 'httpd -f -p 8080', env: 'A=1', ports: '127.0.0.1:8080:8080',
      volumes: 'data:/data', restart: 'on-failure', maxRetries: '3', network: 'bridge',
    });
    expect(result).toMatchObject({
      ok: true,
      spec: { image: 'berth/httpd', name: 'web', command: ['httpd', '-f', '-p', '8080'], entrypoint: null, env: ['A=1'], restart: { name: 'on-failure', maxRetries: 3 } },
    });
  });

  it('reports every bad field at once', () => {
    const result = parseRunForm({ ...emptyRunForm, image: 'Bad Image', ports: 'x', env: 'NOPE', volumes: '/a', autoRemove: true, restart: 'always', network: '-' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['env', 'image', 'network', 'ports', 'restart', 'volumes']);
  });

  it('never throws and never accepts without an image, whatever is typed', () => {
    const text = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(fc.record({ image: text, name: text, command: text, entrypoint: text, env: text, ports: text, volumes: text, maxRetries: text, network: text }), (fields) => {
        const form = RunForm.parse({ ...emptyRunForm, ...fields });
        const result = parseRunForm(form);
        if (result.ok) expect(result.spec.image).not.toBe('');
      }),
    );
  });
});

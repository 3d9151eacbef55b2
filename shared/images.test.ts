import { describe, expect, it } from 'vitest';
import { transferHint } from './images';

describe('pull and push failures', () => {
  it.each([
    ['manifest for 127.0.0.1:5055/library/nope:latest not found: manifest unknown: manifest unknown', 'notFound'],
    ['pull access denied for nope, repository does not exist or may require \'docker login\'', 'notFound'],
    ['unauthorized: authentication required', 'unauthorized'],
    ['no basic auth credentials', 'unauthorized'],
    ['Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)', 'timeout'],
    ['Get "https://10.0.0.1:5000/v2/": x509: certificate signed by unknown authority', 'tls'],
    ['Get "https://10.0.0.1:5000/v2/": http: server gave HTTP response to HTTPS client', 'tls'],
    ['Get "http://127.0.0.1:1/v2/": dial tcp 127.0.0.1:1: connect: connection refused', 'unreachable'],
  ])('%s → %s', (message, hint) => expect(transferHint(message)).toBe(`images.transfer.hints.${hint}`));
  it('says nothing it does not know', () => expect(transferHint('something else')).toBeUndefined());
});

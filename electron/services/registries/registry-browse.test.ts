import { describe, expect, it } from 'vitest';
import { parseChallenge } from './registry-browse';

describe('WWW-Authenticate', () => {
  it('reads a token challenge as Docker Hub and Harbor send it', () => {
    expect(parseChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="registry:catalog:*"')).toEqual({
      scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'registry:catalog:*' },
    });
  });
  it('reads a Basic challenge', () => expect(parseChallenge('Basic realm="berth-sandbox"')).toEqual({ scheme: 'basic', params: { realm: 'berth-sandbox' } }));
});

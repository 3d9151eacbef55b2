import { describe, expect, it } from 'vitest';
import { withProxyArgs } from './proxy-build-args';

describe('proxy build args', () => {
  it('adds the set proxies and keeps lines already typed', () => {
    const proxies = { httpProxy: 'http://10.0.0.1:3128', httpsProxy: '', noProxy: 'localhost,.corp' };
    expect(withProxyArgs('A=1\nHTTP_PROXY=http://mine:8080\n', proxies)).toBe('A=1\nHTTP_PROXY=http://mine:8080\nNO_PROXY=localhost,.corp');
    expect(withProxyArgs('', proxies)).toBe('HTTP_PROXY=http://10.0.0.1:3128\nNO_PROXY=localhost,.corp');
  });
});

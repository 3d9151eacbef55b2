import { describe, expect, it } from 'vitest';
import { DOCKER_HUB_SERVER, parseRegistryServer, pullReferenceOf } from './registries';

describe('registry server as typed → config.json key', () => {
  it.each([
    ['', DOCKER_HUB_SERVER], ['docker.io', DOCKER_HUB_SERVER], ['https://index.docker.io/v1/', DOCKER_HUB_SERVER],
    ['registry.example.com:5000', 'registry.example.com:5000'], ['http://127.0.0.1:5056/', '127.0.0.1:5056'],
    ['https://registry.cn-hangzhou.aliyuncs.com/v2/', 'registry.cn-hangzhou.aliyuncs.com'], ['[::1]:5000', '[::1]:5000'],
  ])('%j → %s', (input, key) => expect(parseRegistryServer(input)).toEqual({ ok: true, value: key }));

  it.each(['reg istry', 'host:99999', 'host/path/x'])('refuses %j at the field', (input) =>
    expect(parseRegistryServer(input)).toMatchObject({ ok: false, error: { key: 'validation.registry.format' } }));
});

describe('what to pull for a search hit', () => {
  it.each([
    ['127.0.0.1:5000/busybox', 'library/busybox', '127.0.0.1:5000/library/busybox'],
    ['busybox', 'library/busybox', 'busybox'],
    ['nginx', 'bitnami/nginx', 'bitnami/nginx'],
    ['registry.example.com/team', 'team/app', 'registry.example.com/team/app'],
  ])('%s → %s → %s', (term, name, reference) => expect(pullReferenceOf(term, name)).toBe(reference));
});

import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { containerStatus } from './container-status';

const now = Date.parse('2026-11-30T12:00:00Z');
const ago = (ms: number) => now - ms;
const MIN = 60_000;

beforeAll(async () => {
  await i18next.init({ lng: 'en', resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } }, interpolation: { escapeValue: false } });
});

describe('containerStatus', () => {
  it('words the state as docker ps does, with its durations', () => {
    const t = i18next.getFixedT('en');
    expect(containerStatus(t, { state: 'running', since: ago(500), exitCode: null }, now)).toBe('Up Less than a second');
    expect(containerStatus(t, { state: 'running', since: ago(1000), exitCode: null }, now)).toBe('Up 1 second');
    expect(containerStatus(t, { state: 'running', since: ago(90_000), exitCode: null }, now)).toBe('Up About a minute');
    expect(containerStatus(t, { state: 'running', since: ago(13 * MIN), exitCode: null }, now)).toBe('Up 13 minutes');
    expect(containerStatus(t, { state: 'paused', since: ago(70 * MIN), exitCode: null }, now)).toBe('Up About an hour (Paused)');
    expect(containerStatus(t, { state: 'exited', since: ago(3 * 24 * 60 * MIN), exitCode: 5 }, now)).toBe('Exited (5) 3 days ago');
    expect(containerStatus(t, { state: 'restarting', since: ago(2000), exitCode: 1 }, now)).toBe('Restarting (1) 2 seconds ago');
    expect(containerStatus(t, { state: 'created', since: ago(1), exitCode: null }, now)).toBe('Created');
  });
  it('in Simplified Chinese too', () => {
    const t = i18next.getFixedT('zh-CN');
    expect(containerStatus(t, { state: 'running', since: ago(13 * MIN), exitCode: null }, now)).toBe('已运行 13 分钟');
    expect(containerStatus(t, { state: 'exited', since: ago(2 * 60 * MIN), exitCode: 137 }, now)).toBe('已退出 (137)，2 小时前');
    expect(containerStatus(t, { state: 'created', since: 0, exitCode: null }, now)).toBe('已创建');
  });
});

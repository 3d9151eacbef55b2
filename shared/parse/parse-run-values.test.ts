import { describe, expect, it } from 'vitest';
import { parseCaps, parseCpus, parseDns, parseDuration, parseHostLines, parseLabelLines, parseSize } from './parse-run-values';

describe('run dialog values', () => {
  it('sizes in the CLI’s binary units', () => {
    expect(parseSize('512m')).toEqual({ ok: true, value: 512 * 1024 ** 2 });
    expect(parseSize('1.5g')).toEqual({ ok: true, value: 1.5 * 1024 ** 3 });
    expect(parseSize('100')).toEqual({ ok: true, value: 100 });
    expect(parseSize('1GB')).toEqual({ ok: true, value: 1024 ** 3 });
    expect(parseSize('lots').ok).toBe(false);
  });
  it('durations as Go writes them', () => {
    expect(parseDuration('1m30s')).toEqual({ ok: true, value: 90e9 });
    expect(parseDuration('500ms')).toEqual({ ok: true, value: 5e8 });
    expect(parseDuration('30').ok).toBe(false);
    expect(parseDuration('5s x').ok).toBe(false);
  });
  it('cpus, hosts, dns, capabilities, labels', () => {
    expect(parseCpus('0.25')).toEqual({ ok: true, value: 2.5e8 });
    expect(parseCpus('-1').ok).toBe(false);
    expect(parseHostLines('db:10.0.0.5\ngw=host-gateway')).toEqual({ ok: true, value: ['db:10.0.0.5', 'gw:host-gateway'] });
    expect(parseHostLines('db').ok).toBe(false);
    expect(parseDns('1.1.1.1, 2606:4700::1111')).toEqual({ ok: true, value: ['1.1.1.1', '2606:4700::1111'] });
    expect(parseDns('dns.example').ok).toBe(false);
    // An IPv6 address is read, not guessed from its characters.
    expect(parseDns('2606:4700:::1111').ok).toBe(false);
    expect(parseHostLines('db:fd00::5')).toEqual({ ok: true, value: ['db:fd00::5'] });
    expect(parseCaps('cap_net_admin sys_time ALL')).toEqual({ ok: true, value: ['NET_ADMIN', 'SYS_TIME', 'ALL'] });
    expect(parseLabelLines('a=1\nb')).toEqual({ ok: true, value: [['a', '1'], ['b', '']] });
  });
});

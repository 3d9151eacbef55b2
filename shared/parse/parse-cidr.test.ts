import { describe, expect, it } from 'vitest';
import { contains, ipv4, overlaps, parseCidr, within } from './parse-cidr';

describe('IPv4 subnets', () => {
  it('reads addresses and CIDR subnets, refusing what is not one', () => {
    expect(ipv4('172.30.0.1')).toBe(0xac1e0001);
    for (const bad of ['172.30.0', '256.0.0.1', '01.2.3.4', '1.2.3.4.5', 'a.b.c.d']) expect(ipv4(bad)).toBeNull();
    expect(parseCidr('172.30.5.7/16')).toEqual({ first: 0xac1e0000, bits: 16 });
    for (const bad of ['172.30.0.0', '172.30.0.0/33', '172.30.0.0/1/2', '172.30.0.0/x']) expect(parseCidr(bad)).toBeNull();
  });
  it('knows overlap, an address within, and a range contained', () => {
    expect(overlaps('172.30.0.0/16', '172.30.8.0/24')).toBe(true);
    expect(overlaps('172.30.0.0/16', '172.31.0.0/16')).toBe(false);
    expect(overlaps('10.0.0.0/8', '10.255.255.255/32')).toBe(true);
    expect(within('172.30.0.1', '172.30.0.0/16')).toBe(true);
    expect(within('172.31.0.1', '172.30.0.0/16')).toBe(false);
    expect(contains('172.30.0.0/16', '172.30.1.0/24')).toBe(true);
    expect(contains('172.30.1.0/24', '172.30.0.0/16')).toBe(false);
  });
});

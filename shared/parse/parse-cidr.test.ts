import { describe, expect, it } from 'vitest';
import { contains, ipv4, ipv6, isCidr, overlaps, parseCidr, within } from './parse-cidr';

describe('IPv4 subnets', () => {
  it('reads addresses and CIDR subnets, refusing what is not one', () => {
    expect(ipv4('172.30.0.1')).toBe(0xac1e0001);
    for (const bad of ['172.30.0', '256.0.0.1', '01.2.3.4', '1.2.3.4.5', 'a.b.c.d']) expect(ipv4(bad)).toBeNull();
    expect(parseCidr('172.30.5.7/16')).toEqual({ family: 4, first: 0xac1e0000n, bits: 16 });
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

describe('IPv6 subnets', () => {
  it('reads addresses as people write them, refusing what is not one', () => {
    expect(ipv6('::')).toBe(0n);
    expect(ipv6('::1')).toBe(1n);
    expect(ipv6('fd00:1::')).toBe(0xfd000001n << 96n);
    expect(ipv6('2001:DB8:0:0:0:0:0:1')).toBe(ipv6('2001:db8::1'));
    expect(ipv6('::ffff:192.0.2.1')).toBe((0xffffn << 32n) | 0xc0000201n);
    for (const bad of ['', ':', ':::', '1::2::3', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8::', '12345::', 'g::1', ':1::', '1.2.3.4::', '::1.2.3', '172.30.0.1']) {
      expect(ipv6(bad), bad).toBeNull();
    }
  });
  it('reads CIDR subnets of either family, and tells them apart', () => {
    expect(parseCidr('fd00:1::5/64')).toEqual({ family: 6, first: 0xfd000001n << 96n, bits: 64 });
    for (const bad of ['fd00::/129', 'fd00::', 'fd00::/64/1', 'fd00::/x']) expect(parseCidr(bad), bad).toBeNull();
    expect(isCidr('fd00::/64', 6)).toBe(true);
    expect(isCidr('fd00::/64', 4)).toBe(false);
    expect(isCidr('172.30.0.0/16', 6)).toBe(false);
  });
  it('knows overlap, an address within, and a range contained; never across families', () => {
    expect(overlaps('fd00:1::/48', 'fd00:1:0:8000::/80')).toBe(true);
    expect(overlaps('fd00:1::/64', 'fd00:2::/64')).toBe(false);
    expect(overlaps('::/0', '0.0.0.0/0')).toBe(false);
    expect(within('fd00:1::1', 'fd00:1::/64')).toBe(true);
    expect(within('fd00:2::1', 'fd00:1::/64')).toBe(false);
    expect(within('172.30.0.1', 'fd00:1::/64')).toBe(false);
    expect(contains('fd00:1::/48', 'fd00:1:0:1::/64')).toBe(true);
    expect(contains('fd00:1:0:1::/64', 'fd00:1::/48')).toBe(false);
  });
});

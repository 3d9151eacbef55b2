import { describe, expect, it } from 'vitest';
import type { CreateNetworkInput, NetworkSummary } from '../../../shared/networks';
import { createProblems } from './networks-service';

const existing = [{ name: 'shop', subnets: [{ subnet: '172.30.0.0/16', gateway: null }, { subnet: 'fd00:30::/48', gateway: null }] }] as NetworkSummary[];
const input = (over: Partial<CreateNetworkInput>): CreateNetworkInput =>
  ({ name: 'new', driver: 'bridge', subnet: '', gateway: '', ipRange: '', ipv6: false, subnet6: '', gateway6: '', internal: false, attachable: false, labels: {}, ...over });

describe('the network create check', () => {
  it('names a taken name and the network whose subnet overlaps', () => {
    expect(createProblems(input({ name: 'shop', subnet: '172.30.4.0/24' }), existing)).toEqual({
      name: { key: 'validation.newNetwork.taken', params: { name: 'shop' } },
      subnet: { key: 'validation.newNetwork.overlap', params: { name: 'shop', subnet: '172.30.0.0/16' } },
    });
  });
  it('wants the gateway and the range inside the subnet, and a subnet for either', () => {
    expect(createProblems(input({ subnet: '10.1.0.0/24', gateway: '10.1.1.1', ipRange: '10.1.0.128/25' }), existing)).toEqual({
      gateway: { key: 'validation.newNetwork.outside', params: { subnet: '10.1.0.0/24' } },
    });
    expect(createProblems(input({ gateway: '10.1.0.1' }), existing)).toEqual({ subnet: { key: 'validation.newNetwork.cidr' } });
    expect(createProblems(input({ subnet: '10.1.0.0/24', gateway: '10.1.0.1' }), existing)).toBeUndefined();
  });
  it('checks an IPv6 subnet the same way (overlap named, gateway inside), and only with IPv6 on', () => {
    expect(createProblems(input({ ipv6: true, subnet6: 'fd00:30:0:1::/64', gateway6: 'fd00:31::1' }), existing)).toEqual({
      subnet6: { key: 'validation.newNetwork.overlap', params: { name: 'shop', subnet: 'fd00:30::/48' } },
      gateway6: { key: 'validation.newNetwork.outside', params: { subnet: 'fd00:30:0:1::/64' } },
    });
    expect(createProblems(input({ ipv6: true, gateway6: 'fd00:31::1' }), existing)).toEqual({ subnet6: { key: 'validation.newNetwork.cidr6' } });
    expect(createProblems(input({ subnet6: 'fd00:31::/64' }), existing)).toEqual({ subnet6: { key: 'validation.newNetwork.ipv6Off' } });
    // An IPv4 subnet never clashes with an IPv6 one, nor the reverse.
    expect(createProblems(input({ subnet: '10.9.0.0/16', ipv6: true, subnet6: 'fd00:31::/64', gateway6: 'fd00:31::1' }), existing)).toBeUndefined();
  });
});

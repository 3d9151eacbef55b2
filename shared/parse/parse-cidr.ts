/** An IPv4 address as a 32-bit number; null when it is not one. */
export function ipv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** An IPv4 subnet in CIDR form ("172.30.0.0/16") as its first address and prefix length; null when it is not one. */
export function parseCidr(text: string): { first: number; bits: number } | null {
  const [address, bits, ...rest] = text.split('/');
  const base = ipv4(address ?? '');
  if (base === null || rest.length || !/^\d{1,2}$/.test(bits ?? '') || Number(bits) > 32) return null;
  const size = 2 ** (32 - Number(bits));
  return { first: base - (base % size), bits: Number(bits) };
}

const last = ({ first, bits }: { first: number; bits: number }) => first + 2 ** (32 - bits) - 1;

/** Whether two IPv4 subnets share an address. */
export function overlaps(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  return !!x && !!y && x.first <= last(y) && y.first <= last(x);
}

/** Whether an IPv4 address lies in a subnet. */
export function within(address: string, subnet: string): boolean {
  const ip = ipv4(address);
  const net = parseCidr(subnet);
  return ip !== null && !!net && ip >= net.first && ip <= last(net);
}

/** Whether every address of subnet `inner` lies in subnet `outer`. */
export function contains(outer: string, inner: string): boolean {
  const o = parseCidr(outer);
  const i = parseCidr(inner);
  return !!o && !!i && i.first >= o.first && last(i) <= last(o);
}

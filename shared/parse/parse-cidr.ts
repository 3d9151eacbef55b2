/** An IPv4 address as a 32-bit number; null when it is not one. */
export function ipv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** An IPv6 address (`::` shortening and a trailing dotted IPv4 as written by people) as a 128-bit number; null when it is not one. */
export function ipv6(text: string): bigint | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string, end: boolean): string[] | null => {
    if (!half) return [];
    const parts = half.split(':');
    const tail = parts.at(-1)!;
    // A dotted IPv4 ending stands for the last two groups (::ffff:192.0.2.1); only at the very end.
    if (end && tail.includes('.')) {
      const v4 = ipv4(tail);
      if (v4 === null) return null;
      parts.splice(-1, 1, (v4 >>> 16).toString(16), (v4 & 0xffff).toString(16));
    }
    return parts.every((p) => /^[0-9a-fA-F]{1,4}$/.test(p)) ? parts : null;
  };
  const head = groups(halves[0]!, halves.length === 1);
  const rest = halves.length === 2 ? groups(halves[1]!, true) : [];
  if (!head || !rest) return null;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  return [...head, ...Array<string>(missing).fill('0'), ...rest].reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
}

export type IpFamily = 4 | 6;
const WIDTH: Record<IpFamily, bigint> = { 4: 32n, 6: 128n };

/** An address of either family. */
function address(text: string): { family: IpFamily; value: bigint } | null {
  if (text.includes(':')) {
    const value = ipv6(text);
    return value === null ? null : { family: 6, value };
  }
  const value = ipv4(text);
  return value === null ? null : { family: 4, value: BigInt(value) };
}

/** A subnet in CIDR form ("172.30.0.0/16", "fd00:1::/64") as its family, first address and prefix length; null when it is not one. */
export function parseCidr(text: string): { family: IpFamily; first: bigint; bits: number } | null {
  const [base, bits, ...rest] = text.split('/');
  const at = address(base ?? '');
  if (!at || rest.length || !/^\d{1,3}$/.test(bits ?? '') || BigInt(bits!) > WIDTH[at.family]) return null;
  const size = 1n << (WIDTH[at.family] - BigInt(bits!));
  return { family: at.family, first: at.value - (at.value % size), bits: Number(bits) };
}

/** Whether `text` is a subnet of that family. */
export const isCidr = (text: string, family: IpFamily): boolean => parseCidr(text)?.family === family;

const last = ({ family, first, bits }: { family: IpFamily; first: bigint; bits: number }) => first + (1n << (WIDTH[family] - BigInt(bits))) - 1n;

/** Whether two subnets share an address (never across families). */
export function overlaps(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  return !!x && !!y && x.family === y.family && x.first <= last(y) && y.first <= last(x);
}

/** Whether an address lies in a subnet of its family. */
export function within(text: string, subnet: string): boolean {
  const ip = address(text);
  const net = parseCidr(subnet);
  return !!ip && !!net && ip.family === net.family && ip.value >= net.first && ip.value <= last(net);
}

/** Whether every address of subnet `inner` lies in subnet `outer`. */
export function contains(outer: string, inner: string): boolean {
  const o = parseCidr(outer);
  const i = parseCidr(inner);
  return !!o && !!i && o.family === i.family && i.first >= o.first && last(i) <= last(o);
}

import { isIPv4, isIPv6 } from 'node:net';

/*
 * Whom a limit counts: one IPv4 address, or one IPv6 /64. A single IPv6 subscriber gets a whole
 * /64 (often larger) and can send from a new address for every request, so counting IPv6
 * addresses one by one would limit nothing. An IPv4 address written as IPv6 (`::ffff:192.0.2.1`,
 * how a dual-stack socket reports it) is that IPv4 address.
 */

const MAPPED_IPV4 = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/;

/** An IPv6 address in canonical form (RFC 5952: lower case, zeros compressed, an embedded IPv4 in hex), as URLs write it. */
function canonicalIpv6(address: string): string {
  return new URL(`http://[${address}]/`).hostname.slice(1, -1);
}

/** The eight groups of a canonical IPv6 address. */
function ipv6Groups(canonical: string): string[] {
  const [head = '', tail] = canonical.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  return [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
}

function mappedIpv4(canonical: string): string | null {
  const m = MAPPED_IPV4.exec(canonical);
  if (!m) return null;
  const word = (hex: string) => { const n = parseInt(hex, 16); return `${n >> 8}.${n & 0xff}`; };
  return `${word(m[1]!)}.${word(m[2]!)}`;
}

/** The group an address is limited as: `192.0.2.1`, `2001:db8:0:1::/64`; anything else (no address known) as itself. */
export function addressGroup(address: string): string {
  const trimmed = address.trim().toLowerCase();
  if (isIPv4(trimmed)) return trimmed;
  const bare = trimmed.replace(/%.*$/, ''); // a zone index (fe80::1%eth0) names an interface, not a host
  if (!isIPv6(bare)) return trimmed.slice(0, 200);
  const canonical = canonicalIpv6(bare);
  return mappedIpv4(canonical) ?? `${ipv6Groups(canonical).slice(0, 4).join(':')}::/64`;
}

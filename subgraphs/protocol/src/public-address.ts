import { BlockList, isIP } from 'node:net';

/**
 * Addresses the platform never connects to on someone's say-so (a tenant's domain, decision 0030; a browser's
 * push endpoint, decision 0063): loopback, private, carrier-grade NAT,
 * link-local (cloud metadata at 169.254.169.254), "this network", documentation, benchmarking, multicast
 * and reserved ranges; for IPv6 everything outside global unicast 2000::/3 (::1, ::, fc00::/7, fe80::/10,
 * ff00::/8, the NAT64 prefix) plus the ranges inside it that carry or stand for other addresses (Teredo and
 * the IETF block 2001::/23, 6to4 2002::/16, documentation 2001:db8::/32). An IPv4 address written as IPv6
 * (::ffff:a.b.c.d) is judged as IPv4.
 */
const NON_PUBLIC = (() => {
  const list = new BlockList();
  for (const [net, bits] of [
    ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
    ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
    ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
  ] as const) list.addSubnet(net, bits, 'ipv4');
  for (const [net, bits] of [['2001::', 23], ['2001:db8::', 32], ['2002::', 16]] as const) list.addSubnet(net, bits, 'ipv6');
  return list;
})();
const GLOBAL_UNICAST_V6 = (() => {
  const list = new BlockList();
  list.addSubnet('2000::', 3, 'ipv6');
  return list;
})();

/** True only for an address on the public internet (see NON_PUBLIC); anything unparseable is not public. */
export function isPublicAddress(address: string): boolean {
  const a = address.toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return isPublicAddress(mapped[1]);
  const family = isIP(a);
  if (family === 4) return !NON_PUBLIC.check(a, 'ipv4');
  if (family === 6) return GLOBAL_UNICAST_V6.check(a, 'ipv6') && !NON_PUBLIC.check(a, 'ipv6');
  return false;
}

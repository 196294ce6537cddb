/**
 * The address an anonymous caller is rate-limited by. Behind a reverse proxy every request comes from
 * the proxy, so for a request from one of `trustedProxies` the caller is the last address in
 * `X-Forwarded-For` that is not itself a trusted proxy; a caller can prepend whatever it likes to that
 * header, so nothing left of the first untrusted hop is believed.
 */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: ReadonlySet<string>,
): string {
  const direct = normalise(remoteAddress ?? 'unknown');
  if (!trustedProxies.has(direct) || !forwardedFor) return direct;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((hop) => normalise(hop.trim()))
    .filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index] ?? '';
    if (!trustedProxies.has(hop)) return hop;
  }
  return hops[0] ?? direct;
}

/** `::ffff:10.0.0.1` (an IPv4 address on an IPv6 socket) and `10.0.0.1` are the same caller. */
function normalise(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

/** `GATEWAY_TRUSTED_PROXIES`: comma-separated addresses of the reverse proxies in front of the gateway. */
export function trustedProxiesFrom(list: string): Set<string> {
  return new Set(
    list
      .split(',')
      .map((address) => normalise(address.trim()))
      .filter(Boolean),
  );
}

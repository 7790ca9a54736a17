import { isIPv6 } from 'node:net';

interface FromClient {
  ip?: string | undefined;
  socket?: { remoteAddress?: string | undefined };
}

/**
 * Who a limit counts: the client's address as Express sees it (the socket's, or the proxy's view
 * when SAKSI_TRUST_PROXY says a proxy may be believed). An IPv6 client commonly holds a whole /64,
 * so it counts as its /64: otherwise one machine could take 2^64 fresh budgets.
 */
export function clientAddress(request: FromClient): string {
  const address = request.ip ?? request.socket?.remoteAddress ?? 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]!.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 address (`64:ff9b::192.0.2.1`) fills two groups.
  const groups = (parts: string[]) => parts.reduce((sum, part) => sum + (part.includes('.') ? 2 : 1), 0);
  const zeros = tail === undefined ? [] : Array<string>(8 - groups(left) - groups(right)).fill('0');
  return [...left, ...zeros, ...right].map((part) => part.toLowerCase().replace(/^0+(?=.)/, ''));
}

/**
 * A per-address rate limit: at most `limit` requests per fixed window. Memory stays bounded: past
 * `maxAddresses`, expired windows are dropped, then the oldest ones.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxAddresses = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request from `address`: 0 when it may go on, else the seconds to wait. */
  take(address: string): number {
    const now = this.now();
    let window = this.windows.get(address);
    if (!window || window.resetAt <= now) {
      this.windows.delete(address);
      this.makeRoom(now);
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(address, window);
    }
    window.count++;
    return window.count > this.limit ? Math.ceil((window.resetAt - now) / 1000) : 0;
  }

  private makeRoom(now: number): void {
    if (this.windows.size < this.maxAddresses) return;
    for (const [address, window] of this.windows) if (window.resetAt <= now) this.windows.delete(address);
    // Map order is insertion order: the first entries are the oldest windows.
    for (const address of this.windows.keys()) {
      if (this.windows.size < this.maxAddresses) break;
      this.windows.delete(address);
    }
  }
}

/**
 * The key an address is limited under: an IPv4 address as it is (also when written as IPv6,
 * `::ffff:1.2.3.4`), an IPv6 address by its /64 network, which one subscriber usually holds whole.
 */
export function addressKey(address: string): string {
  const plain = address.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped) return mapped[1]!;
  if (!plain.includes(':')) return plain;
  const [head = '', tail] = plain.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0');
  const groups = [...headGroups, ...zeros, ...tailGroups];
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

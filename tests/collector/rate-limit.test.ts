import { expect } from '@open-wc/testing';
import { addressKey, RateLimiter } from '../../src/collector/rate-limit.js';

describe('collector rate limit', () => {
  it('lets `limit` requests through per window, then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, 100, () => now);
    expect([1, 2, 3].map(() => limiter.take('1.2.3.4'))).to.deep.equal([0, 0, 0]);
    expect(limiter.take('1.2.3.4')).to.equal(60);
    now = 45_000;
    expect(limiter.take('1.2.3.4')).to.equal(15);
    expect(limiter.take('5.6.7.8'), 'another address has its own count').to.equal(0);
    now = 60_000;
    expect(limiter.take('1.2.3.4'), 'a new window').to.equal(0);
  });

  it('keeps at most maxAddresses windows, dropping the oldest', () => {
    const limiter = new RateLimiter(1, 60_000, 2, () => 0);
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.take('a'), 'a was dropped: it starts again').to.equal(0);
    expect(limiter.take('c')).to.be.greaterThan(0);
  });

  it('limits an IPv6 subscriber by its /64 and an IPv4 address as it is', () => {
    expect(addressKey('203.0.113.9')).to.equal('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).to.equal('203.0.113.9');
    expect(addressKey('2001:db8:1:2:aaaa::1')).to.equal('2001:db8:1:2::/64');
    expect(addressKey('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).to.equal('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).to.equal('2001:db8:0:0::/64');
    expect(addressKey('::1')).to.equal('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).to.equal('fe80:0:0:0::/64');
  });
});

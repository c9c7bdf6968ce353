import { describe, expect, it } from 'vitest';
import { rateLimitAddress } from './rate-limit-address';

describe('rateLimitAddress', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(rateLimitAddress('192.0.2.7')).toBe('192.0.2.7');
    expect(rateLimitAddress('192.0.2.8')).not.toBe(rateLimitAddress('192.0.2.7'));
  });

  it('counts an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(rateLimitAddress('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(rateLimitAddress('::FFFF:c000:0207')).toBe('192.0.2.7');
    expect(rateLimitAddress('0:0:0:0:0:ffff:192.0.2.7')).toBe('192.0.2.7');
  });

  it('counts an IPv6 address as its /64 prefix, however it is written', () => {
    const key = rateLimitAddress('2001:db8:1:2::a');
    expect(key).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('2001:0DB8:0001:0002:ffff:1:2:3')).toBe(key);
    expect(rateLimitAddress('2001:db8:1:2:0:0:0:b')).toBe(key);
    expect(rateLimitAddress('2001:db8:1:3::a')).not.toBe(key);
    expect(rateLimitAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(rateLimitAddress('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitAddress('2001:db8::')).toBe('2001:db8:0:0::/64');
  });

  it('answers anything else as itself, lower-cased', () => {
    for (const odd of ['', 'unknown', '1.2.3', '256.1.1.1', '1::2::3', '1:2:3:4:5:6:7:8:9', 'g::1'])
      expect(rateLimitAddress(odd)).toBe(odd.toLowerCase());
    expect(rateLimitAddress('ABC')).toBe('abc');
  });
});

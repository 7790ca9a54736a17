import { describe, expect, it } from '@jest/globals';
import { clientAddress } from './client-address.js';

describe('the client address a limit counts', () => {
  it('is the address Express saw, IPv4 as it is', () => {
    expect(clientAddress({ ip: '203.0.113.7' })).toBe('203.0.113.7');
    expect(clientAddress({ socket: { remoteAddress: '198.51.100.2' } })).toBe('198.51.100.2');
  });

  it('reads an IPv4 client on a dual-stack socket as IPv4', () => {
    expect(clientAddress({ ip: '::ffff:203.0.113.7' })).toBe('203.0.113.7');
  });

  it('counts an IPv6 client by its /64, however it spells the address', () => {
    const expected = '2001:db8:85a3:42::/64';
    expect(clientAddress({ ip: '2001:db8:85a3:42::1' })).toBe(expected);
    expect(clientAddress({ ip: '2001:0db8:85a3:0042:ffff:1:2:3' })).toBe(expected);
    expect(clientAddress({ ip: '2001:DB8:85A3:42:0:0:0:9%eth0' })).toBe(expected);
    expect(clientAddress({ ip: '2001:db8:85a3:43::1' })).not.toBe(expected);
    expect(clientAddress({ ip: '::1' })).toBe('0:0:0:0::/64');
    expect(clientAddress({ ip: '64:ff9b::192.0.2.1' })).toBe('64:ff9b:0:0::/64');
  });
});

import { trustProxySetting } from './configure-app';

describe('trustProxySetting', () => {
  it('reads false, a hop count, or addresses as Express takes them', () => {
    expect(trustProxySetting('false')).toBe(false);
    expect(trustProxySetting(' ')).toBe(false);
    expect(trustProxySetting('1')).toBe(1);
    expect(trustProxySetting('10.0.0.0/8, loopback')).toBe('10.0.0.0/8, loopback');
  });
});

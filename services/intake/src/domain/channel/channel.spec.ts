import { admitClaim, type Channel } from './channel';

const erp: Channel = { channelId: 'acme-sap', name: 'Acme SAP connector', creditorIds: ['creditor-1', 'creditor-2'], active: true };

describe('admitClaim', () => {
  it('admits a claim for a creditor the channel serves', () => {
    expect(admitClaim(erp, 'creditor-2')).toBeNull();
  });

  it('refuses an unregistered or deactivated channel', () => {
    expect(admitClaim(undefined, 'creditor-1')?.code).toBe('CHANNEL_NOT_REGISTERED');
    expect(admitClaim({ ...erp, active: false }, 'creditor-1')?.code).toBe('CHANNEL_NOT_REGISTERED');
  });

  it('refuses a claim for a creditor the channel does not serve', () => {
    expect(admitClaim(erp, 'creditor-3')).toMatchObject({ field: 'creditor_id', code: 'CREDITOR_NOT_SERVED' });
  });
});

import { channelsNeeded, decideStep, type ScenarioStep, stepDays, trackSpanDays } from './scenario';

const visit: ScenarioStep = { id: 'home-visit', kind: 'VISIT', delayDays: 14, stage: 'VISIT', conditions: { requiresChannel: 'LETTER', onlyIfNoPaymentSinceStart: true } };
const email: ScenarioStep = { id: 'reminder-email', kind: 'EMAIL', templateKey: 'us.b2c.reminder-email', delayDays: 10, stage: 'REMINDERS' };
const evaluation: ScenarioStep = { id: 'evaluation', kind: 'EVALUATION', delayDays: 21, stage: 'EVALUATION' };
const calls: ScenarioStep = { id: 'intensive-calls', kind: 'INTENSIVE_CALLS', delayDays: 7, stage: 'INTENSIVE_FOLLOW_UP', conditions: { requiresChannel: 'SMS' } };

describe('channelsNeeded', () => {
  it('is the step\'s own channel plus the one its conditions require', () => {
    expect(channelsNeeded(email)).toEqual(['EMAIL']);
    expect(channelsNeeded(calls)).toEqual(['PHONE', 'SMS']);
    expect(channelsNeeded(visit)).toEqual(['LETTER']);
    expect(channelsNeeded(evaluation)).toEqual([]);
  });
});

describe('decideStep', () => {
  it('runs a step whose channels are usable', () => {
    expect(decideStep(email, { usableChannels: ['LETTER', 'EMAIL'], paymentSinceStart: false })).toEqual({ run: true });
  });

  it('skips a step whose own channel is not usable', () => {
    expect(decideStep(email, { usableChannels: ['LETTER'], paymentSinceStart: false })).toEqual({ run: false, reason: 'CHANNEL_NOT_USABLE', channel: 'EMAIL' });
  });

  it('skips a step whose required channel is not usable', () => {
    expect(decideStep(visit, { usableChannels: ['PHONE'], paymentSinceStart: false })).toEqual({ run: false, reason: 'CHANNEL_NOT_USABLE', channel: 'LETTER' });
    expect(decideStep(calls, { usableChannels: ['PHONE'], paymentSinceStart: false })).toEqual({ run: false, reason: 'CHANNEL_NOT_USABLE', channel: 'SMS' });
  });

  it('skips a pay-sensitive step once something was paid, and runs it while nothing was', () => {
    expect(decideStep(visit, { usableChannels: ['LETTER'], paymentSinceStart: true })).toEqual({ run: false, reason: 'PAYMENT_RECEIVED' });
    expect(decideStep(visit, { usableChannels: ['LETTER'], paymentSinceStart: false })).toEqual({ run: true });
  });

  it('always runs an evaluation', () => {
    expect(decideStep(evaluation, { usableChannels: [], paymentSinceStart: true })).toEqual({ run: true });
  });
});

describe('stepDays and trackSpanDays', () => {
  it('count each step\'s day from the track\'s start', () => {
    expect(stepDays([email, visit, evaluation])).toEqual([10, 24, 45]);
    expect(trackSpanDays([email, visit, evaluation])).toBe(45);
    expect(trackSpanDays([])).toBe(0);
  });
});

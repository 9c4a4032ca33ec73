import { CASE_STATES, formatMinor, type CaseState, type ProgressGroup } from './portfolio-progress';

/** The closing table: one row per creditor and debtor country, then a total per currency. */
export function summaryTable(groups: ProgressGroup[], creditorNames: Readonly<Record<string, string>> = {}): string {
  const states = CASE_STATES.filter((state) => groups.some((group) => group.states[state] > 0));
  const short: Record<CaseState, string> = {
    screening: 'screen',
    dunning: 'dunning',
    promise: 'promise',
    plan: 'plan',
    settlement: 'settlemt',
    disputed: 'dispute',
    suspended: 'suspend',
    'awaiting creditor': 'await cr',
    paid: 'paid',
    settled: 'settled',
    'plan completed': 'plan done',
    closed: 'closed',
    uncollectable: 'uncollect',
  };
  const headers = ['creditor', 'cty', 'cases', ...states.map((state) => short[state]), 'letters', 'e-mails', 'SMS', 'calls', 'cur', 'collected', 'remitted', 'commission'];
  const row = (group: ProgressGroup, name: string, country: string): string[] => [
    name,
    country,
    String(group.cases),
    ...states.map((state) => String(group.states[state])),
    String(group.letters),
    String(group.emails),
    String(group.sms),
    String(group.calls),
    group.currency,
    formatMinor(group.collectedMinor),
    formatMinor(group.remittedMinor),
    formatMinor(group.commissionMinor),
  ];
  const rows = groups.map((group) => row(group, creditorNames[group.creditor] ?? group.creditor, group.country));
  const currencies = [...new Set(groups.map((group) => group.currency))].sort();
  const totals = currencies.map((currency) => {
    const total: ProgressGroup = {
      creditor: 'total',
      country: '',
      currency,
      cases: 0,
      states: Object.fromEntries(CASE_STATES.map((state) => [state, 0])) as Record<CaseState, number>,
      letters: 0,
      emails: 0,
      sms: 0,
      calls: 0,
      visits: 0,
      paymentsReceived: 0,
      collectedMinor: 0n,
      remittedMinor: 0n,
      commissionMinor: 0n,
      invoicedMinor: 0n,
    };
    for (const group of groups.filter((g) => g.currency === currency)) {
      total.cases += group.cases;
      for (const state of CASE_STATES) total.states[state] += group.states[state];
      total.letters += group.letters;
      total.emails += group.emails;
      total.sms += group.sms;
      total.calls += group.calls;
      total.collectedMinor += group.collectedMinor;
      total.remittedMinor += group.remittedMinor;
      total.commissionMinor += group.commissionMinor;
    }
    return row(total, `total ${currency}`, '');
  });
  const numeric = (index: number) => index >= 2 && headers[index] !== 'cur';
  const widths = headers.map((header, i) => Math.max(header.length, ...[...rows, ...totals].map((r) => r[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => (numeric(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [format(headers), rule, ...rows.map(format), rule, ...totals.map(format)].join('\n');
}

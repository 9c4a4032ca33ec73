import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { PendingDecision } from '../api/types';

/** "12,50" or "12.5" as integer minor units, without floating point; undefined when it is not an amount. */
export function minorUnitsOf(text: string): number | undefined {
  const match = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Answers "the debtor says they paid you": reports the payment in reply to the agency's question. */
export function DirectPaymentForm({ decision, onReported, onError }: { decision: PendingDecision; onReported: () => void; onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const [reference, setReference] = useState('');
  const amountMinor = minorUnitsOf(amount);

  const submit = async () => {
    try {
      await api(`/v1/cases/${encodeURIComponent(decision.caseId)}/direct-payments`, {
        method: 'POST', body: { amountMinor, currency: decision.currency ?? 'EUR', receivedOn, reference, inReplyTo: decision.requestId },
      });
      onReported();
    } catch (failure) {
      onError(failure);
    }
  };

  return (
    <form className="direct-payment" onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <label>{t('decisions.amount', { currency: decision.currency ?? 'EUR' })} <input name="amount" inputMode="decimal" required value={amount} onChange={(event) => setAmount(event.target.value)} /></label>
      <label>{t('decisions.receivedOn')} <input name="receivedOn" type="date" required value={receivedOn} onChange={(event) => setReceivedOn(event.target.value)} /></label>
      <label>{t('decisions.reference')} <input name="reference" required maxLength={140} value={reference} onChange={(event) => setReference(event.target.value)} /></label>
      <button type="submit" data-answer="report_direct_payment" disabled={amountMinor === undefined || !receivedOn || !reference.trim()}>{t('answer.report_direct_payment')}</button>
    </form>
  );
}

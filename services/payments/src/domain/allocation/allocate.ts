import { minMoney, subtract, sum, zero, type Money } from '../money';
import { AllocationInputInvalidError } from './allocation.errors';
import { assertAllocationOrder, type AllocationOrder } from './allocation-orders';
import { balanceKey, oldestInvoiceFirst, type Balance, type BalanceComponent, type Outstanding } from './outstanding';

/** One slice of a receipt; principal slices name the invoice they pay. */
export interface AllocatedPart {
  readonly component: BalanceComponent;
  readonly amount: Money;
  readonly invoiceNumber?: string;
}

/** `parts` + `refund` = the payment, to the cent. */
export interface AllocationResult {
  /** In the order they were paid; only non-zero slices. */
  readonly parts: readonly AllocatedPart[];
  readonly allocated: Balance;
  readonly remaining: Outstanding;
  /** Paid beyond everything owed: a debt to the debtor, never income. */
  readonly refund: Money;
}

/**
 * Splits a receipt over what is owed, component by component in the order the debtor
 * country's law sets, and within principal the oldest invoice first.
 */
export function allocate(payment: Money, outstanding: Outstanding, order: AllocationOrder): AllocationResult {
  assertAllocationOrder(order);
  assertAllocatable(payment, outstanding);
  const currency = payment.currency;
  const parts: AllocatedPart[] = [];
  let left = payment;
  const take = (owed: Money): Money => {
    const paid = minMoney(left, owed);
    left = subtract(left, paid);
    return paid;
  };

  const remainingInvoices = new Map(outstanding.invoices.map((invoice) => [invoice.number, invoice]));
  const allocated: Record<keyof Balance, Money> = { principal: zero(currency), interest: zero(currency), costs: zero(currency), charges: zero(currency) };
  for (const component of order) {
    if (component === 'PRINCIPAL') {
      for (const invoice of [...outstanding.invoices].sort(oldestInvoiceFirst)) {
        const paid = take(invoice.outstanding);
        if (paid.amountMinor === 0n) continue;
        parts.push({ component, amount: paid, invoiceNumber: invoice.number });
        remainingInvoices.set(invoice.number, { ...invoice, outstanding: subtract(invoice.outstanding, paid) });
        allocated.principal = sum(currency, [allocated.principal, paid]);
      }
    } else {
      const key = balanceKey(component);
      const paid = take(outstanding[key]);
      if (paid.amountMinor === 0n) continue;
      parts.push({ component, amount: paid });
      allocated[key] = paid;
    }
  }

  return {
    parts,
    allocated,
    remaining: {
      principal: subtract(outstanding.principal, allocated.principal),
      interest: subtract(outstanding.interest, allocated.interest),
      costs: subtract(outstanding.costs, allocated.costs),
      charges: subtract(outstanding.charges, allocated.charges),
      invoices: outstanding.invoices.map((invoice) => remainingInvoices.get(invoice.number)!),
    },
    refund: left,
  };
}

function assertAllocatable(payment: Money, outstanding: Outstanding): void {
  if (payment.amountMinor <= 0n) throw new AllocationInputInvalidError(`a payment of ${payment.amountMinor} minor units cannot be allocated`);
  const amounts: Money[] = [outstanding.principal, outstanding.interest, outstanding.costs, outstanding.charges, ...outstanding.invoices.map((i) => i.outstanding)];
  // sum() refuses a currency other than the payment's before anything is split.
  sum(payment.currency, amounts);
  if (amounts.some((amount) => amount.amountMinor < 0n)) throw new AllocationInputInvalidError('an outstanding amount is negative');
  const numbers = new Set(outstanding.invoices.map((i) => i.number));
  if (numbers.size !== outstanding.invoices.length) throw new AllocationInputInvalidError('an invoice number appears twice');
  const invoiced = sum(payment.currency, outstanding.invoices.map((i) => i.outstanding));
  if (invoiced.amountMinor !== outstanding.principal.amountMinor) {
    throw new AllocationInputInvalidError(`the invoices add up to ${invoiced.amountMinor}, the principal is ${outstanding.principal.amountMinor}`);
  }
}

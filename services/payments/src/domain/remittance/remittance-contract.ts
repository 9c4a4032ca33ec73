import { type Money, money } from '../money';
import { RemittanceArgumentInvalidError, RemittanceContractInvalidError } from './remittance.errors';

/** One slice of a payment, up to `upToMinor` (inclusive; null: no ceiling), charged at `rateBp`. */
export interface CommissionBand {
  readonly upToMinor: bigint | null;
  readonly rateBp: number;
}

/**
 * What the agency keeps of money it collects for one creditor, in one currency (a minimum of 5 EUR
 * and one of 5 SEK are different terms, so a creditor paid in two currencies has two contracts).
 *
 * Bands are marginal and per payment, like income-tax brackets: with 15% up to 5,000 EUR and 10%
 * above, a payment of 8,000 EUR costs 15% of 5,000 plus 10% of 3,000. A per-payment band (the whole
 * payment at the rate of its band) would make 5,000.01 cost less than 5,000.00; marginal bands never
 * make a larger payment pay out less. A flat rate is one band with no ceiling.
 */
export interface RemittanceContract {
  readonly creditorId: string;
  readonly currency: string;
  readonly commissionBands: readonly CommissionBand[];
  /** Per payment, in minor units; a payment smaller than this is kept whole. */
  readonly minimumCommissionMinor: bigint;
  /** Handling cost deducted per receipt, in minor units; 0n when the contract has none. */
  readonly costPerReceiptMinor: bigint;
}

/** How one payment collected is split. `paidOut = collected − commission − costs`, never negative. */
export interface Deductions {
  readonly commission: Money;
  readonly costs: Money;
  readonly paidOut: Money;
}

const BASIS_POINTS = 10_000n;

export function validateContract(contract: RemittanceContract): RemittanceContract {
  const invalid = (reason: string) => new RemittanceContractInvalidError(contract.creditorId, reason);
  const bands = contract.commissionBands;
  if (!/^[A-Z]{3}$/.test(contract.currency)) throw invalid(`currency ${contract.currency} is not an ISO 4217 code`);
  if (bands.length === 0) throw invalid('at least one commission band is required');
  bands.forEach((band, index) => {
    if (!Number.isInteger(band.rateBp) || band.rateBp < 0 || band.rateBp > 10_000) throw invalid(`band ${index + 1} rate ${band.rateBp} bp is not between 0 and 10000`);
    const last = index === bands.length - 1;
    if (last !== (band.upToMinor === null)) throw invalid('only the last band, and it always, has no ceiling');
    const floor = index === 0 ? 0n : bands[index - 1].upToMinor!;
    if (band.upToMinor !== null && band.upToMinor <= floor) throw invalid(`band ${index + 1} ceiling must be above ${floor}`);
  });
  if (contract.minimumCommissionMinor < 0n) throw invalid('the minimum commission cannot be negative');
  if (contract.costPerReceiptMinor < 0n) throw invalid('the cost per receipt cannot be negative');
  return contract;
}

/**
 * The commission on one payment: the sum over the bands, rounded down to the minor unit once (not
 * per band), then raised to the minimum, and never above the payment itself.
 *
 * Rounding is floor, not half-up: this is client money held in trust, and floor guarantees the agency
 * never keeps a fraction of a cent more than the contract rate; it is also what the creditor
 * recomputes with a spreadsheet's ROUNDDOWN.
 */
export function commissionFor(collected: Money, contract: RemittanceContract): Money {
  validateContract(contract);
  if (collected.currency !== contract.currency) throw new RemittanceContractInvalidError(contract.creditorId, `contract in ${contract.currency} applied to ${collected.currency}`);
  if (collected.amountMinor <= 0n) throw new RemittanceArgumentInvalidError('commission is due on a positive amount only');
  const amount = collected.amountMinor;
  let floor = 0n;
  let scaled = 0n;
  for (const band of contract.commissionBands) {
    const top = band.upToMinor === null || band.upToMinor > amount ? amount : band.upToMinor;
    if (top > floor) scaled += (top - floor) * BigInt(band.rateBp);
    if (band.upToMinor !== null) floor = band.upToMinor;
  }
  const banded = scaled / BASIS_POINTS;
  const withMinimum = banded < contract.minimumCommissionMinor ? contract.minimumCommissionMinor : banded;
  return money(withMinimum < amount ? withMinimum : amount, collected.currency);
}

/**
 * Commission, then the per-receipt cost out of what is left: a cost larger than what remains is cut
 * to it, so a line never pays out less than zero (the uncovered cost is not carried to other lines).
 */
export function deductionsFor(collected: Money, contract: RemittanceContract): Deductions {
  const commission = commissionFor(collected, contract);
  const left = collected.amountMinor - commission.amountMinor;
  const costs = contract.costPerReceiptMinor < left ? contract.costPerReceiptMinor : left;
  return { commission, costs: money(costs, collected.currency), paidOut: money(left - costs, collected.currency) };
}

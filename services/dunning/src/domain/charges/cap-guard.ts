import { capKeyOf, type AlreadyCharged, type Charge, type Entitlement, type Refusal } from './charge';
import { ChargeInputInvalidError } from './charge-input-invalid.error';
import { formatMinor, type CurrencyCode } from './money';

/**
 * The last word before anything is charged: what each rule allows (its cap) minus what the case was
 * already charged under it. Only the difference still allowed comes out (top-up semantics), so
 * calling again with the charges of the previous call fed back returns nothing, and no sequence of
 * calls can push a rule above its cap. What was charged before is taken off the rule's lines in order
 * (first invoice, earliest interest period first), so the lines that come out are the ones not yet
 * charged. It is matched to a rule by cap key (the rule id before `@`), so a new version of a rule
 * does not reset what was charged under the old one.
 */
export interface GuardedCharges {
  charges: Charge[];
  refusals: Refusal[];
}

function validateAlreadyCharged(entitlements: readonly Entitlement[], alreadyCharged: readonly AlreadyCharged[], currency: CurrencyCode): Map<string, bigint> {
  const kindOfKey = new Map(entitlements.map((e) => [capKeyOf(e.rule.ruleId), e.rule.kind]));
  const charged = new Map<string, bigint>();
  alreadyCharged.forEach((entry, i) => {
    if (entry.currency !== currency) throw new ChargeInputInvalidError(`alreadyCharged[${i}].currency`, `is ${entry.currency}, the case is in ${currency}`);
    if (typeof entry.amountMinor !== 'bigint' || entry.amountMinor < 0n) {
      throw new ChargeInputInvalidError(`alreadyCharged[${i}].amountMinor`, 'must be a non-negative bigint (net of credit notes)');
    }
    const key = capKeyOf(entry.ruleId);
    const kind = kindOfKey.get(key);
    if (kind !== undefined && kind !== entry.kind) {
      throw new ChargeInputInvalidError(`alreadyCharged[${i}].kind`, `rule ${key} charges ${kind}, not ${entry.kind}`);
    }
    charged.set(key, (charged.get(key) ?? 0n) + entry.amountMinor);
  });
  return charged;
}

/** What may still be charged under each entitlement, given what was charged before. */
export function applyCapGuard(entitlements: readonly Entitlement[], alreadyCharged: readonly AlreadyCharged[], currency: CurrencyCode): GuardedCharges {
  const remaining = validateAlreadyCharged(entitlements, alreadyCharged, currency);
  const result: GuardedCharges = { charges: [], refusals: [] };

  for (const { rule, lines } of entitlements) {
    const key = capKeyOf(rule.ruleId);
    const before = remaining.get(key) ?? 0n;
    const cap = lines.reduce((sum, line) => sum + line.amountMinor, 0n);
    if (cap === 0n) continue;
    let toAbsorb = before;
    for (const line of lines) {
      const absorbed = line.amountMinor < toAbsorb ? line.amountMinor : toAbsorb;
      toAbsorb -= absorbed;
      const amountMinor = line.amountMinor - absorbed;
      if (amountMinor > 0n) {
        result.charges.push({
          kind: rule.kind,
          amountMinor,
          currency,
          ruleId: rule.ruleId,
          source: rule.source,
          verified: rule.verified,
          ...(line.reference !== undefined ? { reference: line.reference } : {}),
          ...(line.period !== undefined ? { period: line.period } : {}),
          ...(absorbed > 0n ? { chargedBeforeMinor: absorbed } : {}),
        });
      }
    }
    remaining.set(key, toAbsorb);
    if (before === cap) {
      result.refusals.push({ kind: rule.kind, ruleId: rule.ruleId, reason: 'ALREADY_CHARGED', detail: `the cap of ${formatMinor(cap)} ${currency} was charged in full before` });
    } else if (before > cap) {
      result.refusals.push({
        kind: rule.kind,
        ruleId: rule.ruleId,
        reason: 'CAP_REACHED',
        detail: `${formatMinor(before)} ${currency} was charged before, above today's cap of ${formatMinor(cap)} ${currency}`,
        excessMinor: before - cap,
      });
    }
  }
  return result;
}

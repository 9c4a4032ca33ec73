import type { Clock } from '@collections/clock';
import type { UnitOfWork } from '../../ports/screening-transaction.port';
import type { Reassessment } from '../../screening/reassess-debtors';
import { reassessDebtors } from '../../screening/reassess-debtors';
import { utcDate } from '../import-register/import-register';

/**
 * Register entries apply between their effective dates: a collective debt settlement ends, an
 * incarceration starts on a known day. Once a day has passed, the debtors with open cases matched
 * to an entry that began or ceased to apply since the last check are re-screened (DebtorStatusChanged,
 * cause REGISTER_ENTRY_DATES where the verdict moved). Safe to run on every replica and as often as
 * wanted: one runs at a time and each day is looked at once. The first run only starts the watch.
 */
export async function watchRegisterDates(uow: UnitOfWork, clock: Clock): Promise<{ checkedThrough: string; statusChanges: number }> {
  return uow.run(async (tx) => {
    const today = utcDate(clock.now());
    const checkedThrough = await tx.matches.lockDateWatch();
    if (checkedThrough !== undefined && checkedThrough >= today) return { checkedThrough, statusChanges: 0 };
    let statusChanges = 0;
    if (checkedThrough !== undefined) {
      const reasons = new Map<string, Reassessment>();
      for (const { debtorIdentityId, source, entryId } of await tx.matches.debtorsWithEntryDatesBetween(checkedThrough, today)) {
        if (!reasons.has(debtorIdentityId)) reasons.set(debtorIdentityId, { cause: 'REGISTER_ENTRY_DATES', register: { source, entryId } });
      }
      statusChanges = await reassessDebtors(tx, reasons, today);
    }
    await tx.matches.saveDateWatch(today);
    return { checkedThrough: today, statusChanges };
  });
}

import type { CaseFile } from '../case-file/case-file';
import { CaseNotOpenError } from '../shared/intake-error';
import type { CaseEvent } from './case.events';

export type CaseState = 'open' | 'withdrawn';
export type SubmissionRoute = 'api' | 'bulk_file' | 'channel';

/** Where a case came from: the route and, for files and channels, which import or claim. */
export interface CaseOrigin {
  route: SubmissionRoute;
  caseImportId?: string;
  claimId?: string;
}

export interface CaseProps {
  id: string;
  creditorId: string;
  caseFile: CaseFile;
  /** fingerprintCaseFile(caseFile): recognises a resubmission of the same content. */
  fingerprint: string;
  /** Null when no consultant covers the debtor's country and language: manual assignment. */
  consultantId: string | null;
  origin: CaseOrigin;
  state: CaseState;
  openedAt: Date;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
}

/**
 * A creditor's claim against one debtor, as intake owns it: submitted, assigned, possibly
 * withdrawn. Collection itself (letters, plans, payments) belongs to other services.
 */
export class Case {
  private readonly events: CaseEvent[] = [];

  private constructor(private state: CaseProps) {}

  /** `registrationFee`: charged to the creditor for this case when its contract has one. */
  static open(props: Omit<CaseProps, 'state' | 'withdrawnAt' | 'withdrawalReason'>, registrationFee?: { amountMinor: bigint; currency: string }): Case {
    const opened = new Case({ ...props, state: 'open', withdrawnAt: null, withdrawalReason: null });
    opened.events.push({ type: 'CaseOpened', caseId: props.id });
    if (registrationFee && registrationFee.amountMinor > 0n) opened.events.push({ type: 'RegistrationFeeCharged', caseId: props.id, fee: registrationFee });
    return opened;
  }

  static restore(props: CaseProps): Case {
    return new Case(props);
  }

  get props(): Readonly<CaseProps> {
    return this.state;
  }

  get needsManualAssignment(): boolean {
    return this.state.consultantId === null;
  }

  /** The creditor takes the case back: every service stops collecting. Withdrawing twice changes nothing. */
  withdraw(reason: string, at: Date): void {
    if (this.state.state === 'withdrawn') return; // asked twice: already done, nothing new to say
    if (this.state.state !== 'open') throw new CaseNotOpenError(this.state.id, this.state.state);
    this.state = { ...this.state, state: 'withdrawn', withdrawnAt: at, withdrawalReason: reason };
    this.events.push({ type: 'CaseWithdrawn', caseId: this.state.id, reason });
  }

  /** The events recorded since the case was loaded; the repository publishes them with the change. */
  pullEvents(): CaseEvent[] {
    return this.events.splice(0);
  }
}

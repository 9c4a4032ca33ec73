import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MINOR = /^\d{1,15}$/;

export class MoneyRequest {
  @Matches(MINOR, { message: 'amountMinor must be a whole number of minor units, as a string of digits' })
  amountMinor!: string;

  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency!: string;
}

export class PromiseRequest {
  @ValidateNested() @Type(() => MoneyRequest)
  amount!: MoneyRequest;

  @Matches(DATE, { message: 'payBy must be a calendar date YYYY-MM-DD' })
  payBy!: string;
}

export const RESULTS = ['REACHED', 'NO_ANSWER', 'WRONG_NUMBER', 'REFUSED_TO_PAY', 'PROMISE_TO_PAY', 'CALLBACK_REQUESTED', 'DEBTOR_ABSENT', 'THIRD_PARTY', 'DISPUTE_RAISED', 'ASKED_FOR_PLAN'] as const;
export const ROLES = ['DEBT_MEDIATOR', 'PROVISIONAL_ADMINISTRATOR', 'SOCIAL_SERVICES', 'TRUSTEE', 'NOTARY', 'LAWYER', 'HEIR'] as const;

export class OutcomeRequest {
  @IsIn(RESULTS, { message: `result must be one of ${RESULTS.join(', ')}` })
  result!: (typeof RESULTS)[number];

  @IsOptional() @ValidateNested() @Type(() => PromiseRequest)
  promise?: PromiseRequest;

  @IsOptional() @IsISO8601({ strict: true }, { message: 'callbackAt must be an ISO 8601 instant' })
  callbackAt?: string;

  @IsOptional() @IsIn(ROLES, { message: `thirdPartyRole must be one of ${ROLES.join(', ')}` })
  thirdPartyRole?: (typeof ROLES)[number];

  @IsOptional() @IsString() @MaxLength(4_000)
  note?: string;

  /** Show the note on the creditor's timeline. */
  @IsOptional() @IsBoolean()
  noteForCreditor?: boolean;

  @IsInt() @Min(0) @Max(600)
  minutesSpent!: number;
}

export class InstalmentRequest {
  @IsInt() @Min(1)
  number!: number;

  @Matches(DATE, { message: 'dueDate must be a calendar date YYYY-MM-DD' })
  dueDate!: string;

  @ValidateNested() @Type(() => MoneyRequest)
  amount!: MoneyRequest;
}

export class PlanRequest {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(120) @ValidateNested({ each: true }) @Type(() => InstalmentRequest)
  instalments!: InstalmentRequest[];

  /** Why the agency recommends it (shown to the creditor when approval is needed). */
  @IsOptional() @IsString() @MaxLength(2_000)
  explanation?: string;
}

export class SettlementRequest {
  @ValidateNested() @Type(() => MoneyRequest)
  amount!: MoneyRequest;

  @Matches(DATE, { message: 'payBy must be a calendar date YYYY-MM-DD' })
  payBy!: string;

  @IsOptional() @IsString() @MaxLength(2_000)
  explanation?: string;
}

export class DeclarationRequest {
  @Matches(MINOR, { message: 'monthlyIncomeMinor must be a whole number of minor units' })
  monthlyIncomeMinor!: string;

  @Matches(MINOR, { message: 'monthlyChargesMinor must be a whole number of minor units' })
  monthlyChargesMinor!: string;

  @IsInt() @Min(0) @Max(20)
  dependants!: number;

  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency!: string;

  @Matches(DATE, { message: 'declaredOn must be a calendar date YYYY-MM-DD' })
  declaredOn!: string;
}

export const GROUNDS = ['NOT_OWED', 'ALREADY_PAID', 'AMOUNT_WRONG', 'DEFECTIVE_GOODS_OR_SERVICE', 'WRONG_DEBTOR', 'OTHER'] as const;

export class EvidenceRequest {
  @IsString() @MinLength(1) @MaxLength(200)
  fileName!: string;

  @IsIn(['application/pdf', 'image/png', 'image/jpeg'], { message: 'mediaType must be application/pdf, image/png or image/jpeg' })
  mediaType!: string;

  /** The file, base64-encoded (at most 5 MB once decoded). */
  @IsString() @Matches(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'contentBase64 must be base64' }) @MaxLength(7_000_000)
  contentBase64!: string;
}

export class DisputeRequest {
  @IsIn(GROUNDS, { message: `ground must be one of ${GROUNDS.join(', ')}` })
  ground!: (typeof GROUNDS)[number];

  @IsString() @MinLength(1) @MaxLength(4_000)
  summary!: string;

  @IsOptional() @ValidateNested() @Type(() => MoneyRequest)
  disputedAmount?: MoneyRequest;

  /** What the debtor sent in support (PDF, PNG, JPEG; at most 5 files). */
  @IsOptional() @IsArray() @ArrayMaxSize(5) @ValidateNested({ each: true }) @Type(() => EvidenceRequest)
  documents?: EvidenceRequest[];
}

export class DocumentRequest {
  @IsString() @MinLength(1) @MaxLength(4_000)
  question!: string;

  @Matches(DATE, { message: 'answerBy must be a calendar date YYYY-MM-DD' })
  answerBy!: string;
}

export const RESOLUTIONS = ['CLAIM_UPHELD', 'AMOUNT_REDUCED', 'CLAIM_CANCELLED', 'WITHDRAWN_BY_DEBTOR'] as const;

export class ResolutionRequest {
  @IsIn(RESOLUTIONS, { message: `resolution must be one of ${RESOLUTIONS.join(', ')}` })
  resolution!: (typeof RESOLUTIONS)[number];

  @IsOptional() @ValidateNested() @Type(() => MoneyRequest)
  reduction?: MoneyRequest;

  @IsString() @MinLength(1) @MaxLength(4_000)
  explanation!: string;
}

export const TOPICS = ['DEBTOR_CONTACTS', 'AMOUNTS', 'SUPPORTING_DOCUMENTS', 'DIRECT_PAYMENT', 'OTHER'] as const;

export class InformationRequest {
  @IsIn(TOPICS, { message: `topic must be one of ${TOPICS.join(', ')}` })
  topic!: (typeof TOPICS)[number];

  @IsString() @MinLength(1) @MaxLength(4_000)
  question!: string;

  @Matches(DATE, { message: 'answerBy must be a calendar date YYYY-MM-DD' })
  answerBy!: string;
}

/** International format, as letters and calls use it: +, country code, 6 to 14 more digits. */
const E164 = /^\+[1-9]\d{6,14}$/;

export class ThirdPartyAddressRequest {
  @IsArray() @ArrayMinSize(1, { message: 'lines must hold the street line (1 to 4 lines)' }) @ArrayMaxSize(4, { message: 'lines holds at most 4 lines' })
  @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(100, { each: true })
  lines!: string[];

  @IsString() @MinLength(1) @MaxLength(20)
  postalCode!: string;

  @IsString() @MinLength(1) @MaxLength(100)
  locality!: string;

  @IsOptional() @IsString() @MaxLength(100)
  region?: string;

  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country!: string;
}

/**
 * How to reach the third party. A representative's (lawyer, administrator, notary) is what dunning
 * addresses letters and calls with, so it is checked here: numbers in E.164, a real e-mail address,
 * a postal address with its street line, postcode, locality and country.
 */
export class ThirdPartyContactRequest {
  @IsOptional() @Matches(E164, { message: 'phone must be in international format, e.g. +3225550000' })
  phone?: string;

  @IsOptional() @IsArray() @ArrayMaxSize(5) @Matches(E164, { each: true, message: 'phones must be in international format, e.g. +3225550000' })
  phones?: string[];

  @IsOptional() @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string;

  @IsOptional() @ValidateNested() @Type(() => ThirdPartyAddressRequest)
  address?: ThirdPartyAddressRequest;

  /** Their own reference for the file (a mediator's case number…). */
  @IsOptional() @IsString() @MaxLength(100)
  reference?: string;
}

export class ThirdPartyRequest {
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role!: (typeof ROLES)[number];

  @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @IsObject() @ValidateNested() @Type(() => ThirdPartyContactRequest)
  contact!: ThirdPartyContactRequest;
}

export class AgentRequest {
  @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @IsIn(['agent', 'team_lead'], { message: 'role must be agent or team_lead' })
  role!: 'agent' | 'team_lead';

  @IsArray() @ArrayMinSize(1) @Matches(/^[A-Z]{2}$/, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes' })
  countries!: string[];

  @IsArray() @ArrayMinSize(1) @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be ISO 639-1 codes' })
  languages!: string[];
}

export class RatesRequest {
  @Matches(DATE, { message: 'asOf must be a calendar date YYYY-MM-DD' })
  asOf!: string;

  /** EUR for one unit of each currency, as a decimal string: { "SEK": "0.0871", "GBP": "1.1650" }. */
  @IsObject()
  eurPer!: Record<string, string>;
}

export class CreditorTermsRequest {
  /** The creditor's own authority limit in EUR minor units, when lower than EUR 50,000. */
  @IsOptional() @Matches(MINOR, { message: 'authorityLimitEurMinor must be a whole number of minor units' })
  authorityLimitEurMinor?: string;

  @IsOptional() @Matches(MINOR, { message: 'minInstalmentMinor must be a whole number of minor units' })
  minInstalmentMinor?: string;

  @IsOptional() @IsInt() @Min(1) @Max(120)
  maxDurationMonths?: number;

  @IsOptional() @IsInt() @Min(0) @Max(10_000)
  settlementFloorBp?: number;
}

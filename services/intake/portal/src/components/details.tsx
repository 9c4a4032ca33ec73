import { useTranslation } from 'react-i18next';
import { formatMoney, isMoney } from '../format';

/** Internal identifiers (and the case itself) say nothing to a creditor's staff. */
const hidden = (key: string) => key === 'caseId' || key === '$typeName' || (key.endsWith('Id') && key !== 'requestId');
/** Enum values of the event contracts carry their type as a prefix: CONTACT_RESULT_PROMISE_TO_PAY → promise to pay. */
const ENUM_PREFIX = /^(CONTACT_CHANNEL|CONTACT_RESULT|CONTACT_DIRECTION|AUDIENCE|PAYMENT_METHOD|CLOSURE_REASON|SCREENING_VERDICT|DEBTOR_STATUS|DISPUTE_OUTCOME)_/;
const label = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** What an event says, field by field, as plain text: money formatted, nested values as nested lists; never markup. */
export function Details({ details }: { details: Record<string, unknown> }) {
  const { i18n } = useTranslation();
  return <Fields value={details} language={i18n.language} depth={0} />;
}

function Fields({ value, language, depth }: { value: Record<string, unknown>; language: string; depth: number }) {
  const entries = Object.entries(value).filter(([key, inner]) => !hidden(key) && inner !== '' && inner !== null && inner !== undefined && !(Array.isArray(inner) && inner.length === 0));
  if (entries.length === 0) return null;
  return (
    <dl className={depth === 0 ? 'details' : 'details nested'}>
      {entries.map(([key, inner]) => (
        <div key={key}>
          <dt>{label(key)}</dt>
          <dd><Value value={inner} language={language} depth={depth + 1} /></dd>
        </div>
      ))}
    </dl>
  );
}

function Value({ value, language, depth }: { value: unknown; language: string; depth: number }) {
  if (isMoney(value)) return <>{formatMoney(value.amountMinor, value.currency, language)}</>;
  if (typeof value === 'string') return <>{ENUM_PREFIX.test(value) ? value.replace(ENUM_PREFIX, '').replace(/_/g, ' ').toLowerCase() : value}</>;
  if (typeof value !== 'object' || value === null) return <>{String(value)}</>;
  if (depth > 3) return <>{JSON.stringify(value)}</>;
  if (Array.isArray(value)) return <ol className="nested">{value.map((item, index) => <li key={index}><Value value={item} language={language} depth={depth + 1} /></li>)}</ol>;
  return <Fields value={value as Record<string, unknown>} language={language} depth={depth} />;
}

import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** An error from intake, as text: its detail and each field it names. */
export function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="problem" role="alert">
      <p>{t('app.error', { detail })}</p>
      {error instanceof ApiError && error.errors.length > 0 && (
        <ul>{error.errors.map((problem, index) => <li key={index}>{problem.field}: {problem.reason}</li>)}</ul>
      )}
    </div>
  );
}

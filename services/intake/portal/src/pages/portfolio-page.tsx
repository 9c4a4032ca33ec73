import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, query } from '../api/client';
import type { CasePage, CaseView, PendingDecision } from '../api/types';
import { Problem } from '../components/problem';
import { formatDateTime, formatMoney } from '../format';

const PAGE_SIZE = 25;

export function debtorName(view: CaseView): string {
  const debtor = view.caseFile.debtor;
  return debtor?.legalName ?? [debtor?.givenNames, debtor?.familyName].filter(Boolean).join(' ');
}

/** The creditor's cases, newest first, a page at a time, with what each waits for. */
export function PortfolioPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? '';
  const [cases, setCases] = useState<CaseView[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [decisions, setDecisions] = useState<PendingDecision[]>([]);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);

  const load = async (cursor?: string) => {
    setLoading(true);
    try {
      const page = await api<CasePage>(`/v1/cases${query({ state, limit: String(PAGE_SIZE), cursor })}`);
      setCases((shown) => (cursor ? [...shown, ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load();
    api<PendingDecision[]>('/v1/pending-decisions').then(setDecisions, setError);
  }, [state]);

  const nextAction = (view: CaseView): string => {
    const decision = decisions.find((pending) => pending.caseId === view.id);
    if (decision) return t('portfolio.decisionNeeded', { decision: t(`decisionKind.${decision.kind}`, { defaultValue: decision.kind }) });
    if (view.state !== 'open' || view.progress?.outcome) return t('portfolio.finished');
    return t('portfolio.withAgency');
  };

  return (
    <section>
      <h1>{t('portfolio.title')}</h1>
      <label>
        {t('portfolio.state')}{' '}
        <select name="state" value={state} onChange={(event) => setParams(event.target.value ? { state: event.target.value } : {})}>
          <option value="">{t('portfolio.allStates')}</option>
          <option value="open">{t('state.open')}</option>
          <option value="withdrawn">{t('state.withdrawn')}</option>
        </select>
      </label>
      <Problem error={error} />
      <table className="cases">
        <thead>
          <tr>
            <th>{t('portfolio.reference')}</th><th>{t('portfolio.debtor')}</th><th>{t('portfolio.state')}</th><th>{t('portfolio.balance')}</th><th>{t('portfolio.collected')}</th>
            <th>{t('portfolio.progress')}</th><th>{t('portfolio.nextAction')}</th><th>{t('portfolio.consultant')}</th><th>{t('portfolio.lastActivity')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((view) => {
            const collected = view.progress?.collectedMinor ?? 0;
            return (
              <tr key={view.id}>
                <td><Link to={`/cases/${view.id}`}>{view.creditorReference}</Link></td>
                <td>{debtorName(view)}</td>
                <td>{t(`state.${view.progress?.outcome ?? view.state}`, { defaultValue: view.state })}</td>
                <td className="amount">{formatMoney(view.progress?.balanceMinor ?? view.claimedMinor, view.currency, i18n.language)}</td>
                <td className="amount">{formatMoney(collected, view.currency, i18n.language)}</td>
                <td><progress max={Math.max(view.claimedMinor, 1)} value={Math.min(collected, view.claimedMinor)} /></td>
                <td>{nextAction(view)}</td>
                <td>{view.consultantName ?? (view.consultantId ? t('app.none') : t('portfolio.unassigned'))}</td>
                <td>{view.progress?.lastActivity ? `${t(`kind.${view.progress.lastActivity}`, { defaultValue: view.progress.lastActivity })} · ${formatDateTime(view.progress.lastActivityAt, i18n.language)}` : t('app.none')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!loading && cases.length === 0 && <p>{t('portfolio.empty')}</p>}
      {loading && <p className="loading">{t('app.loading')}</p>}
      {next && !loading && <button type="button" onClick={() => void load(next)}>{t('app.more')}</button>}
    </section>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, query } from '../api/client';
import type { CasePage, CaseView, PendingDecision } from '../api/types';
import { Problem } from '../components/problem';
import { formatDateTime, formatMoney } from '../format';

const PAGE_SIZE = 25;
/** The countries whose collection rules the platform applies (../shared/COUNTRY-RULES.md). */
const COUNTRIES = ['BE', 'FR', 'NL', 'DE', 'ES', 'SE', 'GB', 'US'];

export function debtorName(view: CaseView): string {
  const debtor = view.caseFile.debtor;
  return debtor?.legalName ?? [debtor?.givenNames, debtor?.familyName].filter(Boolean).join(' ');
}

/** The creditor's cases, newest first, a page at a time, with what each waits for. */
export function PortfolioPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? '';
  const outcome = params.get('outcome') ?? '';
  const country = params.get('country') ?? '';
  const filterBy = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const [cases, setCases] = useState<CaseView[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [decisions, setDecisions] = useState<PendingDecision[]>([]);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);

  const load = async (cursor?: string) => {
    setLoading(true);
    try {
      const page = await api<CasePage>(`/v1/cases${query({ state, outcome, country, limit: String(PAGE_SIZE), cursor })}`);
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
  }, [state, outcome, country]);

  const nextAction = (view: CaseView): string => {
    const decision = decisions.find((pending) => pending.caseId === view.id);
    if (decision) return t('portfolio.decisionNeeded', { decision: t(`decisionKind.${decision.kind}`, { defaultValue: decision.kind }) });
    if (view.state !== 'open' || view.progress?.outcome) return t('portfolio.finished');
    const scheduled = view.progress?.nextAction;
    if (scheduled?.kind === 'PAUSED') return t('portfolio.paused');
    if (scheduled?.dueAt) return t('portfolio.nextStep', { step: t(`nextStep.${scheduled.kind}`, { defaultValue: scheduled.kind }), date: formatDateTime(scheduled.dueAt, i18n.language) });
    return t('portfolio.withAgency');
  };

  return (
    <section>
      <h1>{t('portfolio.title')}</h1>
      <label>
        {t('portfolio.state')}{' '}
        <select name="state" value={state} onChange={(event) => filterBy('state', event.target.value)}>
          <option value="">{t('portfolio.allStates')}</option>
          <option value="open">{t('state.open')}</option>
          <option value="withdrawn">{t('state.withdrawn')}</option>
        </select>
      </label>{' '}
      <label>
        {t('portfolio.outcome')}{' '}
        <select name="outcome" value={outcome} onChange={(event) => filterBy('outcome', event.target.value)}>
          <option value="">{t('portfolio.allOutcomes')}</option>
          {['ACTIVE', 'PAID_IN_FULL', 'CLOSED'].map((value) => <option key={value} value={value}>{t(`outcome.${value}`)}</option>)}
        </select>
      </label>{' '}
      <label>
        {t('portfolio.country')}{' '}
        <select name="country" value={country} onChange={(event) => filterBy('country', event.target.value)}>
          <option value="">{t('portfolio.allCountries')}</option>
          {COUNTRIES.map((code) => <option key={code} value={code}>{code}</option>)}
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

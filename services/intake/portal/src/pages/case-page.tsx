import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { CaseView } from '../api/types';
import { Problem } from '../components/problem';
import { formatDateTime, formatMoney } from '../format';
import { CaseDocuments } from './case-documents';
import { CaseMessages } from './case-messages';
import { CaseTimeline } from './case-timeline';
import { debtorName } from './portfolio-page';

export function CasePage() {
  const { caseId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<CaseView>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    api<CaseView>(`/v1/cases/${encodeURIComponent(caseId)}`).then(setView, setError);
  }, [caseId]);

  if (error) return <section><Link to="/">{t('case.back')}</Link><Problem error={error} /></section>;
  if (!view) return <p className="loading">{t('app.loading')}</p>;
  const money = (minor: number | null | undefined) => formatMoney(minor, view.currency, i18n.language);
  return (
    <section>
      <Link to="/">{t('case.back')}</Link>
      <h1>{t('case.title', { reference: view.creditorReference })}</h1>
      <dl className="summary">
        <div><dt>{t('portfolio.debtor')}</dt><dd>{debtorName(view)}</dd></div>
        <div><dt>{t('portfolio.state')}</dt><dd>{t(`state.${view.progress?.outcome ?? view.state}`, { defaultValue: view.state })}</dd></div>
        <div><dt>{t('case.claimed')}</dt><dd>{money(view.claimedMinor)}</dd></div>
        <div><dt>{t('portfolio.balance')}</dt><dd>{money(view.progress?.balanceMinor ?? view.claimedMinor)}</dd></div>
        <div><dt>{t('portfolio.collected')}</dt><dd>{money(view.progress?.collectedMinor ?? 0)}</dd></div>
        <div><dt>{t('case.remitted')}</dt><dd>{money(view.progress?.remittedMinor ?? 0)}</dd></div>
        <div><dt>{t('portfolio.consultant')}</dt><dd>{view.consultantName ?? t('app.none')}</dd></div>
        <div><dt>{t('case.openedAt')}</dt><dd>{formatDateTime(view.openedAt, i18n.language)}</dd></div>
      </dl>
      <CaseTimeline caseId={view.id} />
      <CaseMessages caseId={view.id} />
      <CaseDocuments caseId={view.id} />
    </section>
  );
}

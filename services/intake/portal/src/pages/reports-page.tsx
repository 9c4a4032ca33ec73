import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api/client';
import type { PortfolioReport } from '../api/types';
import { Problem } from '../components/problem';
import { formatMoney, formatPercent } from '../format';

const today = () => new Date().toISOString().slice(0, 10);

/** The portfolio report for a period, by country and currency, with CSV and PDF downloads. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState(`${today().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today());
  const [report, setReport] = useState<PortfolioReport>();
  const [error, setError] = useState<unknown>();

  const show = useCallback(async (period: { from: string; to: string }) => {
    setError(undefined);
    try {
      setReport(await api<PortfolioReport>(`/v1/reports/portfolio${query({ ...period, format: 'json' })}`));
    } catch (failure) {
      setError(failure);
    }
  }, []);
  useEffect(() => {
    void show({ from: `${today().slice(0, 4)}-01-01`, to: today() });
  }, [show]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void show({ from, to });
  };
  const download = (format: 'csv' | 'pdf') => `/v1/reports/portfolio${query({ from, to, format })}`;
  const money = (minor: number, currency: string) => formatMoney(minor, currency, i18n.language);

  return (
    <section>
      <h1>{t('reports.title')}</h1>
      <form className="period" onSubmit={submit}>
        <label>{t('reports.from')} <input name="from" type="date" required value={from} onChange={(event) => setFrom(event.target.value)} /></label>
        <label>{t('reports.to')} <input name="to" type="date" required value={to} onChange={(event) => setTo(event.target.value)} /></label>
        <button type="submit">{t('reports.show')}</button>
        <a className="download" href={download('csv')} download>{t('reports.csv')}</a>
        <a className="download" href={download('pdf')} download>{t('reports.pdf')}</a>
      </form>
      <Problem error={error} />
      {report && report.rows.length === 0 && <p>{t('reports.empty')}</p>}
      {report && report.rows.length > 0 && (
        <table className="report">
          <thead>
            <tr>
              <th>{t('reports.country')}</th><th>{t('reports.currency')}</th><th>{t('reports.casesPlaced')}</th><th>{t('reports.amountPlaced')}</th><th>{t('reports.collectedOnPlaced')}</th>
              <th>{t('reports.collectionRate')}</th><th>{t('reports.collectedInPeriod')}</th><th>{t('reports.remittedInPeriod')}</th><th>{t('reports.paidInFull')}</th><th>{t('reports.averageDays')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={`${row.country}-${row.currency}`}>
                <td>{row.country}</td><td>{row.currency}</td><td>{row.casesPlaced}</td>
                <td className="amount">{money(row.amountPlacedMinor, row.currency)}</td><td className="amount">{money(row.collectedOnPlacedMinor, row.currency)}</td>
                <td>{formatPercent(row.collectionRate, i18n.language)}</td>
                <td className="amount">{money(row.collectedInPeriodMinor, row.currency)}</td><td className="amount">{money(row.remittedInPeriodMinor, row.currency)}</td>
                <td>{row.casesPaidInFullInPeriod}</td><td>{row.averageDaysToCollect ?? t('app.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

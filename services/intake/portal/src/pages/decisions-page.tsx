import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import type { DecisionChange, PendingDecision } from '../api/types';
import { Details } from '../components/details';
import { DirectPaymentForm } from '../components/direct-payment-form';
import { Problem } from '../components/problem';
import { formatDate, formatDateTime } from '../format';
import { useUser } from '../session';

/** Most urgent first, as the API lists them: the earliest deadline, then the oldest question. */
function byUrgency(decisions: PendingDecision[]): PendingDecision[] {
  const key = (d: PendingDecision) => `${d.answerBy ?? '9999-12-31'}|${d.askedAt}`;
  return [...decisions].sort((a, b) => key(a).localeCompare(key(b)));
}

/** What the agency waits for the creditor to decide, most urgent first, kept current over Server-Sent Events; managers answer here. */
export function DecisionsPage() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const [decisions, setDecisions] = useState<PendingDecision[]>();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [answered, setAnswered] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [live, setLive] = useState(false);
  // Decisions the stream said were answered or closed: a list fetched a moment earlier may still hold them.
  const gone = useRef(new Set<string>());

  const load = useCallback(
    () => api<PendingDecision[]>('/v1/pending-decisions').then((listed) => setDecisions(byUrgency(listed.filter((d) => !gone.current.has(d.requestId)))), setError),
    [],
  );
  useEffect(() => {
    void load();
    // Same origin: the browser sends the session cookie, and reconnects with Last-Event-ID by itself.
    const stream = new EventSource('/v1/timeline/stream');
    stream.onopen = () => {
      setLive(true);
      // Whatever changed while no stream was open.
      void load();
    };
    stream.onerror = () => setLive(false);
    stream.addEventListener('decision', (event) => {
      const change = JSON.parse((event as MessageEvent<string>).data) as DecisionChange;
      if (change.change === 'opened') {
        const opened = change.decision;
        if (!opened || gone.current.has(opened.requestId)) return;
        setDecisions((shown) => shown && byUrgency([...shown.filter((d) => d.requestId !== opened.requestId), opened]));
      } else {
        gone.current.add(change.requestId);
        setDecisions((shown) => shown?.filter((d) => d.requestId !== change.requestId));
      }
    });
    return () => stream.close();
  }, [load]);

  const answer = async (decision: PendingDecision, kind: string) => {
    setError(undefined);
    try {
      const note = notes[decision.requestId]?.trim();
      await api(`/v1/cases/${encodeURIComponent(decision.caseId)}/instructions`, { method: 'POST', body: { kind, inReplyTo: decision.requestId, ...(note ? { note } : {}) } });
      setAnswered(t('decisions.answered', { answer: t(`answer.${kind}`, { defaultValue: kind }) }));
      await load();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section>
      <h1>{t('decisions.title')} {live && <span className="live">● {t('timeline.live')}</span>}</h1>
      {answered && <p className="notice" role="status">{answered}</p>}
      <Problem error={error} />
      {decisions === undefined && <p className="loading">{t('app.loading')}</p>}
      {decisions?.length === 0 && <p>{t('decisions.empty')}</p>}
      {user.role === 'viewer' && decisions && decisions.length > 0 && <p className="notice">{t('decisions.managersOnly')}</p>}
      <ul className="decisions">
        {decisions?.map((decision) => (
          <li key={decision.requestId} data-request-id={decision.requestId}>
            <h2>{t(`decisionKind.${decision.kind}`, { defaultValue: decision.kind })}</h2>
            <p>
              {t('decisions.case')}: <Link to={`/cases/${decision.caseId}`}>{decision.creditorReference}</Link> · {t('decisions.asked')} {formatDateTime(decision.askedAt, i18n.language)}
              {decision.answerBy && <> · {t('decisions.answerBy')} {formatDate(decision.answerBy, i18n.language)}</>}
            </p>
            <Details details={decision.details} />
            {decision.actionsTaken && (
              <p className="actions-taken">
                {t('decisions.actionsTaken')}{' '}
                {Object.entries(decision.actionsTaken).map(([kind, count]) => `${count} × ${t(`kind.${kind}`, { defaultValue: kind })}`).join(' · ') || t('app.none')}
              </p>
            )}
            {user.role === 'manager' && (
              <div className="answer">
                <label>
                  {t('decisions.note')}
                  <textarea maxLength={4000} rows={2} value={notes[decision.requestId] ?? ''} onChange={(event) => setNotes({ ...notes, [decision.requestId]: event.target.value })} />
                </label>
                {decision.answerWith.includes('report_direct_payment') && (
                  <DirectPaymentForm decision={decision} onError={setError} onReported={() => { setAnswered(t('decisions.answered', { answer: t('answer.report_direct_payment') })); void load(); }} />
                )}
                {decision.answerWith.filter((kind) => kind !== 'report_direct_payment').map((kind) => (
                  <button key={kind} type="button" data-answer={kind} onClick={() => void answer(decision, kind)}>{t(`answer.${kind}`, { defaultValue: kind })}</button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

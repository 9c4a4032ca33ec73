import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api/client';
import type { LiveEntry, TimelineEntry, TimelinePage } from '../api/types';
import { Details } from '../components/details';
import { Problem } from '../components/problem';
import { formatDateTime } from '../format';

const PAGE_SIZE = 50;

/** The case's timeline, oldest first, a page at a time; new entries arrive live over Server-Sent Events. */
export function CaseTimeline({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  const [error, setError] = useState<unknown>();
  // Until the last page is shown, a live entry may belong to a page not loaded yet: paging brings it then.
  const allLoaded = useRef(false);

  const load = useCallback(async (after?: string) => {
    try {
      const page = await api<TimelinePage>(`/v1/cases/${encodeURIComponent(caseId)}/timeline${query({ limit: String(PAGE_SIZE), after })}`);
      setEntries((shown) => merge(after ? shown : [], page.entries));
      setNext(page.next);
      allLoaded.current = page.next === null;
    } catch (failure) {
      setError(failure);
    }
  }, [caseId]);

  useEffect(() => {
    void load();
    // The browser sends the session cookie with the stream (same origin) and reconnects with Last-Event-ID by itself.
    const stream = new EventSource('/v1/timeline/stream');
    stream.onopen = () => setLive(true);
    stream.onerror = () => setLive(false);
    stream.addEventListener('timeline', (event) => {
      const entry = JSON.parse((event as MessageEvent<string>).data) as LiveEntry;
      if (entry.caseId === caseId && allLoaded.current) setEntries((shown) => merge(shown, [entry]));
    });
    return () => stream.close();
  }, [caseId, load]);

  return (
    <section className="timeline">
      <h2>{t('timeline.title')} {live && <span className="live">● {t('timeline.live')}</span>}</h2>
      <Problem error={error} />
      {entries.length === 0 ? <p>{t('timeline.empty')}</p> : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.eventId} data-kind={entry.kind}>
              <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>{' '}
              <strong>{t(`kind.${entry.kind}`, { defaultValue: entry.kind })}</strong>{' '}
              <span className="by">{t(`by.${entry.by}`, { defaultValue: entry.by })}</span>
              <EntryDocuments caseId={caseId} details={entry.details} />
              <Details details={withoutDocuments(entry.details)} />
            </li>
          ))}
        </ol>
      )}
      {next && <button type="button" onClick={() => void load(next)}>{t('app.more')}</button>}
    </section>
  );
}

/** Entries once each (by event id), in the order things happened. */
function merge(shown: TimelineEntry[], added: TimelineEntry[]): TimelineEntry[] {
  const byEvent = new Map(shown.map((entry) => [entry.eventId, entry]));
  for (const entry of added) byEvent.set(entry.eventId, entry);
  return [...byEvent.values()].sort((a, b) => a.at.localeCompare(b.at));
}

type EntryDocument = { id: string; fileName: string; sizeBytes: number };

/** The letter, statement or invoice an entry offers, as download links (the file name is shown as text). */
function EntryDocuments({ caseId, details }: { caseId: string; details: Record<string, unknown> }) {
  const { t } = useTranslation();
  const documents = Array.isArray(details.documents) ? (details.documents as EntryDocument[]) : [];
  if (documents.length === 0) return null;
  return (
    <p className="entry-documents">
      {documents.map((document) => (
        <a key={document.id} href={`/v1/cases/${caseId}/timeline/documents/${encodeURIComponent(document.id)}`} download={document.fileName}>
          {t('documents.download')}: {document.fileName}
        </a>
      ))}
    </p>
  );
}

function withoutDocuments(details: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...details };
  delete rest.documents;
  return rest;
}

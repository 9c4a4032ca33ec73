import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { CaseMessage } from '../api/types';
import { Problem } from '../components/problem';
import { formatBytes, formatDateTime } from '../format';

const ALLOWED_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'text/csv'];
const MAX_BYTES = 10 * 1024 * 1024;

/** The case's thread with its consultant: everything written is shown as text, files as download links. */
export function CaseMessages({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const [messages, setMessages] = useState<CaseMessage[]>([]);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const base = `/v1/cases/${encodeURIComponent(caseId)}/messages`;

  const load = useCallback(async () => {
    const thread = await api<{ items: CaseMessage[] }>(base);
    setMessages(thread.items);
    if (thread.items.some((message) => message.direction === 'to-creditor' && !message.readAt)) await api<void>(`${base}/read`, { method: 'POST' });
  }, [base]);

  useEffect(() => {
    load().catch(setError);
  }, [load]);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const refused = files.find((file) => !ALLOWED_TYPES.includes(file.type) || file.size > MAX_BYTES);
    if (refused) return setError(new Error(t('messages.badFile', { file: refused.name })));
    setBusy(true);
    setError(undefined);
    try {
      const attachments = await Promise.all(files.map(async (file) => ({ fileName: file.name, contentType: file.type, contentBase64: await base64(file) })));
      await api<CaseMessage>(base, { method: 'POST', body: { body, ...(attachments.length ? { attachments } : {}) } });
      setBody('');
      setFiles([]);
      setNotice(t('messages.sent'));
      await load();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="messages">
      <h2>{t('messages.title')}</h2>
      {messages.length === 0 ? <p>{t('messages.empty')}</p> : (
        <ol>
          {messages.map((message) => (
            <li key={message.id} className={message.direction}>
              <header>
                <strong>{message.author.role === 'creditor' ? `${message.author.name} (${t('messages.you')})` : message.author.name}</strong>{' '}
                <time dateTime={message.sentAt}>{formatDateTime(message.sentAt, i18n.language)}</time>
                {message.direction === 'to-consultant' && (
                  <span className="read-status">{message.readAt ? t('messages.read', { when: formatDateTime(message.readAt, i18n.language) }) : t('messages.unread')}</span>
                )}
              </header>
              <p className="body">{message.body}</p>
              {message.attachments.length > 0 && (
                <ul className="attachments">
                  {message.attachments.map((attachment) => (
                    <li key={attachment.id}>
                      <a href={`${base}/${message.id}/attachments/${attachment.id}`} download={attachment.fileName}>{attachment.fileName}</a> ({formatBytes(attachment.sizeBytes, i18n.language)})
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={(event) => void send(event)}>
        <label>
          {t('messages.body')}
          <textarea name="body" required maxLength={5000} rows={4} value={body} onChange={(event) => setBody(event.target.value)} />
        </label>
        <label>
          {t('messages.attach')}
          <input name="attachments" type="file" multiple accept={ALLOWED_TYPES.join(',')} onChange={(event) => setFiles([...(event.target.files ?? [])])} />
        </label>
        <button type="submit" disabled={busy}>{t('messages.send')}</button>
      </form>
      {notice && <p className="notice">{notice}</p>}
      <Problem error={error} />
    </section>
  );
}

async function base64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  return btoa(binary);
}

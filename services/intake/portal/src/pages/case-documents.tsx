import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { CaseDocument } from '../api/types';
import { Problem } from '../components/problem';
import { formatBytes, formatDateTime } from '../format';

export function CaseDocuments({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const [documents, setDocuments] = useState<CaseDocument[]>([]);
  const [error, setError] = useState<unknown>();
  const base = `/v1/cases/${encodeURIComponent(caseId)}/documents`;

  useEffect(() => {
    api<CaseDocument[] | { items: CaseDocument[] }>(base).then((found) => setDocuments(Array.isArray(found) ? found : found.items), setError);
  }, [base]);

  return (
    <section className="documents">
      <h2>{t('documents.title')}</h2>
      <Problem error={error} />
      {documents.length === 0 ? <p>{t('documents.empty')}</p> : (
        <table>
          <thead><tr><th>{t('documents.name')}</th><th>{t('documents.kind')}</th><th>{t('documents.size')}</th><th>{t('documents.added')}</th></tr></thead>
          <tbody>
            {documents.map((document) => (
              <tr key={document.id}>
                <td><a href={`${base}/${document.id}`} download={document.fileName}>{document.fileName}</a></td>
                <td>{document.kind}</td>
                <td>{formatBytes(document.sizeBytes, i18n.language)}</td>
                <td>{formatDateTime(document.createdAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

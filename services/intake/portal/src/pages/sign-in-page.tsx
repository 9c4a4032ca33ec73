import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import type { Language } from '../api/types';
import { LANGUAGES, switchLanguage } from '../i18n/i18n';
import { useSession } from '../session';

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const { signIn, ended } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await signIn(email, password);
      navigate(from === '/sign-in' ? '/' : from, { replace: true });
    } catch (error) {
      setPassword('');
      if (error instanceof ApiError && error.status === 429) setProblem(t('signIn.throttled', { minutes: Math.ceil((error.retryAfterSeconds ?? 60) / 60) }));
      else if (error instanceof ApiError && error.status === 401) setProblem(t('signIn.refused'));
      else setProblem(t('app.error', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in">
      <h1>{t('app.title')}</h1>
      <label className="language">
        {t('app.language')}{' '}
        <select value={i18n.language} onChange={(event) => switchLanguage(event.target.value as Language)}>
          {LANGUAGES.map((language) => <option key={language.code} value={language.code}>{language.name}</option>)}
        </select>
      </label>
      {ended && <p className="notice">{t('app.sessionEnded')}</p>}
      <form onSubmit={(event) => void submit(event)}>
        <h2>{t('signIn.title')}</h2>
        <label>
          {t('signIn.email')}
          <input name="email" type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label>
          {t('signIn.password')}
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        {problem && <p className="problem" role="alert">{problem}</p>}
        <button type="submit" disabled={busy}>{t('signIn.submit')}</button>
      </form>
    </main>
  );
}

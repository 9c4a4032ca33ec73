import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Language } from '../api/types';
import { LANGUAGES, switchLanguage } from '../i18n/i18n';
import { useSession, useUser } from '../session';

export function Layout() {
  const { t, i18n } = useTranslation();
  const { signOut } = useSession();
  const user = useUser();
  const navigate = useNavigate();
  return (
    <>
      <header className="top">
        <strong className="brand">{t('app.title')}</strong>
        <nav>
          <NavLink to="/" end>{t('nav.portfolio')}</NavLink>
          <NavLink to="/decisions">{t('nav.decisions')}</NavLink>
          <NavLink to="/reports">{t('nav.reports')}</NavLink>
        </nav>
        <span className="who">{t('nav.signedInAs', { name: user.name, role: t(`role.${user.role}`), creditor: user.creditorName })}</span>
        <label className="language">
          {t('app.language')}{' '}
          <select value={i18n.language} onChange={(event) => switchLanguage(event.target.value as Language)}>
            {LANGUAGES.map((language) => <option key={language.code} value={language.code}>{language.name}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => void signOut().then(() => navigate('/sign-in'))}>{t('nav.signOut')}</button>
      </header>
      <main>
        <Outlet />
      </main>
    </>
  );
}

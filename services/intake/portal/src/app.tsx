import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Layout } from './components/layout';
import { CasePage } from './pages/case-page';
import { DecisionsPage } from './pages/decisions-page';
import { PortfolioPage } from './pages/portfolio-page';
import { ReportsPage } from './pages/reports-page';
import { SignInPage } from './pages/sign-in-page';
import { SessionProvider, useSession } from './session';

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter basename="/portal">
        <Pages />
      </BrowserRouter>
    </SessionProvider>
  );
}

function Pages() {
  const { user } = useSession();
  const { t } = useTranslation();
  const location = useLocation();
  if (user === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (user === null) {
    return (
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="*" element={<Navigate to="/sign-in" replace state={{ from: location.pathname }} />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<PortfolioPage />} />
        <Route path="cases/:caseId" element={<CasePage />} />
        <Route path="decisions" element={<DecisionsPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}

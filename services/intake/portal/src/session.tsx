import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, rememberCsrfToken, whenSessionEnds } from './api/client';
import type { PortalUser, SessionBody } from './api/types';
import { switchLanguage } from './i18n/i18n';

interface Session {
  /** undefined while asking intake, null when nobody is signed in. */
  user: PortalUser | null | undefined;
  ended: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<PortalUser | null | undefined>(undefined);
  const [ended, setEnded] = useState(false);

  const adopt = useCallback((body: SessionBody | null) => {
    rememberCsrfToken(body?.csrfToken);
    setUser(body?.user ?? null);
    if (body) switchLanguage(body.user.language);
  }, []);

  useEffect(() => {
    whenSessionEnds(() => {
      adopt(null);
      setEnded(true);
    });
    api<SessionBody>('/portal/api/session').then(adopt, () => adopt(null));
  }, [adopt]);

  const value = useMemo<Session>(() => ({
    user,
    ended,
    async signIn(email, password) {
      adopt(await api<SessionBody>('/portal/api/session', { method: 'POST', body: { email, password } }));
      setEnded(false);
    },
    async signOut() {
      await api<void>('/portal/api/session', { method: 'DELETE' });
      adopt(null);
    },
  }), [user, ended, adopt]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user, on pages that are only reachable signed in. */
export function useUser(): PortalUser {
  const { user } = useSession();
  if (!user) throw new Error('no user signed in');
  return user;
}

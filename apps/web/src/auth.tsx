import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { UNAUTHORIZED_EVENT } from './api/client';
import * as session from './api/session';
import type { StaffUser } from './api/session';

interface AuthState {
  user: StaffUser | null;
  ready: boolean;
  signIn: (email: string, password: string, totp?: string) => Promise<StaffUser>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: React.ReactNode }) {
  const [user, setUser] = useState<StaffUser | null>(session.storedUser());
  const [ready, setReady] = useState(false);
  useEffect(() => {
    session.restore().then(
      (u) => {
        setUser(u);
        setReady(true);
      },
      () => setReady(true),
    );
    const expired = () => {
      session.forget();
      setUser(null);
    };
    window.addEventListener(UNAUTHORIZED_EVENT, expired);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, expired);
  }, []);
  const signIn = useCallback(async (email: string, password: string, totp?: string) => {
    const u = await session.login(email, password, totp);
    setUser(u);
    return u;
  }, []);
  const signOut = useCallback(async () => {
    await session.logout();
    setUser(null);
  }, []);
  const value = useMemo(() => ({ user, ready, signIn, signOut }), [user, ready, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { UNAUTHORIZED_EVENT } from './api/client';
import * as session from './api/session';
import type { Pending, SignedIn, StaffUser } from './api/session';

interface AuthState {
  user: StaffUser | null;
  /** What the session waits for before the user may work (TOTP enrolment, a new password). */
  pending: Pending;
  ready: boolean;
  signIn: (email: string, password: string, totp?: string) => Promise<SignedIn>;
  signOut: () => Promise<void>;
  /** After a step of the sign-in is done (TOTP on, password changed), or the profile changed. */
  update: (change: { user?: Partial<StaffUser>; pending?: Partial<Pending> }) => void;
  /** Asks the server once who is signed in; staff pages call it, so citizens' pages never ask (and never log a 401). */
  restore: () => void;
}

const AuthContext = createContext<AuthState | null>(null);

/** Where a signed-in user must go first, or null when nothing is pending. TOTP first: until it is on, nothing else is open. */
export function pendingStep(pending: Pending): string | null {
  if (pending.secondFactor === 'enroll') return '/welcome/totp';
  if (pending.mustChangePassword) return '/welcome/password';
  return null;
}

export function AuthProvider({ children }: { children: React.ReactNode }) {
  const [user, setUser] = useState<StaffUser | null>(session.storedUser());
  const [pending, setPending] = useState<Pending>(session.storedPending());
  const [ready, setReady] = useState(false);
  const restoring = useRef(false);
  const signedIn = useRef(false);
  const restore = useCallback(() => {
    if (restoring.current) return;
    restoring.current = true;
    session.restore().then(
      (signed) => {
        // A sign-in that finished first wins: the answer to the earlier question must not sign the user out again.
        if (!signedIn.current) {
          setUser(signed?.user ?? null);
          setPending(signed?.pending ?? session.NOTHING_PENDING);
        }
        setReady(true);
      },
      () => setReady(true),
    );
  }, []);
  useEffect(() => {
    const expired = () => {
      session.forget();
      setUser(null);
      setPending(session.NOTHING_PENDING);
    };
    window.addEventListener(UNAUTHORIZED_EVENT, expired);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, expired);
  }, []);
  const signIn = useCallback(async (email: string, password: string, totp?: string) => {
    const signed = await session.login(email, password, totp);
    signedIn.current = true;
    setUser(signed.user);
    setPending(signed.pending);
    setReady(true);
    return signed;
  }, []);
  const signOut = useCallback(async () => {
    await session.logout();
    signedIn.current = false;
    setUser(null);
    setPending(session.NOTHING_PENDING);
  }, []);
  const update = useCallback((change: { user?: Partial<StaffUser>; pending?: Partial<Pending> }) => {
    if (change.user) {
      setUser((u) => {
        if (!u) return u;
        const next = { ...u, ...change.user };
        session.remember({ user: next });
        return next;
      });
    }
    if (change.pending) {
      setPending((p) => {
        const next = { ...p, ...change.pending };
        session.rememberPending(next);
        return next;
      });
    }
  }, []);
  const value = useMemo(
    () => ({ user, pending, ready, signIn, signOut, update, restore }),
    [user, pending, ready, signIn, signOut, update, restore],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

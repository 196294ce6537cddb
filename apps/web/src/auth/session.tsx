import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { type Claims, claimsOf, isExpired } from './claims';

const TOKEN_KEY = 'erqi.token';

export interface Session {
  token: string;
  claims: Claims;
}

interface SessionContextValue {
  session: Session | undefined;
  signIn(token: string): Session;
  signOut(): void;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

/** The stored token, if it is still one of ours and not expired (a phone keeps it across restarts). */
export function storedSession(now = Date.now()): Session | undefined {
  const token = localStorage.getItem(TOKEN_KEY);
  const claims = token ? claimsOf(token) : undefined;
  if (!token || !claims || isExpired(claims, now)) return undefined;
  return { token, claims };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(() => storedSession());
  const signIn = useCallback((token: string): Session => {
    const claims = claimsOf(token);
    if (!claims) throw new Error('The sign-in answered a token that is not one of ours');
    localStorage.setItem(TOKEN_KEY, token);
    const next = { token, claims };
    setSession(next);
    return next;
  }, []);
  const signOut = useCallback(() => {
    localStorage.removeItem(TOKEN_KEY);
    setSession(undefined);
  }, []);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user's claims; for screens only reachable when signed in. */
export function useClaims(): Claims {
  const { session } = useSession();
  if (!session) throw new Error('useClaims with nobody signed in');
  return session.claims;
}

/** The current token for requests made outside React (the Apollo link, photo uploads, the queue). */
export function currentToken(): string | undefined {
  return storedSession()?.token;
}

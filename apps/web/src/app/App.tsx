import { ApolloProvider } from '@apollo/client';
import { useMemo } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { currentToken, SessionProvider, useSession } from '../auth/session';
import { SignInPage } from '../features/sign-in/SignInPage';
import { SignInCallbackPage } from '../features/sign-in/SignInCallbackPage';
import { createGraphQLClient } from '../graphql/client';
import { AppShell } from './AppShell';
import { routesFor } from './features';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { usePreferences } from './preferences';

function SignedOutRoutes() {
  const router = useMemo(
    () =>
      createBrowserRouter([
        { path: '/sign-in', element: <SignInPage /> },
        { path: '/sign-in/callback', element: <SignInCallbackPage /> },
        { path: '*', element: <Navigate to="/sign-in" replace /> },
      ]),
    [],
  );
  return <RouterProvider router={router} />;
}

function SignedInRoutes() {
  const { session, signOut } = useSession();
  const role = session?.claims.role;
  const client = useMemo(
    () => createGraphQLClient({ token: currentToken, onUnauthenticated: signOut }),
    // One cache per user: signing in as someone else must not show the last user's data.
    [session?.claims.subject, signOut],
  );
  const router = useMemo(
    () =>
      createBrowserRouter([
        {
          path: '/',
          element: <AppShell />,
          children: [
            { index: true, element: <HomePage /> },
            ...(role ? routesFor(role) : []).map(({ roles: _roles, ...route }) => route),
            { path: 'sign-in/*', element: <Navigate to="/" replace /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ]),
    [role],
  );
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}

function Routes() {
  const { session } = useSession();
  return session ? <SignedInRoutes /> : <SignedOutRoutes />;
}

export function App() {
  usePreferences();
  return (
    <SessionProvider>
      <Routes />
    </SessionProvider>
  );
}

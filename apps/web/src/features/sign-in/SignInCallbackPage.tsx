import { Button } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { SignInError } from '../../auth/oidc';
import { finishProviderSignIn } from '../../auth/oidc-sign-in';
import { useSession } from '../../auth/session';

/** Where the provider sends the browser back with the code: exchange it, then into the app. */
export function SignInCallbackPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | undefined>();
  // A code is good once: React's development double effect must not spend it twice.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    finishProviderSignIn()
      .then((token) => {
        signIn(token);
        window.history.replaceState(null, '', '/');
      })
      .catch((error: unknown) => {
        const code = error instanceof SignInError ? error.code : 'TOKEN_REQUEST_FAILED';
        setFailure(t(`signIn:errors.${code}`));
      });
  }, [signIn, t]);

  return (
    <main className="page sign-in">
      {failure ? (
        <>
          <p role="alert">{t('signIn:callbackFailed', { reason: failure })}</p>
          <Button color="primary" onClick={() => navigate('/sign-in', { replace: true })}>
            {t('signIn:backToSignIn')}
          </Button>
        </>
      ) : (
        <p aria-busy="true">{t('signIn:completing')}</p>
      )}
    </main>
  );
}

import { Button } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../../auth/app-config';
import { startProviderSignIn } from '../../auth/oidc-sign-in';

/** 统一身份认证登录: sends the browser to the district's identity provider. */
export function OidcSignInButton({ oidc }: { oidc: NonNullable<AppConfig['signIn']['oidc']> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const start = async (): Promise<void> => {
    setBusy(true);
    setFailed(false);
    try {
      await startProviderSignIn(oidc);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  return (
    <>
      <Button block color="primary" size="large" loading={busy} onClick={() => void start()}>
        {t('signIn:withProvider')}
      </Button>
      {failed ? <p role="alert">{t('signIn:providerUnreachable')}</p> : null}
    </>
  );
}

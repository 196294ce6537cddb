import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../../auth/app-config';

/** 统一身份认证登录: sends the browser to the provider (wired to auth/oidc.ts when it lands). */
export function OidcSignInButton({ oidc }: { oidc: NonNullable<AppConfig['signIn']['oidc']> }) {
  const { t } = useTranslation();
  return (
    <Button
      block
      color="primary"
      size="large"
      disabled
      aria-label={`${t('signIn:withProvider')} (${oidc.issuer})`}
    >
      {t('signIn:withProvider')}
    </Button>
  );
}

import { useTranslation } from 'react-i18next';

/** Where the provider sends the browser back with the code (completed in auth/oidc.ts when it lands). */
export function SignInCallbackPage() {
  const { t } = useTranslation();
  return (
    <main className="page">
      <p aria-busy="true">{t('signIn:completing')}</p>
    </main>
  );
}

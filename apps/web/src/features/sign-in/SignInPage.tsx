import { Button, List, NoticeBar, Segmented } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppConfig, loadAppConfig } from '../../auth/app-config';
import { useSession } from '../../auth/session';
import { type Language, setLanguage } from '../../i18n';
import { fetchDevelopmentToken, fetchSeedUsers, type SeedUserChoice } from './dev-sign-in';
import { OidcSignInButton } from './OidcSignInButton';

/**
 * 登录: through the district's identity provider (OpenID Connect with PKCE), and in development a
 * "pick a seed user" list backed by the development token command.
 */
export function SignInPage() {
  const { t, i18n } = useTranslation();
  const { signIn } = useSession();
  const [config, setConfig] = useState<AppConfig | undefined>();
  const [users, setUsers] = useState<SeedUserChoice[]>([]);
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | undefined>();

  useEffect(() => {
    loadAppConfig()
      .then(async (loaded) => {
        setConfig(loaded);
        if (loaded.signIn.development) setUsers(await fetchSeedUsers());
      })
      .catch(() => setFailure(t('signIn:unreachable')));
  }, [t]);

  const pick = async (user: SeedUserChoice): Promise<void> => {
    setBusy(user.subject);
    setFailure(undefined);
    try {
      signIn(await fetchDevelopmentToken(user.subject));
    } catch {
      setFailure(t('signIn:failed'));
      setBusy(undefined);
    }
  };

  return (
    <main className="page sign-in">
      <h1>{t('common:appName')}</h1>
      <Segmented
        aria-label={t('signIn:language')}
        value={i18n.language}
        onChange={(value) => setLanguage(value as Language)}
        options={[
          { label: '中文', value: 'zh-CN' },
          { label: 'English', value: 'en' },
        ]}
      />
      {failure ? (
        <div role="alert">
          <NoticeBar content={failure} color="error" wrap />
        </div>
      ) : null}
      {config === undefined && !failure ? <p aria-busy="true">{t('common:list.loading')}</p> : null}
      {config?.signIn.oidc ? <OidcSignInButton oidc={config.signIn.oidc} /> : null}
      {config?.signIn.development ? (
        <section aria-labelledby="dev-users">
          <h2 id="dev-users">{t('signIn:developmentTitle')}</h2>
          <p className="muted">{t('signIn:developmentHint')}</p>
          <List>
            {users.map((user) => (
              <List.Item
                key={user.subject}
                description={t(`common:role.${user.role}`)}
                extra={
                  <Button
                    size="small"
                    color="primary"
                    loading={busy === user.subject}
                    onClick={() => void pick(user)}
                    aria-label={t('signIn:signInAs', { name: user.name })}
                  >
                    {t('signIn:pick')}
                  </Button>
                }
              >
                {user.name}
              </List.Item>
            ))}
          </List>
        </section>
      ) : null}
      {config && !config.signIn.development && !config.signIn.oidc ? (
        <p role="alert">{t('signIn:noMethod')}</p>
      ) : null}
    </main>
  );
}

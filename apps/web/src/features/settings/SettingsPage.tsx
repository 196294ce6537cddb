import { Button, List, Switch } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { setElderMode, useElderMode } from '../../app/preferences';
import { type Language, setLanguage } from '../../i18n';

/** 我的 → 设置: the language switch, 长辈版 and signing out. */
export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { session, signOut } = useSession();
  const elder = useElderMode();
  const language = i18n.language as Language;
  return (
    <section className="page">
      <h1>{t('settings:title')}</h1>
      <p>
        {session?.claims.name} · {t(`common:role.${session?.claims.role ?? 'ADMIN'}`)}
      </p>
      <List header={t('settings:preferences')}>
        <List.Item
          extra={
            <Switch
              checked={language === 'en'}
              onChange={(on) => setLanguage(on ? 'en' : 'zh-CN')}
              aria-label={t('settings:english')}
            />
          }
          description={t('settings:englishHint')}
        >
          {t('settings:english')}
        </List.Item>
        <List.Item
          extra={
            <Switch checked={elder} onChange={setElderMode} aria-label={t('settings:elderMode')} />
          }
          description={t('settings:elderModeHint')}
        >
          {t('settings:elderMode')}
        </List.Item>
      </List>
      <Button block color="danger" fill="outline" className="sign-out" onClick={signOut}>
        {t('settings:signOut')}
      </Button>
    </section>
  );
}

import { Layout, Menu } from 'antd';
import { TabBar } from 'antd-mobile';
import { AppOutline, UserOutline } from 'antd-mobile-icons';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useClaims } from '../auth/session';
import { navFor } from './features';
import { useIsDesk } from './preferences';
import { OfflineBanner } from './OfflineBanner';

const HOME = { path: '/', label: 'common:nav.home', icon: <AppOutline /> };
const ME = { path: '/me', label: 'common:nav.me', icon: <UserOutline /> };

/** While a screen's code arrives (each feature's pages are loaded when first opened). */
function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="page" aria-busy="true">
      {t('common:list.loading')}
    </p>
  );
}

/** The current tab: the longest navigation path the location starts with. */
function activePath(pathname: string, paths: string[]): string {
  const matches = paths.filter((path) =>
    path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`),
  );
  return matches.sort((a, b) => b.length - a.length)[0] ?? '/';
}

/**
 * The frame around every screen: on a phone a bottom tab bar (首页 · … · 我的), on a desk a side
 * menu. Both list only what the signed-in role may open.
 */
export function AppShell() {
  const { t } = useTranslation();
  const claims = useClaims();
  const desk = useIsDesk();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = [HOME, ...navFor(claims.role), ME];
  const active = activePath(
    pathname,
    entries.map((entry) => entry.path),
  );
  if (desk) {
    return (
      <Layout className="desk-shell">
        <Layout.Sider width={220} theme="light" className="desk-sider">
          <div className="desk-brand">{t('common:appName')}</div>
          <nav aria-label={t('common:nav.label')}>
            <Menu
              mode="inline"
              selectedKeys={[active]}
              items={entries.map((entry) => ({
                key: entry.path,
                icon: entry.icon,
                label: t(entry.label),
              }))}
              onClick={({ key }) => navigate(key)}
            />
          </nav>
        </Layout.Sider>
        <Layout>
          <Layout.Header className="desk-header">
            <span>{claims.name ?? claims.subject}</span>
            <span className="desk-role">{t(`common:role.${claims.role}`)}</span>
          </Layout.Header>
          <OfflineBanner />
          <Layout.Content className="desk-content">
            <main>
              <Suspense fallback={<PageLoading />}>
                <Outlet />
              </Suspense>
            </main>
          </Layout.Content>
        </Layout>
      </Layout>
    );
  }
  return (
    <div className="phone-shell">
      <OfflineBanner />
      <main className="phone-content">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <nav className="phone-tabs" aria-label={t('common:nav.label')}>
        <TabBar activeKey={active} onChange={(key) => navigate(key)} safeArea>
          {entries.map((entry) => (
            <TabBar.Item key={entry.path} icon={entry.icon} title={t(entry.label)} />
          ))}
        </TabBar>
      </nav>
    </div>
  );
}

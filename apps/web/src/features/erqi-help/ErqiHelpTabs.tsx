import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/** The enterprise's three 二七帮 pages, one link each (links, so each page has its own address). */
export function ErqiHelpTabs() {
  const { t } = useTranslation('erqiHelp');
  return (
    <nav className="erqi-help-tabs" aria-label={t('tabs.label')}>
      <NavLink to="/erqi-help" end>
        {t('tabs.matches')}
      </NavLink>
      <NavLink to="/erqi-help/subsidies">{t('tabs.subsidies')}</NavLink>
      <NavLink to="/erqi-help/financing">{t('tabs.financing')}</NavLink>
    </nav>
  );
}

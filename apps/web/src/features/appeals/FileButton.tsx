import { AddOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The floating button to file (提交诉求), above the tab bar on a phone. */
export function FileButton() {
  const { t } = useTranslation();
  return (
    <Link to="/appeals/new" className="file-button">
      <AddOutline aria-hidden="true" />
      <span>{t('appeals:filing.title')}</span>
    </Link>
  );
}

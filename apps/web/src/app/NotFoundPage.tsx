import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('common:notFound.title')}</h1>
      <p>{t('common:notFound.body')}</p>
      <Link to="/">{t('common:notFound.home')}</Link>
    </section>
  );
}

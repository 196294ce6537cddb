import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useClaims } from '../auth/session';
import { navFor } from './features';

/** 首页: who is signed in and the way into each of the role's screens. */
export function HomePage() {
  const { t } = useTranslation();
  const claims = useClaims();
  const entries = navFor(claims.role);
  return (
    <section className="page">
      <h1>{t('common:home.greeting', { name: claims.name ?? '' })}</h1>
      <p className="muted">{t(`common:role.${claims.role}`)}</p>
      {entries.length === 0 ? (
        <p>{t('common:home.nothing')}</p>
      ) : (
        <ul className="tiles">
          {entries.map((entry) => (
            <li key={entry.path}>
              <Link to={entry.path} className="tile">
                <span aria-hidden="true">{entry.icon}</span>
                <span>{t(entry.label)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { useMyHoursQuery } from '../../graphql/generated';
import '../volunteer/volunteer.css';
import './volunteer-self.css';

/** One decimal, as the hours come from check-in to check-out (never typed). */
const hours = (value: number) => value.toFixed(1);

/** 我的时长: hours of service from my check-ins, in all, by month (Asia/Shanghai) and by activity. */
export function MyHoursPage() {
  const { t } = useTranslation('volunteerSelf');
  const { data, loading, error, refetch } = useMyHoursQuery({ fetchPolicy: 'cache-and-network' });
  const service = data?.myVolunteer.serviceHours;
  return (
    <section className="page volunteer-self">
      <h1>{t('hours.title')}</h1>
      <ListState loading={loading} error={error} empty={!service} onRetry={() => void refetch()}>
        {service ? (
          <>
            <p className="hours-total" data-testid="hours-total">
              {t('hours.value', { hours: hours(service.totalHours) })}
            </p>
            <p className="muted">{t('hours.fromCheckIns')}</p>
            <h2>{t('hours.byMonth')}</h2>
            {service.byMonth.length === 0 ? (
              <p className="muted">{t('hours.none')}</p>
            ) : (
              <List>
                {service.byMonth.map((month) => (
                  <List.Item
                    key={month.month}
                    extra={t('hours.value', { hours: hours(month.hours) })}
                  >
                    {month.month}
                  </List.Item>
                ))}
              </List>
            )}
            <h2>{t('hours.byActivity')}</h2>
            {service.byActivity.length === 0 ? (
              <p className="muted">{t('hours.none')}</p>
            ) : (
              <List>
                {service.byActivity.map((entry) => (
                  <List.Item
                    key={entry.activity.id}
                    extra={t('hours.value', { hours: hours(entry.hours) })}
                  >
                    {entry.activity.name}
                  </List.Item>
                ))}
              </List>
            )}
          </>
        ) : null}
      </ListState>
    </section>
  );
}

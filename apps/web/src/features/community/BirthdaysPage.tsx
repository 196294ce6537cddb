import { Button, Input, List } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { graphQLErrorDetails } from '../../graphql/client';
import {
  useCommunityBirthdaysQuery,
  useCommunityRecordVisitMutation,
} from '../../graphql/generated';
import { currentShanghaiMonth } from './month';

/** 生日慰问: the month's residents turning 80 or more; record a visit with the 意见表. */
export function BirthdaysPage() {
  const { t } = useTranslation('community');
  const [month, setMonth] = useState(currentShanghaiMonth());
  const { data, loading, error, refetch } = useCommunityBirthdaysQuery({
    variables: { month },
    fetchPolicy: 'cache-and-network',
  });
  const [record, recording] = useCommunityRecordVisitMutation();
  const [suggestion, setSuggestion] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const list = data?.birthdayVisits;
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  return (
    <section className="page community">
      <h1>{t('birthdays.title')}</h1>
      <label>
        {t('allowance.month')}
        <Input value={month} onChange={setMonth} aria-label={t('allowance.month')} />
      </label>
      <label>
        {t('birthdays.suggestion')}
        <Input value={suggestion} onChange={setSuggestion} aria-label={t('birthdays.suggestion')} />
      </label>
      {message ? <p role="status">{message}</p> : null}
      <ListState
        loading={loading && !data}
        error={error}
        empty={!list?.nodes.length}
        onRetry={() => void refetch()}
      >
        <p>
          {t('birthdays.count', { count: list?.totalCount ?? 0, visited: list?.visitedCount ?? 0 })}
        </p>
        <List>
          {list?.nodes.map((entry) => (
            <List.Item
              key={entry.resident.id}
              description={t('birthdays.turning', { birthday: entry.birthday, age: entry.turning })}
              extra={
                entry.visit ? (
                  <span>{t('birthdays.visited')}</span>
                ) : (
                  <Button
                    size="small"
                    loading={recording.loading}
                    onClick={async () => {
                      try {
                        await record({
                          variables: {
                            input: {
                              residentId: entry.resident.id,
                              visitedOn: today,
                              ...(suggestion.trim() ? { suggestion: suggestion.trim() } : {}),
                            },
                          },
                        });
                        setSuggestion('');
                        setMessage(t('birthdays.recorded', { name: entry.resident.name }));
                        await refetch();
                      } catch (failure) {
                        setMessage(graphQLErrorDetails(failure).message);
                      }
                    }}
                  >
                    {t('birthdays.record')}
                  </Button>
                )
              }
            >
              {entry.resident.name}
            </List.Item>
          ))}
        </List>
      </ListState>
    </section>
  );
}

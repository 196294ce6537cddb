import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { useMyHouseholdQuery } from '../../graphql/generated';
import { SuggestionOutcome } from './SuggestionOutcome';

/** 我的家庭: my household, what the community paid it, and what became of my suggestions. */
export function MyHouseholdPage() {
  const { t } = useTranslation('community');
  const { data, loading, error, refetch } = useMyHouseholdQuery({
    fetchPolicy: 'cache-and-network',
  });
  const household = data?.households.nodes[0];
  return (
    <section className="page community">
      <h1>{t('mine.title')}</h1>
      <ListState
        loading={loading && !data}
        error={error}
        empty={!household}
        onRetry={() => void refetch()}
      >
        {household ? (
          <>
            <p>
              {household.code} · {t(`relocation.${household.relocationStatus}`)}
            </p>
            <p>
              {t('mine.address', {
                original: household.originalAddress,
                current: household.currentAddress ?? '',
              })}
            </p>
            <List header={t('mine.members')}>
              {household.members.map((member) => (
                <List.Item key={member.id} extra={member.phone ?? ''}>
                  {member.name}（{t('members.age', { age: member.age })}）
                </List.Item>
              ))}
            </List>
            <h2 data-testid="ledger-total">
              {t('mine.ledger', { total: data?.householdLedger.totalYuan ?? 0 })}
            </h2>
            <List>
              {data?.householdLedger.entries.map((entry, index) => (
                <List.Item
                  key={`${entry.reference}-${index}`}
                  extra={t('allowance.yuan', { amount: entry.amountYuan })}
                >
                  {t(`ledger.${entry.kind}`)} {entry.reference}
                </List.Item>
              ))}
            </List>
            <List header={t('mine.suggestions')}>
              {data?.communitySuggestions.length ? (
                data.communitySuggestions.map((suggestion) => (
                  <List.Item key={suggestion.id}>
                    <SuggestionOutcome text={suggestion.text} appeal={suggestion.appeal} />
                  </List.Item>
                ))
              ) : (
                <List.Item>{t('mine.none')}</List.Item>
              )}
            </List>
          </>
        ) : null}
      </ListState>
    </section>
  );
}

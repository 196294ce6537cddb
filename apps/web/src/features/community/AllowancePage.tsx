import { Button, Input, List } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { graphQLErrorDetails } from '../../graphql/client';
import {
  useCommunityAllowanceRunQuery,
  useCommunityRunAllowanceMutation,
} from '../../graphql/generated';
import { currentShanghaiMonth } from './month';

/** 高龄补贴发放: the month's payout run — run it (idempotent), see the total and each line. */
export function AllowancePage() {
  const { t } = useTranslation('community');
  const [month, setMonth] = useState(currentShanghaiMonth());
  const { data, loading, error, refetch } = useCommunityAllowanceRunQuery({
    variables: { month },
    fetchPolicy: 'cache-and-network',
  });
  const [run, running] = useCommunityRunAllowanceMutation();
  const [outcome, setOutcome] = useState<string | null>(null);
  const payout = data?.allowanceRun;
  return (
    <section className="page community">
      <h1>{t('allowance.title')}</h1>
      <label>
        {t('allowance.month')}
        <Input value={month} onChange={setMonth} aria-label={t('allowance.month')} />
      </label>
      <Button
        color="primary"
        loading={running.loading}
        onClick={async () => {
          try {
            const result = await run({ variables: { month } });
            setOutcome(t('allowance.paidNow', { count: result.data?.runAllowance.paidNow ?? 0 }));
            await refetch();
          } catch (failure) {
            setOutcome(graphQLErrorDetails(failure).message);
          }
        }}
      >
        {t('allowance.run')}
      </Button>
      {outcome ? <p role="status">{outcome}</p> : null}
      <ListState
        loading={loading && !data}
        error={error}
        empty={!payout}
        onRetry={() => void refetch()}
      >
        {payout ? (
          <>
            <p data-testid="allowance-total">
              {t('allowance.total', {
                count: payout.count,
                total: payout.totalYuan,
                amount: payout.amountYuan,
              })}
            </p>
            <List>
              {payout.lines.map((line) => (
                <List.Item key={line.id} extra={t('allowance.yuan', { amount: line.amountYuan })}>
                  {line.resident.name}（{t('members.age', { age: line.ageOnFirst })}）
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
      </ListState>
    </section>
  );
}

import { Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { useWeekCasesQuery, useWeekClaimCaseMutation } from '../../graphql/generated';
import { ActionError } from '../department/ActionError';
import { CaseList } from './CaseList';

/** Still to be done: a leader claims nothing that is already done. */
const DONE = ['RESOLVED', 'EVALUATED', 'CLOSED'];

/**
 * 我的领办: the cases on my ledger (建账领办, by my id), and the open cases I read through the
 * enterprises I liaise with, which I may claim onto my ledger (认领).
 */
export function LedgerCasesPage() {
  const { t } = useTranslation('board');
  const { subject } = useClaims();
  const { data, loading, error, refetch } = useWeekCasesQuery({ fetchPolicy: 'cache-and-network' });
  const [claim, claimed] = useWeekClaimCaseMutation({ refetchQueries: ['WeekCases'] });
  const [claiming, setClaiming] = useState<string | null>(null);
  const cases = data?.appeals.nodes ?? [];
  const mine = cases.filter((appeal) => appeal.leaderId === subject);
  const claimable = cases.filter(
    (appeal) => appeal.leaderId !== subject && !DONE.includes(appeal.status),
  );
  return (
    <section className="page desk-page">
      <h1>{t('ledgerCases.title')}</h1>
      <p className="muted">{t('ledgerCases.intro')}</p>
      <ActionError error={claimed.error} ns="board" />
      <ListState
        loading={loading}
        error={error}
        empty={cases.length === 0}
        emptyText={t('ledgerCases.empty')}
        onRetry={() => void refetch()}
      >
        <Space direction="vertical" className="desk-stack" size="large">
          <CaseList cases={mine} caption={t('week.mine', { count: mine.length })} />
          <CaseList
            cases={claimable}
            caption={t('week.claimable', { count: claimable.length })}
            action={{
              label: t('week.claim'),
              busy: claiming,
              run: (appeal) => {
                setClaiming(appeal.id);
                void claim({ variables: { id: appeal.id } })
                  .catch(() => undefined)
                  .finally(() => setClaiming(null));
              },
            }}
          />
        </Space>
      </ListState>
    </section>
  );
}

import { Alert, Input, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { shanghaiDay } from '../../format/time';
import { graphQLErrorDetails } from '../../graphql/client';
import {
  type PromiseLedgerQuery,
  type PromiseState,
  useFulfilPolicyPromiseMutation,
  usePromiseLedgerQuery,
} from '../../graphql/generated';
import { daysLeft, type PromiseClock, promiseClock } from './promise-clock';

type Row = PromiseLedgerQuery['policyPromises']['nodes'][number];
type Filter = 'ALL' | PromiseState;

const COLOURS: Record<PromiseClock, string> = {
  overdue: 'red',
  dueToday: 'orange',
  onTime: 'green',
  fulfilled: 'default',
};

/** 政策承诺台账: the department's promises to attracted projects and talents, on the clock. */
export function PromiseLedgerPage() {
  const { t } = useTranslation('investment');
  const { role, departmentCode } = useClaims();
  const [filter, setFilter] = useState<Filter>('ALL');
  const ledger = usePromiseLedgerQuery({
    variables: { state: filter === 'ALL' ? null : filter },
    pollInterval: 60_000,
  });
  const [fulfil] = useFulfilPolicyPromiseMutation();
  const [error, setError] = useState<string>();
  const today = shanghaiDay(new Date());
  const rows = ledger.data?.policyPromises.nodes ?? [];
  const mayFulfil = (row: Row) =>
    row.state !== 'FULFILLED' &&
    (role === 'ADMIN' ||
      (role === 'DEPARTMENT_STAFF' && departmentCode === row.ownerDepartmentCode));

  return (
    <section className="page desk-page">
      <h1>{t('ledger.title')}</h1>
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        options={(['ALL', 'PENDING', 'OVERDUE', 'FULFILLED'] as const).map((value) => ({
          value: value as Filter,
          label: t(`ledger.filter.${value}`),
        }))}
      />
      {error ? <Alert type="error" role="alert" message={error} showIcon /> : null}
      <ListState
        loading={ledger.loading && !ledger.data}
        error={ledger.error}
        empty={rows.length === 0}
        emptyText={t('ledger.empty')}
        onRetry={() => void ledger.refetch()}
      >
        <Table<Row>
          rowKey="id"
          dataSource={rows}
          pagination={false}
          size="middle"
          columns={[
            {
              title: t('ledger.recipient'),
              key: 'recipient',
              render: (_, row) =>
                row.project
                  ? t('ledger.project', { name: row.project.name })
                  : t('ledger.talent', { name: row.talent?.name ?? '' }),
            },
            { title: t('ledger.text'), dataIndex: 'text' },
            { title: t('ledger.owner'), dataIndex: 'ownerDepartmentCode' },
            {
              title: t('ledger.due'),
              key: 'due',
              render: (_, row) => {
                const clock = promiseClock(row.state, row.dueOn, today);
                return (
                  <span>
                    {row.dueOn}{' '}
                    <Tag color={COLOURS[clock]}>
                      {t(`ledger.clock.${clock}`, { days: daysLeft(row.dueOn, today) })}
                    </Tag>
                    {row.escalatedAt ? <Tag color="red">{t('ledger.escalated')}</Tag> : null}
                  </span>
                );
              },
            },
            {
              title: t('ledger.action'),
              key: 'action',
              render: (_, row) =>
                mayFulfil(row) ? (
                  <Input.Search
                    aria-label={t('ledger.noteLabel', { text: row.text })}
                    placeholder={t('ledger.note')}
                    enterButton={t('ledger.fulfil')}
                    onSearch={(note) => {
                      setError(undefined);
                      fulfil({ variables: { id: row.id, note } })
                        .then(() => ledger.refetch())
                        .catch((failure: unknown) =>
                          setError(graphQLErrorDetails(failure).message),
                        );
                    }}
                  />
                ) : (
                  (row.fulfilmentNote ?? '')
                ),
            },
          ]}
        />
      </ListState>
    </section>
  );
}

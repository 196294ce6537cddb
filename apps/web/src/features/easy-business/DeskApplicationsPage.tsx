import { Button, Input, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DueTag } from '../../app/ui/DueTag';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { dueState, formatShanghai } from '../../format/time';
import {
  type ServiceApplicationListQuery,
  useDecideServiceApplicationMutation,
  useServiceApplicationListQuery,
  useServiceMatterListQuery,
} from '../../graphql/generated';
import { ActionError } from '../department/ActionError';
import { useNow } from '../department/use-now';

type Row = ServiceApplicationListQuery['serviceApplications']['nodes'][number];

/** 易企办 at a department's desk: its applications on the working-day clock (准予 / 不予), and its matters. */
export function DeskApplicationsPage() {
  const { t } = useTranslation('easyBusiness');
  const { departmentCode } = useClaims();
  const now = useNow();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const applications = useServiceApplicationListQuery({ variables: { first: 100 } });
  const matters = useServiceMatterListQuery({
    variables: {
      first: 100,
      filter: { departmentCode: departmentCode ?? null, includeWithdrawn: true },
    },
    skip: !departmentCode,
  });
  const [decide, deciding] = useDecideServiceApplicationMutation();
  const rows = applications.data?.serviceApplications.nodes ?? [];
  const decideOn = (row: Row, approve: boolean) =>
    void decide({ variables: { id: row.id, approve, note: notes[row.id] || null } }).catch(
      () => undefined,
    );
  return (
    <section className="page easy-business-desk">
      <h1>{t('deskTitle')}</h1>
      <ActionError error={deciding.error} ns="easyBusiness" />
      <Tabs
        items={[
          {
            key: 'applications',
            label: t('tabs.applications'),
            children: (
              <ListState
                loading={applications.loading}
                error={applications.error}
                empty={rows.length === 0}
                emptyText={t('noApplications')}
                onRetry={() => void applications.refetch()}
              >
                <Table<Row>
                  rowKey="id"
                  dataSource={rows}
                  pagination={false}
                  scroll={{ x: true }}
                  columns={[
                    {
                      title: t('column.enterprise'),
                      key: 'enterprise',
                      render: (_, row) => row.enterprise.name,
                    },
                    {
                      title: t('column.matter'),
                      key: 'matter',
                      render: (_, row) => `${row.matterName}（${row.matterCode}）`,
                    },
                    {
                      title: t('column.status'),
                      key: 'status',
                      render: (_, row) => t(`status.${row.status}`),
                    },
                    {
                      title: t('column.clock'),
                      key: 'clock',
                      render: (_, row) => {
                        const open = row.status === 'ACCEPTED';
                        return (
                          <Space direction="vertical" size={0}>
                            <DueTag state={dueState({ dueAt: row.dueAt, closed: !open, now })} />
                            <span>{t('dueAt', { at: formatShanghai(row.dueAt) })}</span>
                            {open && row.workingDaysLeft != null ? (
                              <span>{t('daysLeft', { days: row.workingDaysLeft })}</span>
                            ) : null}
                          </Space>
                        );
                      },
                    },
                    {
                      title: t('column.materials'),
                      key: 'materials',
                      render: (_, row) => (
                        <Space direction="vertical" size={0}>
                          {row.lookedUpMaterials.length > 0 ? (
                            <span>{t('lookedUp', { list: row.lookedUpMaterials.join('、') })}</span>
                          ) : null}
                          {row.missingMaterials.length > 0 ? (
                            <span>
                              {t('missing', {
                                list: row.missingMaterials.join('、'),
                                at: row.supplyBy ? formatShanghai(row.supplyBy) : '',
                              })}
                            </span>
                          ) : null}
                          {row.committedMaterials.length > 0 ? (
                            <span>
                              {t('committed', { list: row.committedMaterials.join('、') })}
                            </span>
                          ) : null}
                        </Space>
                      ),
                    },
                    {
                      title: t('column.action'),
                      key: 'action',
                      render: (_, row) =>
                        row.status === 'ACCEPTED' ? (
                          <Space direction="vertical">
                            <Input
                              placeholder={t('note')}
                              aria-label={`${t('note')}: ${row.matterName}`}
                              value={notes[row.id] ?? ''}
                              onChange={(event) =>
                                setNotes({ ...notes, [row.id]: event.target.value })
                              }
                            />
                            <Space>
                              <Button
                                type="primary"
                                loading={deciding.loading}
                                aria-label={`${t('approve')}: ${row.matterName}`}
                                onClick={() => decideOn(row, true)}
                              >
                                {t('approve')}
                              </Button>
                              <Button
                                onClick={() => decideOn(row, false)}
                                aria-label={`${t('reject')}: ${row.matterName}`}
                              >
                                {t('reject')}
                              </Button>
                            </Space>
                          </Space>
                        ) : (
                          <span>{row.decidedAt ? formatShanghai(row.decidedAt) : ''}</span>
                        ),
                    },
                  ]}
                />
              </ListState>
            ),
          },
          {
            key: 'matters',
            label: t('tabs.matters'),
            children: (
              <Table
                rowKey="id"
                loading={matters.loading}
                dataSource={matters.data?.serviceMatters.nodes ?? []}
                pagination={false}
                columns={[
                  { title: t('column.code'), dataIndex: 'code' },
                  { title: t('column.matter'), dataIndex: 'name' },
                  {
                    title: t('column.limits'),
                    key: 'limits',
                    render: (_, matter) =>
                      t('promised', { days: matter.promisedDays, legal: matter.legalDays }),
                  },
                  {
                    title: t('column.modes'),
                    key: 'modes',
                    render: (_, matter) =>
                      matter.modes.map((mode) => <Tag key={mode}>{t(`modeShort.${mode}`)}</Tag>),
                  },
                  {
                    title: t('column.version'),
                    key: 'version',
                    render: (_, matter) =>
                      `v${matter.version}${matter.listed ? '' : ` · ${t('withdrawn')}`}`,
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </section>
  );
}

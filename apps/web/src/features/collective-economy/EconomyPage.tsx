import { Card, Skeleton, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import {
  useCollectiveEconomyQuery,
  useCollectiveEnterpriseYearsQuery,
} from '../../graphql/generated';
import { formatYuan, type RevenueAgainstPlan, revenueAgainstPlan } from './economy';

/** 集体经济: the collective enterprise's revenue against its plan, and what the 企业联盟 offers residents. */
export function EconomyPage() {
  const { t, i18n } = useTranslation('economy');
  const language = i18n.language;
  const alliances = useCollectiveEconomyQuery({ pollInterval: 300_000 });
  const alliance = alliances.data?.enterpriseAlliances.nodes[0];
  const year = alliance?.totals?.year ?? null;
  const years = useCollectiveEnterpriseYearsQuery({
    variables: { enterpriseId: alliance?.collectiveEnterpriseId ?? '', year: year ?? 0 },
    skip: !alliance?.collectiveEnterpriseId || year === null,
  });
  const plan = revenueAgainstPlan(years.data?.enterpriseYearFiguresHistory ?? []);
  const jobsOf = new Map(
    (years.data?.enterpriseYearFiguresOfYear.nodes ?? []).map((row) => [row.enterpriseId, row]),
  );
  const lastActual = [...plan].reverse().find((row) => row.revenueYuan !== null);
  const nextPlan = plan.find((row) => lastActual && row.year === lastActual.year + 1);
  const amount = (value: number | null) =>
    value === null ? t('none') : formatYuan(value, language);

  return (
    <section className="page desk-page">
      <h1>{t('title')}</h1>
      <ListState
        loading={alliances.loading}
        error={alliances.error ?? years.error}
        empty={!alliance}
        emptyText={t('empty')}
        onRetry={() => void alliances.refetch()}
      >
        {alliance ? (
          <>
            <Card
              title={t('collective.title', {
                name: alliance.collectiveEnterpriseName ?? t('none'),
              })}
              data-testid="collective-enterprise"
            >
              {years.loading ? (
                <Skeleton active paragraph={{ rows: 1 }} />
              ) : (
                <div className="figure-tiles" role="list" aria-label={t('collective.tiles')}>
                  <div className="figure-tile" role="listitem">
                    <span>{t('collective.revenue', { year: lastActual?.year ?? '' })}</span>
                    <strong data-testid="collective-revenue">
                      {amount(lastActual?.revenueYuan ?? null)}
                    </strong>
                  </div>
                  <div className="figure-tile" role="listitem">
                    <span>{t('collective.plan', { year: nextPlan?.year ?? '' })}</span>
                    <strong data-testid="collective-plan">
                      {amount(nextPlan?.planYuan ?? null)}
                    </strong>
                  </div>
                </div>
              )}
              <Table<RevenueAgainstPlan>
                rowKey="year"
                size="small"
                pagination={false}
                loading={years.loading}
                dataSource={plan}
                aria-label={t('collective.table')}
                columns={[
                  { title: t('column.year'), dataIndex: 'year' },
                  {
                    title: t('column.revenue'),
                    key: 'revenue',
                    render: (_, row) => amount(row.revenueYuan),
                  },
                  {
                    title: t('column.plan'),
                    key: 'plan',
                    render: (_, row) => amount(row.planYuan),
                  },
                  {
                    title: t('column.attainment'),
                    key: 'attainment',
                    render: (_, row) =>
                      row.attainment === null ? t('none') : `${Math.round(row.attainment * 100)}%`,
                  },
                ]}
              />
            </Card>
            <Card title={alliance.name} data-testid="alliance">
              <div className="figure-tiles" role="list" aria-label={t('alliance.tiles')}>
                <div className="figure-tile" role="listitem">
                  <span>{t('alliance.members')}</span>
                  <strong data-testid="alliance-members">{alliance.members.totalCount}</strong>
                </div>
                <div className="figure-tile" role="listitem">
                  <span>{t('alliance.jobsOffered', { year: year ?? '' })}</span>
                  <strong data-testid="alliance-jobs">
                    {alliance.totals?.jobsOffered ?? t('none')}
                  </strong>
                </div>
                <div className="figure-tile" role="listitem">
                  <span>{t('alliance.jobsFilled')}</span>
                  <strong data-testid="alliance-jobs-filled">
                    {alliance.totals?.jobsFilled ?? t('none')}
                  </strong>
                </div>
              </div>
              <Table
                rowKey="enterpriseId"
                size="small"
                pagination={false}
                scroll={{ x: true }}
                dataSource={alliance.members.nodes}
                aria-label={t('alliance.table')}
                columns={[
                  {
                    title: t('column.member'),
                    key: 'name',
                    render: (_, member) => (
                      <>
                        {member.enterpriseName} {member.sample ? <Tag>{t('sample')}</Tag> : null}
                      </>
                    ),
                  },
                  { title: t('column.since'), dataIndex: 'joinedOn' },
                  {
                    title: t('column.jobsOffered'),
                    key: 'jobsOffered',
                    render: (_, member) =>
                      jobsOf.get(member.enterpriseId)?.jobsOffered ?? t('none'),
                  },
                  {
                    title: t('column.jobsFilled'),
                    key: 'jobsFilled',
                    render: (_, member) => jobsOf.get(member.enterpriseId)?.jobsFilled ?? t('none'),
                  },
                ]}
              />
            </Card>
          </>
        ) : null}
      </ListState>
    </section>
  );
}

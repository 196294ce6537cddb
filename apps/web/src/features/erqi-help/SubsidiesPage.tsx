import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { formatShanghai } from '../../format/time';
import { useMySubsidyApplicationsQuery } from '../../graphql/generated';
import { ErqiHelpTabs } from './ErqiHelpTabs';
import { formatYuan } from './erqi-help';

/** 补贴申请: the enterprise's applications, newest first, with their status in words and the amounts. */
export function SubsidiesPage() {
  const { t, i18n } = useTranslation('erqiHelp');
  const applications = useMySubsidyApplicationsQuery({ fetchPolicy: 'cache-and-network' });
  const list = applications.data?.subsidyApplications.nodes ?? [];
  const yuan = (value: number) => formatYuan(value, i18n.language);
  return (
    <section className="page erqi-help">
      <h1>{t('subsidies.title')}</h1>
      <ErqiHelpTabs />
      <ListState
        loading={applications.loading}
        error={applications.error}
        empty={list.length === 0}
        emptyText={t('subsidies.empty')}
        onRetry={() => void applications.refetch()}
      >
        <List>
          {list.map((application) => (
            <List.Item
              key={application.id}
              description={[
                t('subsidies.applied', {
                  at: formatShanghai(application.appliedAt),
                  amount: yuan(application.requestedAmount),
                }),
                application.approvedAmount !== null && application.approvedAmount !== undefined
                  ? t('subsidies.approved', { amount: yuan(application.approvedAmount) })
                  : '',
                application.paidAmount !== null && application.paidAmount !== undefined
                  ? t('subsidies.paid', { amount: yuan(application.paidAmount) })
                  : '',
                application.note ? t('subsidies.note', { note: application.note }) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
              extra={<span className="status-word">{t(`status.${application.status}`)}</span>}
            >
              {application.policy.title}
            </List.Item>
          ))}
        </List>
      </ListState>
    </section>
  );
}

import { Button, List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { formatShanghai } from '../../format/time';
import { useMyPolicyNoticesQuery } from '../../graphql/generated';
import { formatYuan } from './erqi-help';

/** 政策提醒 (grid worker): the policies its cells' enterprises qualify for, newest first, to help them apply. */
export function PolicyNoticesPage() {
  const { t, i18n } = useTranslation('erqiHelp');
  const notices = useMyPolicyNoticesQuery({ fetchPolicy: 'cache-and-network' });
  const page = notices.data?.policyNotices;
  const list = page?.nodes ?? [];
  return (
    <section className="page erqi-help">
      <h1>{t('notices.title')}</h1>
      <p>{t('notices.count', { count: page?.totalCount ?? 0 })}</p>
      <ListState
        loading={notices.loading}
        error={notices.error}
        empty={list.length === 0}
        emptyText={t('notices.empty')}
        onRetry={() => void notices.refetch()}
      >
        <List>
          {list.map((notice) => (
            <List.Item
              key={notice.id}
              description={t('notices.line', {
                title: notice.title,
                department: t(`departments.${notice.departmentCode}`, {
                  defaultValue: notice.departmentCode,
                }),
                cap: formatYuan(notice.amountCap, i18n.language),
                opens: notice.opensOn,
                closes: notice.closesOn,
                published: formatShanghai(notice.publishedAt),
              })}
            >
              {notice.enterpriseName}
            </List.Item>
          ))}
        </List>
        {page?.pageInfo.hasNextPage ? (
          <Button
            fill="outline"
            onClick={() =>
              void notices.fetchMore({ variables: { after: page.pageInfo.endCursor } })
            }
          >
            {t('notices.more')}
          </Button>
        ) : null}
      </ListState>
    </section>
  );
}

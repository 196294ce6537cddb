import { Button, List, NoticeBar, PullToRefresh } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { DueTag } from '../../app/ui/DueTag';
import { ListState } from '../../app/ui/ListState';
import { formatShanghai } from '../../format/time';
import { useMyAppealsQuery } from '../../graphql/generated';
import { appealOutbox } from '../../offline/appeal-outbox';
import { useQueuedAppeals } from '../../offline/use-queued-appeals';
import { appealDueState } from './appeal-status';
import { failureMessage } from './failure-message';
import { FileButton } from './FileButton';

const PAGE = 20;

/** 诉求: the caller's appeals (its cells' or its own), newest first, with those still on the device on top. */
export function AppealsPage() {
  const { t } = useTranslation();
  const { state } = useLocation() as { state: { filed?: 'queued' | 'sent' } | null };
  const appeals = useMyAppealsQuery({
    variables: { first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const queued = useQueuedAppeals(() => void appeals.refetch());
  const page = appeals.data?.appeals;
  const more = (): void => {
    if (!page?.pageInfo.endCursor) return;
    void appeals.fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        appeals: {
          ...fetchMoreResult.appeals,
          nodes: [...previous.appeals.nodes, ...fetchMoreResult.appeals.nodes],
        },
      }),
    });
  };

  return (
    <section className="page appeals">
      <h1>{t('appeals:list.title')}</h1>
      {state?.filed ? (
        <div role="status">
          <NoticeBar color="info" wrap content={t(`appeals:list.filed.${state.filed}`)} />
        </div>
      ) : null}
      <PullToRefresh
        onRefresh={async () => {
          await appeals.refetch();
        }}
        pullingText={t('appeals:list.pull')}
        canReleaseText={t('appeals:list.release')}
        refreshingText={t('common:list.loading')}
        completeText=""
      >
        {queued.length > 0 ? (
          <List header={t('appeals:list.onDevice')} className="queued-list">
            {queued.map((record) => (
              <List.Item
                key={record.id}
                description={
                  record.state === 'failed' && record.failure
                    ? failureMessage(t, record.failure)
                    : `${record.draft.enterpriseName} · ${formatShanghai(record.createdAt)}`
                }
                extra={
                  record.state === 'failed' ? (
                    <Button size="small" onClick={() => void appealOutbox.discard(record.id)}>
                      {t('appeals:list.discard')}
                    </Button>
                  ) : undefined
                }
              >
                <span className={`queue-tag queue-${record.state}`}>
                  {t(`appeals:queue.${record.state}`)}
                </span>{' '}
                {record.draft.title}
              </List.Item>
            ))}
          </List>
        ) : null}
        <ListState
          loading={appeals.loading}
          error={appeals.error}
          empty={(page?.nodes.length ?? 0) === 0}
          emptyText={t('appeals:list.empty')}
          onRetry={() => void appeals.refetch()}
        >
          <List
            header={t('appeals:list.count', { count: page?.totalCount ?? 0 })}
            className="appeal-list"
          >
            {page?.nodes.map((appeal) => (
              <List.Item
                key={appeal.id}
                description={`${appeal.enterprise.name} · ${t('appeals:list.due', { at: formatShanghai(appeal.dueAt) })}`}
                extra={<DueTag state={appealDueState(appeal)} />}
              >
                <Link to={`/appeals/${appeal.id}`} className="appeal-link">
                  {appeal.title}
                </Link>
                <span className="status-word">{t(`appeals:status.${appeal.status}`)}</span>
              </List.Item>
            ))}
          </List>
          {page?.pageInfo.hasNextPage ? (
            <Button block fill="outline" onClick={more} loading={appeals.loading}>
              {t('appeals:list.more')}
            </Button>
          ) : null}
        </ListState>
      </PullToRefresh>
      <FileButton />
    </section>
  );
}

import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { formatCount } from '../../format/time';
import { useBoardOverdueQuery } from '../../graphql/generated';
import { AppealTable } from './AppealTable';

/** 超时清单: open appeals past their due time, longest overdue first, as the server orders them. */
export function OverduePage() {
  const { t, i18n } = useTranslation('board');
  const { data, loading, error, refetch, fetchMore } = useBoardOverdueQuery({
    variables: { first: 50, after: null },
  });
  const page = data?.overdueAppeals;
  const appeals = page?.nodes ?? [];
  return (
    <section className="page desk-page">
      <h1>{t('overdue.title')}</h1>
      <p className="muted">
        {t('overdue.intro')}
        {page
          ? ` ${t('overdue.count', { count: formatCount(page.totalCount, i18n.language) })}`
          : ''}
      </p>
      <ListState
        loading={loading}
        error={error}
        empty={appeals.length === 0}
        emptyText={t('overdue.empty')}
        onRetry={() => void refetch()}
      >
        <AppealTable appeals={appeals} />
        {page?.pageInfo.hasNextPage ? (
          <Button
            className="board-more"
            onClick={() =>
              void fetchMore({
                variables: { after: page.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  overdueAppeals: {
                    ...fetchMoreResult.overdueAppeals,
                    nodes: [
                      ...previous.overdueAppeals.nodes,
                      ...fetchMoreResult.overdueAppeals.nodes,
                    ],
                  },
                }),
              })
            }
          >
            {t('more')}
          </Button>
        ) : null}
      </ListState>
    </section>
  );
}

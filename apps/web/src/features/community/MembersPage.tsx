import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { useCommunityHouseholdsQuery } from '../../graphql/generated';
import './community.css';

/** 社区成员: households wherever they live now, with members and the 征迁/回迁 figures. */
export function MembersPage() {
  const { t } = useTranslation('community');
  const { data, loading, error, refetch, fetchMore } = useCommunityHouseholdsQuery({
    variables: { first: 20 },
    fetchPolicy: 'cache-and-network',
  });
  const figures = data?.relocationFigures;
  const page = data?.households;
  return (
    <section className="page community">
      <h1>{t('members.title')}</h1>
      {figures ? (
        <p data-testid="relocation-figures">
          {t('members.figures', {
            households: figures.households,
            relocated: figures.relocated,
            percent: figures.relocatedPercent,
            awaiting: figures.awaitingReturn,
            returned: figures.returned,
          })}
        </p>
      ) : null}
      <ListState
        loading={loading && !data}
        error={error}
        empty={!page?.nodes.length}
        onRetry={() => void refetch()}
      >
        <p>{t('members.total', { count: page?.totalCount ?? 0 })}</p>
        <List>
          {page?.nodes.map((household) => (
            <List.Item
              key={household.id}
              description={`${t(`relocation.${household.relocationStatus}`)} · ${household.currentAddress ?? ''}`}
            >
              <strong>{household.code}</strong>{' '}
              {household.members.map((member) => (
                <span key={member.id} className="community-member">
                  {member.name}（{t('members.age', { age: member.age })}
                  {member.isMember ? '' : ` · ${t('members.notMember')}`}）
                </span>
              ))}
            </List.Item>
          ))}
        </List>
        {page?.pageInfo.hasNextPage ? (
          <button
            type="button"
            className="more"
            onClick={() =>
              void fetchMore({
                variables: { after: page.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  ...fetchMoreResult,
                  households: {
                    ...fetchMoreResult.households,
                    nodes: [...previous.households.nodes, ...fetchMoreResult.households.nodes],
                  },
                }),
              })
            }
          >
            {t('members.more')}
          </button>
        ) : null}
      </ListState>
    </section>
  );
}

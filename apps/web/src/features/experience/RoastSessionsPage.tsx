import { Button, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { useRoastSessionsQuery } from '../../graphql/generated';
import { NewSessionForm } from './NewSessionForm';
import { ORGANISERS } from './roles';

const PAGE = 20;

/** 吐槽大会: the sessions, latest first, each with its complaints and how many are closed. */
export function RoastSessionsPage() {
  const { t } = useTranslation('experience');
  const { role } = useClaims();
  const { data, loading, error, refetch, fetchMore } = useRoastSessionsQuery({
    variables: { first: PAGE },
  });
  const sessions = data?.roastSessions.nodes ?? [];
  const pageInfo = data?.roastSessions.pageInfo;
  return (
    <section className="page desk-page">
      <h1>{t('sessions.title')}</h1>
      <p className="muted">
        {t(role === 'EXPERIENCE_OFFICER' ? 'sessions.introOfficer' : 'sessions.intro')}
      </p>
      {ORGANISERS.includes(role) ? <NewSessionForm onCreated={() => void refetch()} /> : null}
      <ListState
        loading={loading}
        error={error}
        empty={sessions.length === 0}
        emptyText={t('sessions.empty')}
        onRetry={() => void refetch()}
      >
        <p>{t('sessions.total', { count: data?.roastSessions.totalCount ?? 0 })}</p>
        <List
          dataSource={[...sessions]}
          rowKey="id"
          renderItem={(session) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Link to={`/roast/${session.id}`}>
                    {session.heldOn} · {session.place}
                  </Link>
                }
                description={
                  <>
                    {session.topic ? <div>{session.topic}</div> : null}
                    <div>
                      {t('session.officers')}：
                      {session.attendingOfficers.map((officer) => officer.name).join('、')}
                    </div>
                    <div>
                      {t('session.progress', {
                        count: session.report.complaintCount,
                        closed: session.report.closedCount,
                      })}
                    </div>
                  </>
                }
              />
            </List.Item>
          )}
        />
        {pageInfo?.hasNextPage ? (
          <Button
            onClick={() =>
              void fetchMore({ variables: { first: PAGE, after: pageInfo.endCursor } })
            }
          >
            {t('sessions.more')}
          </Button>
        ) : null}
      </ListState>
    </section>
  );
}

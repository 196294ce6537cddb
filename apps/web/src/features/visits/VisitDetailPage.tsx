import { Button, List, Toast } from 'antd-mobile';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ListState } from '../../app/ui/ListState';
import { formatShanghai } from '../../format/time';
import { graphQLErrorDetails } from '../../graphql/client';
import { useRaiseVisitNeedMutation, useVisitDetailQuery } from '../../graphql/generated';

/** 走访详情: the needs heard; each one turned into an appeal in one step, and followed. */
export function VisitDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useVisitDetailQuery({ variables: { id } });
  const visit = detail.data?.enterpriseVisit;
  // A raised need waits for the appeal service to file it (an event away): ask again until it has.
  const waiting = visit?.needs.some((need) => need.appealId && !need.appeal) ?? false;
  const { startPolling, stopPolling } = detail;
  useEffect(() => {
    if (waiting) startPolling(1500);
    else stopPolling();
    return () => stopPolling();
  }, [waiting, startPolling, stopPolling]);
  const [raise, raising] = useRaiseVisitNeedMutation();
  const raiseNeed = async (needId: string) => {
    try {
      await raise({ variables: { needId } });
      Toast.show({ content: t('visits:detail.raised') });
      await detail.refetch();
    } catch (error) {
      Toast.show({ content: graphQLErrorDetails(error).message });
    }
  };
  return (
    <section className="page visit-detail">
      <h1>{t('visits:detail.title')}</h1>
      <ListState
        loading={detail.loading && !detail.data}
        error={detail.error}
        empty={!visit}
        onRetry={() => void detail.refetch()}
      >
        {visit ? (
          <>
            <p>
              <strong>{visit.enterprise?.name ?? t('visits:list.enterpriseHidden')}</strong> ·{' '}
              {formatShanghai(visit.visitedAt)} · {visit.visitorName ?? ''}
            </p>
            <p>{visit.summary}</p>
            <List header={t('visits:detail.needs')} aria-label={t('visits:detail.needs')}>
              {visit.needs.length === 0 ? (
                <List.Item>{t('visits:detail.noNeeds')}</List.Item>
              ) : null}
              {visit.needs.map((need) => (
                <List.Item
                  key={need.id}
                  description={
                    need.appeal ? (
                      <span>
                        <span className="status-word">
                          {t('visits:detail.appealStatus', {
                            status: t(`appeals:status.${need.appeal.status}`),
                          })}
                        </span>{' '}
                        · <Link to={`/appeals/${need.appeal.id}`}>{t('visits:detail.follow')}</Link>
                      </span>
                    ) : need.appealId ? (
                      <span className="status-word">{t('visits:detail.sending')}</span>
                    ) : null
                  }
                  extra={
                    need.appealId ? null : (
                      <Button
                        size="small"
                        color="primary"
                        loading={raising.loading}
                        onClick={() => void raiseNeed(need.id)}
                        aria-label={t('visits:detail.raiseLabel', { text: need.text })}
                      >
                        {t('visits:detail.raise')}
                      </Button>
                    )
                  }
                >
                  {need.position}. {need.text}
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
      </ListState>
    </section>
  );
}

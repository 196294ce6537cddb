import { Button, List, Space } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import {
  useCommunityAidCasesQuery,
  useCommunityPayAidMutation,
  useCommunityReviewAidMutation,
} from '../../graphql/generated';

/** 帮扶: 大病帮扶, 上学兜底 and degree bonuses — review and pay. */
export function AidCasesPage() {
  const { t } = useTranslation('community');
  const { data, loading, error, refetch } = useCommunityAidCasesQuery({
    fetchPolicy: 'cache-and-network',
  });
  const [review] = useCommunityReviewAidMutation();
  const [pay] = useCommunityPayAidMutation();
  const cases = data?.aidCases.nodes ?? [];
  return (
    <section className="page community">
      <h1>{t('aid.title')}</h1>
      <ListState
        loading={loading && !data}
        error={error}
        empty={cases.length === 0}
        onRetry={() => void refetch()}
      >
        <List>
          {cases.map((aid) => (
            <List.Item
              key={aid.id}
              description={`${t(`aid.kind.${aid.kind}`)} · ${t('allowance.yuan', { amount: aid.amountYuan })} · ${t(`aid.status.${aid.status}`)}`}
              extra={
                <Space>
                  {aid.status === 'APPLIED' ? (
                    <>
                      <Button
                        size="small"
                        color="primary"
                        onClick={() => void review({ variables: { id: aid.id, approve: true } })}
                      >
                        {t('aid.approve')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => void review({ variables: { id: aid.id, approve: false } })}
                      >
                        {t('aid.reject')}
                      </Button>
                    </>
                  ) : null}
                  {aid.status === 'APPROVED' ? (
                    <Button
                      size="small"
                      color="success"
                      onClick={() => void pay({ variables: { id: aid.id } })}
                    >
                      {t('aid.pay')}
                    </Button>
                  ) : null}
                </Space>
              }
            >
              {aid.resident.name}
            </List.Item>
          ))}
        </List>
      </ListState>
    </section>
  );
}

import { Button, List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { DueTag } from '../../app/ui/DueTag';
import { ListState } from '../../app/ui/ListState';
import { dueState, formatShanghai } from '../../format/time';
import {
  useServiceApplicationListQuery,
  useSupplyServiceMaterialsMutation,
} from '../../graphql/generated';
import { useNow } from '../department/use-now';

/** 我的办件: the enterprise's applications, newest first, with the clock and what is still to supply. */
export function MyApplications() {
  const { t } = useTranslation('easyBusiness');
  const now = useNow();
  const applications = useServiceApplicationListQuery({ variables: { first: 100 } });
  const [supply, supplying] = useSupplyServiceMaterialsMutation();
  const list = applications.data?.serviceApplications.nodes ?? [];
  return (
    <ListState
      loading={applications.loading}
      error={applications.error}
      empty={list.length === 0}
      emptyText={t('noApplications')}
      onRetry={() => void applications.refetch()}
    >
      <List
        header={t('mineCount', { count: applications.data?.serviceApplications.totalCount ?? 0 })}
      >
        {list.map((application) => {
          const open = application.status === 'ACCEPTED';
          return (
            <List.Item
              key={application.id}
              className="application"
              description={
                <>
                  <div>
                    {t(`status.${application.status}`)} ·{' '}
                    {t('acceptedAt', { at: formatShanghai(application.acceptedAt) })} ·{' '}
                    {t('dueAt', { at: formatShanghai(application.dueAt) })}
                  </div>
                  {open &&
                  application.workingDaysLeft !== null &&
                  application.workingDaysLeft !== undefined ? (
                    <div>{t('daysLeft', { days: application.workingDaysLeft })}</div>
                  ) : null}
                  {application.lookedUpMaterials.length > 0 ? (
                    <div>{t('lookedUp', { list: application.lookedUpMaterials.join('、') })}</div>
                  ) : null}
                  {application.missingMaterials.length > 0 ? (
                    <div>
                      {t('missing', {
                        list: application.missingMaterials.join('、'),
                        at: application.supplyBy ? formatShanghai(application.supplyBy) : '',
                      })}
                    </div>
                  ) : null}
                  {application.decisionNote ? <div>{application.decisionNote}</div> : null}
                </>
              }
              extra={<DueTag state={dueState({ dueAt: application.dueAt, closed: !open, now })} />}
            >
              {application.matterName}
              {open && application.missingMaterials.length > 0 ? (
                <Button
                  size="small"
                  color="primary"
                  fill="outline"
                  loading={supplying.loading}
                  onClick={() =>
                    void supply({
                      variables: { id: application.id, materials: application.missingMaterials },
                    }).catch(() => undefined)
                  }
                >
                  {t('supply')}
                </Button>
              ) : null}
            </List.Item>
          );
        })}
      </List>
    </ListState>
  );
}

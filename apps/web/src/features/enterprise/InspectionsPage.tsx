import { Button, List, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { formatShanghai, hoursAndMinutes } from '../../format/time';
import { useMyInspectionsQuery } from '../../graphql/generated';

/** 谁来检查: who inspected us (政企码 check-ins), newest first, a cause beside each or 例行 (routine). */
export function InspectionsPage() {
  const { t } = useTranslation();
  const { enterpriseId = '' } = useClaims();
  const inspections = useMyInspectionsQuery({
    variables: { enterpriseId },
    skip: !enterpriseId,
    notifyOnNetworkStatusChange: true,
  });
  const page = inspections.data?.enterprise.inspections;
  const more = (): void => {
    if (!page?.pageInfo.endCursor) return;
    void inspections.fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        enterprise: {
          ...fetchMoreResult.enterprise,
          inspections: {
            ...fetchMoreResult.enterprise.inspections,
            nodes: [
              ...previous.enterprise.inspections.nodes,
              ...fetchMoreResult.enterprise.inspections.nodes,
            ],
          },
        },
      }),
    });
  };
  return (
    <section className="page inspections">
      <h1>{t('enterprise:inspections.title')}</h1>
      <ListState
        loading={inspections.loading}
        error={inspections.error}
        empty={(page?.nodes.length ?? 0) === 0}
        emptyText={t('enterprise:inspections.empty')}
        onRetry={() => void inspections.refetch()}
      >
        <List header={t('enterprise:inspections.count', { count: page?.totalCount ?? 0 })}>
          {page?.nodes.map((inspection) => {
            const duration =
              inspection.durationSeconds !== null
                ? hoursAndMinutes(inspection.durationSeconds * 1000)
                : undefined;
            return (
              <List.Item
                key={inspection.id}
                extra={
                  <Tag color={inspection.routine ? 'default' : 'warning'}>
                    {t(
                      inspection.routine
                        ? 'enterprise:inspections.routine'
                        : 'enterprise:inspections.withCause',
                    )}
                  </Tag>
                }
                description={
                  <>
                    <span>
                      {t('enterprise:inspections.when', {
                        in: formatShanghai(inspection.checkedInAt),
                        out: inspection.checkedOutAt
                          ? formatShanghai(inspection.checkedOutAt)
                          : t('enterprise:inspections.stillHere'),
                      })}
                      {duration ? ` · ${t('enterprise:inspections.duration', duration)}` : ''}
                    </span>
                    {inspection.legalBasis ? (
                      <span className="block">
                        {t('enterprise:inspections.basis', { basis: inspection.legalBasis })}
                      </span>
                    ) : null}
                    {inspection.findings ? (
                      <span className="block">
                        {t('enterprise:inspections.findings', { findings: inspection.findings })}
                      </span>
                    ) : null}
                  </>
                }
              >
                {inspection.departmentCode} · {inspection.inspectorName}
                <span className="block">{inspection.purpose}</span>
              </List.Item>
            );
          })}
        </List>
        {page?.pageInfo.hasNextPage ? (
          <Button block fill="outline" onClick={more} loading={inspections.loading}>
            {t('enterprise:more')}
          </Button>
        ) : null}
      </ListState>
    </section>
  );
}

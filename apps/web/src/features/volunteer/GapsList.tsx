import { List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VolunteerActivityPlanQuery } from '../../graphql/generated';
import { shiftTime } from '../volunteer-self/shift-label';

type Gap = VolunteerActivityPlanQuery['staffingGaps'][number];

/** 缺岗: the shifts not yet over with fewer people than they need, soonest first (as the server sorts). */
export function GapsList({ gaps }: { gaps: readonly Gap[] }) {
  const { t } = useTranslation('volunteer');
  return (
    <section className="plan-gaps" aria-labelledby="staffing-gaps">
      <h3 id="staffing-gaps">{t('gaps.title', { count: gaps.length })}</h3>
      {gaps.length === 0 ? (
        <p className="muted">{t('gaps.none')}</p>
      ) : (
        <List<Gap>
          dataSource={[...gaps]}
          rowKey={(gap) => gap.shift.id}
          renderItem={(gap) => (
            <List.Item
              extra={
                <span className="state-tag state-escalated">
                  {t('gaps.missing', { count: gap.missing })}
                </span>
              }
            >
              <List.Item.Meta
                title={`${t(`duty.${gap.shift.post.duty}`)} · ${gap.shift.post.place}`}
                description={`${shiftTime(gap.shift)} · ${gap.shift.post.team.name} · ${t(
                  'gaps.counts',
                  {
                    signedUp: gap.shift.signedUpCount,
                    required: gap.shift.requiredHeadcount,
                  },
                )}`}
              />
            </List.Item>
          )}
        />
      )}
    </section>
  );
}

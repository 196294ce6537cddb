import { List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VolunteerActivityPlanQuery } from '../../graphql/generated';
import { shiftTime } from '../volunteer-self/shift-label';

type Gap = VolunteerActivityPlanQuery['staffingGaps'][number];

/**
 * 缺岗: the shifts not yet over with fewer people than they need, the lead's own team's first, each
 * group soonest first (as the server sorts them).
 */
export function GapsList({ gaps, teamCode }: { gaps: readonly Gap[]; teamCode: string }) {
  const { t } = useTranslation('volunteer');
  return (
    <section className="plan-gaps" aria-labelledby="staffing-gaps">
      <h3 id="staffing-gaps">{t('gaps.title', { count: gaps.length })}</h3>
      {gaps.length === 0 ? (
        <p className="muted">{t('gaps.none')}</p>
      ) : (
        <List<Gap>
          dataSource={ownTeamFirst(gaps, teamCode)}
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

function ownTeamFirst(gaps: readonly Gap[], teamCode: string): Gap[] {
  const other = (gap: Gap) => (gap.shift.post.team.code === teamCode ? 0 : 1);
  // Array.prototype.sort is stable: the server's soonest-first order holds within each group.
  return [...gaps].sort((a, b) => other(a) - other(b));
}

import { Card, Segmented, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { formatCount } from '../../format/time';
import { type BoardFigureRowFragment, useBoardFiguresQuery } from '../../graphql/generated';
import { FigureChart } from './FigureChart';
import { chartSeries, percent, totalsOf } from './figures';

type Grouping = 'byDepartment' | 'byCell' | 'byMode';

/** 驾驶舱: the 零超时 picture: totals, then on-time rate, satisfaction and overdue per group. */
export function BoardPage() {
  const { t, i18n } = useTranslation('board');
  const [grouping, setGrouping] = useState<Grouping>('byDepartment');
  const { data, loading, error, refetch } = useBoardFiguresQuery({
    variables: { from: null },
    // The board is left open on a wall screen: keep it current.
    pollInterval: 60_000,
  });
  const rows = data?.[grouping] ?? [];
  const totals = totalsOf(data?.byMode ?? []);
  const label = (row: BoardFigureRowFragment): string =>
    row.department?.name ??
    row.gridCell?.name ??
    (row.handlingMode ? t(`mode.${row.handlingMode}`) : t('figure.unassigned'));
  const series = chartSeries(rows, label);
  const rate = percent(totals.onTimeRate);
  const groupingLabel = t(`grouping.${grouping}`);

  return (
    <section className="page desk-page">
      <h1>{t('title')}</h1>
      <ListState loading={loading} error={error} empty={!data} onRetry={() => void refetch()}>
        <div className="figure-tiles" role="list" aria-label={t('totals')}>
          <div className="figure-tile" role="listitem">
            <span>{t('figure.total')}</span>
            <strong data-testid="figure-total">{formatCount(totals.total, i18n.language)}</strong>
          </div>
          <div className="figure-tile" role="listitem">
            <span>{t('figure.resolved')}</span>
            <strong data-testid="figure-resolved">
              {formatCount(totals.resolved, i18n.language)}
            </strong>
          </div>
          <div className="figure-tile" role="listitem">
            <span>{t('figure.onTimeRate')}</span>
            <strong data-testid="figure-on-time-rate">
              {rate === null ? t('figure.none') : `${rate}%`}
            </strong>
          </div>
          <div className="figure-tile" role="listitem">
            <span>{t('figure.overdue')}</span>
            <strong data-testid="figure-overdue" className="figure-overdue">
              {formatCount(totals.overdue, i18n.language)}
            </strong>
          </div>
        </div>
        <Segmented<Grouping>
          className="board-grouping"
          value={grouping}
          onChange={setGrouping}
          options={(['byDepartment', 'byCell', 'byMode'] as const).map((value) => ({
            value,
            label: t(`grouping.${value}`),
          }))}
        />
        <div className="desk-grid">
          <Card title={t('chart.quality', { grouping: groupingLabel })}>
            <FigureChart
              series={series}
              kind="quality"
              title={t('chart.quality', { grouping: groupingLabel })}
            />
          </Card>
          <Card title={t('chart.overdue', { grouping: groupingLabel })}>
            <FigureChart
              series={series}
              kind="overdue"
              title={t('chart.overdue', { grouping: groupingLabel })}
            />
          </Card>
        </div>
        <Card title={t('chart.table', { grouping: groupingLabel })} className="board-table">
          <Table<BoardFigureRowFragment>
            rowKey="key"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={rows}
            columns={[
              { title: groupingLabel, key: 'label', render: (_, row) => label(row) },
              {
                title: t('figure.total'),
                key: 'total',
                render: (_, row) => formatCount(row.total, i18n.language),
              },
              { title: t('figure.resolved'), dataIndex: 'resolvedCount' },
              {
                title: t('figure.onTimeRate'),
                key: 'rate',
                render: (_, row) => {
                  const value = percent(row.onTimeRate);
                  return value === null ? t('figure.none') : `${value}%`;
                },
              },
              {
                title: t('figure.satisfaction'),
                key: 'satisfaction',
                render: (_, row) =>
                  row.averageSatisfaction === null
                    ? t('figure.none')
                    : row.averageSatisfaction.toFixed(2),
              },
              { title: t('figure.overdue'), dataIndex: 'overdueCount' },
            ]}
          />
        </Card>
      </ListState>
    </section>
  );
}

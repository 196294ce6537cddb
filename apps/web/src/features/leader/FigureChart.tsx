import ReactEChartsCore from 'echarts-for-react/lib/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import type { chartSeries } from './figures';

// Only the parts the board draws, so the chart library stays small on a tablet's connection.
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  CanvasRenderer,
]);

/**
 * One grouping's figures, as two charts: 按时办结率 (bars, %) with 满意度 (line, 1–5, right axis), and
 * 超时 (bars, count). ECharts describes each chart to screen readers (aria); the table beside them
 * prints the same figures in words.
 */
export function FigureChart({
  series,
  kind,
  title,
}: {
  series: ReturnType<typeof chartSeries>;
  kind: 'quality' | 'overdue';
  title: string;
}) {
  const { t } = useTranslation('board');
  // Bars across, names down the side: long department and cell names stay readable on a phone.
  const categories = {
    type: 'category',
    data: series.labels,
    inverse: true,
    axisLabel: { width: 120, overflow: 'truncate' },
  };
  const grid = { left: 8, right: 24, bottom: 8, top: 56, containLabel: true };
  const option =
    kind === 'quality'
      ? {
          aria: { enabled: true },
          color: ['#1b6e3a', '#1f4e99'],
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid,
          yAxis: categories,
          xAxis: [
            { type: 'value', name: '%', min: 0, max: 100, position: 'bottom' },
            { type: 'value', name: t('figure.satisfactionAxis'), min: 0, max: 5, position: 'top' },
          ],
          series: [
            { name: t('figure.onTimeRate'), type: 'bar', data: series.onTimeRate, xAxisIndex: 0 },
            {
              name: t('figure.satisfaction'),
              type: 'line',
              data: series.satisfaction,
              xAxisIndex: 1,
              connectNulls: false,
            },
          ],
        }
      : {
          aria: { enabled: true },
          color: ['#b3261e'],
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid,
          yAxis: categories,
          xAxis: [{ type: 'value', minInterval: 1 }],
          series: [{ name: t('figure.overdue'), type: 'bar', data: series.overdue }],
        };
  const height = Math.max(240, 96 + series.labels.length * 32);
  return (
    <figure className="board-chart" aria-label={title}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
      />
    </figure>
  );
}

import { Card, Progress, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { formatCount } from '../../format/time';
import { useTalentFiguresQuery } from '../../graphql/generated';

/** The years one can look at: from the first targets (2024) to this one. */
function years(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: Math.max(1, now - 2023) }, (_, index) => 2024 + index);
}

/** 双招双引 人才指标: each talent category's count against the year's target, for the board. */
export function TalentFiguresPage() {
  const { t, i18n } = useTranslation('investment');
  const [year, setYear] = useState(2024);
  const figures = useTalentFiguresQuery({ variables: { year } });
  const list = figures.data?.talentFigures ?? [];
  return (
    <section className="page desk-page">
      <h1>{t('talent.title')}</h1>
      <label>
        {t('talent.year')}{' '}
        <Select<number>
          aria-label={t('talent.year')}
          value={year}
          onChange={setYear}
          options={years().map((value) => ({ value, label: String(value) }))}
        />
      </label>
      <ListState
        loading={figures.loading && !figures.data}
        error={figures.error}
        empty={list.length === 0}
        onRetry={() => void figures.refetch()}
      >
        <div className="figure-tiles" role="list" aria-label={t('talent.title')}>
          {list.map((figure) => (
            <Card key={figure.category} role="listitem" title={figure.label} size="small">
              <p>
                <strong data-testid={`talent-${figure.category}`}>
                  {formatCount(figure.count, i18n.language)}
                </strong>{' '}
                {figure.target === null
                  ? t('talent.noTarget')
                  : t(figure.atLeast ? 'talent.targetAtLeast' : 'talent.target', {
                      target: formatCount(figure.target, i18n.language),
                    })}
              </p>
              {figure.progress === null ? null : (
                <Progress
                  percent={Math.min(100, Math.round(figure.progress * 1000) / 10)}
                  status={figure.met ? 'success' : 'active'}
                  aria-label={t('talent.progress', { label: figure.label })}
                />
              )}
              <span className="status-word">
                {figure.met ? t('talent.met') : t('talent.notMet')}
              </span>
            </Card>
          ))}
        </div>
      </ListState>
    </section>
  );
}

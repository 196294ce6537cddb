import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { useMyPolicyMatchesQuery } from '../../graphql/generated';
import { ApplyForm } from './ApplyForm';
import { ErqiHelpTabs } from './ErqiHelpTabs';
import { formatYuan } from './erqi-help';

/** 政策匹配: the policies the enterprise qualifies for (apply here), then those it nearly does, with what it lacks. */
export function MatchesPage() {
  const { t, i18n } = useTranslation('erqiHelp');
  const { enterpriseId = '' } = useClaims();
  const matches = useMyPolicyMatchesQuery({ variables: { enterpriseId }, skip: !enterpriseId });
  const list = matches.data?.policyMatches ?? [];
  const qualified = list.filter((match) => match.qualifies);
  const near = list.filter((match) => !match.qualifies);
  const describe = (policy: (typeof list)[number]['policy']) =>
    t('policy.line', {
      department: t(`departments.${policy.departmentCode}`, {
        defaultValue: policy.departmentCode,
      }),
      cap: formatYuan(policy.amountCap, i18n.language),
      opens: policy.opensOn,
      closes: policy.closesOn,
    });
  // Sizes in words; cells by what they mean to the enterprise (the ids say nothing to it).
  const describeLack = (lack: { criterion: string; required: string; actual?: string | null }) => {
    if (lack.criterion === 'GRID_CELL') return t('matches.outsideCells');
    const words = (text: string) =>
      lack.criterion === 'SIZE'
        ? text
            .split(' / ')
            .map((size) => t(`size.${size}`))
            .join('、')
        : text;
    return `${t('matches.required', { required: words(lack.required) })}${
      lack.actual ? t('matches.actual', { actual: words(lack.actual) }) : t('matches.unknown')
    }`;
  };
  return (
    <section className="page erqi-help">
      <h1>{t('matches.title')}</h1>
      <ErqiHelpTabs />
      <ListState
        loading={matches.loading}
        error={matches.error}
        empty={list.length === 0}
        emptyText={t('matches.empty')}
        onRetry={() => void matches.refetch()}
      >
        <h2>{t('matches.qualified', { count: qualified.length })}</h2>
        <List>
          {qualified.map(({ policy }) => (
            <List.Item key={policy.id} description={describe(policy)}>
              <span className="qualifies">{t('matches.canApply')}</span> {policy.title}
              <ApplyForm
                policyId={policy.id}
                title={policy.title}
                cap={policy.amountCap}
                onApplied={() => undefined}
              />
            </List.Item>
          ))}
        </List>
        <h2>{t('matches.near', { count: near.length })}</h2>
        <List>
          {near.map(({ policy, lacks }) => (
            <List.Item key={policy.id} description={describe(policy)}>
              <span className="near-miss">{t('matches.nearly')}</span> {policy.title}
              <ul className="lacks" aria-label={t('matches.lacks', { title: policy.title })}>
                {lacks.map((lack) => (
                  <li key={lack.criterion}>
                    {t(`criterion.${lack.criterion}`)}：{describeLack(lack)}
                  </li>
                ))}
              </ul>
            </List.Item>
          ))}
        </List>
      </ListState>
    </section>
  );
}

import { Button, List } from 'antd-mobile';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { shanghaiDay } from '../../format/time';
import { graphQLErrorDetails } from '../../graphql/client';
import {
  useFinancingMatchesQuery,
  useMyFinancingNeedsQuery,
  usePostFinancingNeedMutation,
} from '../../graphql/generated';
import { ErqiHelpTabs } from './ErqiHelpTabs';
import { amountProblem, formatYuan, isFutureOrToday } from './erqi-help';

const MAX_AMOUNT = 1_000_000_000;

/** The bank products one need fits (and nearly fits), asked when the enterprise opens the need. */
function NeedProducts(props: { needId: string }) {
  const { t, i18n } = useTranslation('erqiHelp');
  const products = useFinancingMatchesQuery({ variables: { needId: props.needId } });
  const list = products.data?.financingMatches ?? [];
  return (
    <ListState
      loading={products.loading}
      error={products.error}
      empty={list.length === 0}
      emptyText={t('financing.noProducts')}
    >
      <ul className="lacks">
        {list.map(({ product, qualifies, lacks }) => (
          <li key={product.id}>
            <span className={qualifies ? 'qualifies' : 'near-miss'}>
              {t(qualifies ? 'financing.fits' : 'financing.nearly')}
            </span>{' '}
            {product.bankName} {product.productName}（
            {t('financing.product', {
              min: formatYuan(product.minAmount, i18n.language),
              max: formatYuan(product.maxAmount, i18n.language),
              rate: product.annualRatePercent,
              months: product.maxTermMonths,
            })}
            ）
            {lacks.length > 0
              ? `：${lacks.map((lack) => `${t(`criterion.${lack.criterion}`)} ${t('matches.required', { required: lack.required })}`).join('；')}`
              : null}
          </li>
        ))}
      </ul>
    </ListState>
  );
}

type Field = 'amount' | 'termMonths' | 'purpose' | 'neededBy';

/** 融资需求: post a need (amount, term, purpose, by when), and follow each: the products it fits and the banks' answers. */
export function FinancingPage() {
  const { t, i18n } = useTranslation('erqiHelp');
  const id = useId();
  const needs = useMyFinancingNeedsQuery({ fetchPolicy: 'cache-and-network' });
  const [post, { loading }] = usePostFinancingNeedMutation();
  const [form, setForm] = useState({ amount: '', termMonths: '', purpose: '', neededBy: '' });
  const [problem, setProblem] = useState<{ field: Field; message: string } | undefined>();
  const [open, setOpen] = useState<string | undefined>();
  const list = needs.data?.financingNeeds.nodes ?? [];

  const check = (): { field: Field; message: string } | undefined => {
    const amount = amountProblem(form.amount, MAX_AMOUNT, 1);
    if (amount) return { field: 'amount', message: t(`financing.problem.amount.${amount}`) };
    if (amountProblem(form.termMonths, 360, 1))
      return { field: 'termMonths', message: t('financing.problem.termMonths') };
    if (form.purpose.trim() === '')
      return { field: 'purpose', message: t('financing.problem.purpose') };
    if (form.neededBy && !isFutureOrToday(form.neededBy, shanghaiDay(new Date())))
      return { field: 'neededBy', message: t('financing.problem.neededBy') };
    return undefined;
  };
  const submit = async () => {
    const found = check();
    setProblem(found);
    if (found) return;
    try {
      await post({
        variables: {
          input: {
            amount: Number(form.amount.trim()),
            termMonths: Number(form.termMonths.trim()),
            purpose: form.purpose.trim(),
            ...(form.neededBy ? { neededBy: form.neededBy } : {}),
          },
        },
      });
      setForm({ amount: '', termMonths: '', purpose: '', neededBy: '' });
      await needs.refetch();
    } catch (error) {
      const details = graphQLErrorDetails(error);
      const field =
        (['amount', 'termMonths', 'purpose', 'neededBy'] as const).find(
          (name) => name === details.field,
        ) ?? 'purpose';
      setProblem({ field, message: details.message });
    }
  };
  const input = (field: Field, type: 'text' | 'date' = 'text') => (
    <label htmlFor={`${id}-${field}`}>
      {t(`financing.field.${field}`)}
      <input
        id={`${id}-${field}`}
        type={type}
        {...(field === 'amount' || field === 'termMonths' ? { inputMode: 'numeric' as const } : {})}
        value={form[field]}
        onChange={(event) => {
          setForm({ ...form, [field]: event.target.value });
          setProblem(undefined);
        }}
        {...(problem?.field === field
          ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` }
          : {})}
      />
    </label>
  );
  return (
    <section className="page erqi-help">
      <h1>{t('financing.title')}</h1>
      <ErqiHelpTabs />
      <h2>{t('financing.new')}</h2>
      <div className="amount-form">
        {input('amount')}
        {input('termMonths')}
        {input('purpose')}
        {input('neededBy', 'date')}
        <Button color="primary" disabled={loading} onClick={() => void submit()}>
          {t('financing.post')}
        </Button>
        {problem ? (
          <p id={`${id}-problem`} className="field-error" role="alert">
            {problem.message}
          </p>
        ) : null}
      </div>
      <h2>{t('financing.mine')}</h2>
      <ListState
        loading={needs.loading}
        error={needs.error}
        empty={list.length === 0}
        emptyText={t('financing.empty')}
        onRetry={() => void needs.refetch()}
      >
        <List>
          {list.map((need) => (
            <List.Item
              key={need.id}
              description={[
                t('financing.need', {
                  amount: formatYuan(need.amount, i18n.language),
                  months: need.termMonths,
                }),
                need.neededBy ? t('financing.neededBy', { date: need.neededBy }) : '',
                ...need.matches.map((match) =>
                  t('financing.answer', {
                    bank: `${match.product.bankName} ${match.product.productName}`,
                    answer: t(`answer.${match.answer}`),
                    note: match.answerNote ?? '',
                  }),
                ),
              ]
                .filter(Boolean)
                .join(' · ')}
            >
              {need.purpose}
              <div>
                <Button
                  size="small"
                  fill="outline"
                  onClick={() => setOpen(open === need.id ? undefined : need.id)}
                >
                  {t(open === need.id ? 'financing.hideProducts' : 'financing.showProducts')}
                </Button>
              </div>
              {open === need.id ? <NeedProducts needId={need.id} /> : null}
            </List.Item>
          ))}
        </List>
      </ListState>
    </section>
  );
}

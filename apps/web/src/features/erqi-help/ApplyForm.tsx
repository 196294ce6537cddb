import { Button } from 'antd-mobile';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphQLErrorDetails } from '../../graphql/client';
import { useApplyForSubsidyMutation } from '../../graphql/generated';
import { type AmountProblem, amountProblem, formatYuan } from './erqi-help';

/**
 * 申请补贴 under one policy: the amount asked (whole yuan, 0 to the cap), checked on the field before
 * it is sent; the server's refusal is said on the field it names, and what was typed stays.
 */
export function ApplyForm(props: {
  policyId: string;
  title: string;
  cap: number;
  onApplied: () => void;
}) {
  const { t, i18n } = useTranslation('erqiHelp');
  const id = useId();
  const [amount, setAmount] = useState('');
  const [problem, setProblem] = useState<AmountProblem | undefined>();
  const [serverError, setServerError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const [apply, { loading }] = useApplyForSubsidyMutation();
  const submit = async () => {
    const found = amountProblem(amount, props.cap);
    setProblem(found);
    setServerError(undefined);
    if (found) return;
    try {
      await apply({
        variables: { input: { policyId: props.policyId, requestedAmount: Number(amount.trim()) } },
      });
      setDone(true);
      props.onApplied();
    } catch (error) {
      setServerError(graphQLErrorDetails(error).message);
    }
  };
  if (done) return <p role="status">{t('apply.done')}</p>;
  const message = problem
    ? t(`apply.problem.${problem}`, { cap: formatYuan(props.cap, i18n.language) })
    : serverError;
  return (
    <div className="amount-form">
      <label htmlFor={`${id}-amount`}>{t('apply.amount')}</label>
      <input
        id={`${id}-amount`}
        inputMode="numeric"
        aria-label={`${t('apply.amount')}：${props.title}`}
        value={amount}
        onChange={(event) => {
          setAmount(event.target.value);
          setProblem(undefined);
        }}
        {...(message ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {})}
      />
      <Button
        color="primary"
        disabled={loading}
        aria-label={`${t('apply.submit')}：${props.title}`}
        onClick={() => void submit()}
      >
        {t('apply.submit')}
      </Button>
      {message ? (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}

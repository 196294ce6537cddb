import { Button, Card, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { DueTag } from '../../app/ui/DueTag';
import { useClaims } from '../../auth/session';
import { dueState, formatShanghai } from '../../format/time';
import {
  type DeskFindingFragment,
  useDeskFindingsQuery,
  useDeskReportRectifiedMutation,
  useDeskStartRectificationMutation,
} from '../../graphql/generated';
import { ActionError } from './ActionError';
import { useNow } from './use-now';

/** 督办整改: the supervision findings (暗访督导) my department must rectify, and the two steps it takes. */
export function FindingsPage() {
  const { t } = useTranslation('department');
  const { departmentCode } = useClaims();
  const { data, loading, error, refetch } = useDeskFindingsQuery({
    variables: { departmentCode: departmentCode ?? null },
  });
  const findings = data?.supervisionFindings.nodes ?? [];
  return (
    <section className="page desk-page">
      <h1>{t('findings.title')}</h1>
      <p className="muted">{t('findings.intro')}</p>
      <ListState
        loading={loading}
        error={error}
        empty={findings.length === 0}
        emptyText={t('findings.empty')}
        onRetry={() => void refetch()}
      >
        <Space direction="vertical" className="desk-stack">
          {findings.map((finding) => (
            <FindingCard key={finding.id} finding={finding} />
          ))}
        </Space>
      </ListState>
    </section>
  );
}

function FindingCard({ finding }: { finding: DeskFindingFragment }) {
  const { t } = useTranslation('department');
  const now = useNow();
  const [note, setNote] = useState('');
  const [start, started] = useDeskStartRectificationMutation();
  const [report, reported] = useDeskReportRectifiedMutation();
  const closed = finding.status === 'RECTIFIED' || finding.status === 'VERIFIED';
  const state = dueState({ dueAt: finding.rectifyBy, closed, now });
  const noteOrNull = note.trim() === '' ? null : note.trim();
  const step =
    finding.status === 'OPEN'
      ? {
          label: t('findings.start'),
          run: () => start({ variables: { id: finding.id, note: noteOrNull } }),
        }
      : finding.status === 'RECTIFYING'
        ? {
            label: t('findings.rectified'),
            run: () => report({ variables: { id: finding.id, note: noteOrNull } }),
          }
        : undefined;
  return (
    <Card
      title={finding.title}
      extra={
        <span>
          <DueTag state={finding.overdue ? 'overdue' : state} />{' '}
          {t(`findings.status.${finding.status}`)}
        </span>
      }
    >
      <p>{finding.description}</p>
      <p className="muted">
        {t('findings.foundAt')} {formatShanghai(finding.foundAt)} · {t('findings.rectifyBy')}{' '}
        {formatShanghai(finding.rectifyBy)}
      </p>
      {step ? (
        <Space direction="vertical" className="desk-stack">
          <ActionError error={started.error ?? reported.error} ns="department" />
          <Input.TextArea
            aria-label={t('findings.note')}
            placeholder={t('findings.note')}
            rows={2}
            value={note}
            maxLength={2000}
            onChange={(event) => setNote(event.target.value)}
          />
          <Button
            type="primary"
            loading={started.loading || reported.loading}
            onClick={() =>
              void step
                .run()
                .then(() => setNote(''))
                .catch(() => undefined)
            }
          >
            {step.label}
          </Button>
        </Space>
      ) : null}
    </Card>
  );
}

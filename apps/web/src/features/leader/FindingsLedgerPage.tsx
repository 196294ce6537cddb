import { Button, Card, Input, Segmented, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DueTag } from '../../app/ui/DueTag';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { dueState, formatShanghai } from '../../format/time';
import {
  type BoardFindingFragment,
  type FindingStatus,
  useBoardFindingsQuery,
  useBoardRejectRectificationMutation,
  useBoardVerifyFindingMutation,
} from '../../graphql/generated';
import { ActionError } from '../department/ActionError';
import { useNow } from '../department/use-now';
import { RecordFindingForm } from './RecordFindingForm';

const STATUSES = ['ALL', 'OPEN', 'RECTIFYING', 'RECTIFIED', 'VERIFIED'] as const;

/** 暗访督导台账: the supervision ledger; a supervisor strikes off (对账销号) or sends back a rectification. */
export function FindingsLedgerPage() {
  const { t } = useTranslation('board');
  const { role } = useClaims();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('ALL');
  const { data, loading, error, refetch } = useBoardFindingsQuery({
    variables: { status: status === 'ALL' ? null : (status as FindingStatus) },
  });
  const findings = data?.supervisionFindings.nodes ?? [];
  return (
    <section className="page desk-page">
      <h1>{t('findings.title')}</h1>
      <Segmented
        value={status}
        onChange={setStatus}
        options={STATUSES.map((value) => ({ value, label: t(`findings.status.${value}`) }))}
      />
      <ListState
        loading={loading}
        error={error}
        empty={findings.length === 0}
        emptyText={t('findings.empty')}
        onRetry={() => void refetch()}
      >
        <Space direction="vertical" className="desk-stack board-findings">
          {findings.map((finding) => (
            <FindingCard key={finding.id} finding={finding} />
          ))}
        </Space>
      </ListState>
      {role === 'SUPERVISOR' || role === 'ADMIN' ? <RecordFindingForm /> : null}
    </section>
  );
}

function FindingCard({ finding }: { finding: BoardFindingFragment }) {
  const { t } = useTranslation('board');
  const { role } = useClaims();
  const now = useNow();
  const [note, setNote] = useState('');
  const [verify, verified] = useBoardVerifyFindingMutation();
  const [reject, rejected] = useBoardRejectRectificationMutation();
  const closed = finding.status === 'RECTIFIED' || finding.status === 'VERIFIED';
  const state = finding.overdue ? 'overdue' : dueState({ dueAt: finding.rectifyBy, closed, now });
  const mayDecide = (role === 'SUPERVISOR' || role === 'ADMIN') && finding.status === 'RECTIFIED';
  const noteText = note.trim();
  return (
    <Card
      title={finding.title}
      extra={
        <span>
          <DueTag state={state} /> {t(`findings.status.${finding.status}`)}
        </span>
      }
    >
      <p>
        <Tag color={finding.rule.kind === 'PROHIBITION' ? 'red' : 'blue'}>
          {t(`findings.ruleKind.${finding.rule.kind}`)}
        </Tag>
        {t('findings.rule')} {finding.rule.code} {finding.rule.text}
      </p>
      <p>{finding.description}</p>
      <p className="muted">
        {finding.departmentCode} · {t('findings.foundAt')} {formatShanghai(finding.foundAt)} ·{' '}
        {t('findings.rectifyBy')} {formatShanghai(finding.rectifyBy)}
      </p>
      {mayDecide ? (
        <Space direction="vertical" className="desk-stack">
          <ActionError error={verified.error ?? rejected.error} ns="board" />
          <Input.TextArea
            aria-label={t('findings.note')}
            placeholder={t('findings.note')}
            rows={2}
            value={note}
            maxLength={2000}
            onChange={(event) => setNote(event.target.value)}
          />
          <Space wrap>
            <Button
              type="primary"
              loading={verified.loading}
              onClick={() =>
                void verify({ variables: { id: finding.id, note: noteText || null } })
                  .then(() => setNote(''))
                  .catch(() => undefined)
              }
            >
              {t('findings.verify')}
            </Button>
            <Button
              danger
              disabled={noteText === ''}
              loading={rejected.loading}
              onClick={() =>
                void reject({ variables: { id: finding.id, note: noteText } })
                  .then(() => setNote(''))
                  .catch(() => undefined)
              }
            >
              {t('findings.reject')}
            </Button>
          </Space>
          {noteText === '' ? <span className="muted">{t('findings.rejectNeedsNote')}</span> : null}
        </Space>
      ) : null}
    </Card>
  );
}

import { Button, Card, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { DueTag } from '../../app/ui/DueTag';
import { useClaims } from '../../auth/session';
import { formatShanghai } from '../../format/time';
import {
  type AdviceNoteFieldsFragment,
  useAdviceDepartmentsQuery,
  useAdviceNotesQuery,
} from '../../graphql/generated';
import { useNow } from '../department/use-now';
import { actorName, adviceDueState } from './advice-state';
import { RespondForm } from './RespondForm';
import { WriteAdviceForm } from './WriteAdviceForm';

const PAGE = 20;
type Filter = 'all' | 'awaiting' | 'answered';

/**
 * 顾问团 advice notes: an adviser writes and follows its own; a department's desk answers those
 * addressed to it in writing; the office, supervisors and leaders read them all. Each note shows
 * whether it was answered, when it is due, and whether it is overdue or was escalated.
 */
export function AdviceNotesPage() {
  const { t } = useTranslation('advice');
  const { role } = useClaims();
  const [filter, setFilter] = useState<Filter>(role === 'DEPARTMENT_STAFF' ? 'awaiting' : 'all');
  const awaitingResponse = filter === 'all' ? null : filter === 'awaiting';
  const { data, loading, error, refetch, fetchMore } = useAdviceNotesQuery({
    variables: { first: PAGE, awaitingResponse },
  });
  const departments = useAdviceDepartmentsQuery();
  const departmentName = (code: string) =>
    departments.data?.departments.nodes.find((department) => department.code === code)?.name ??
    code;
  const notes = data?.adviceNotes.nodes ?? [];
  const pageInfo = data?.adviceNotes.pageInfo;
  return (
    <section className="page desk-page">
      <h1>{t(`title.${role === 'DEPARTMENT_STAFF' ? 'desk' : 'notes'}`)}</h1>
      <p className="muted">
        {t(
          `intro.${role === 'DEPARTMENT_STAFF' ? 'desk' : role === 'ADVISER' ? 'adviser' : 'reader'}`,
        )}
      </p>
      {role === 'ADVISER' ? (
        <WriteAdviceForm
          departments={departments.data?.departments.nodes ?? []}
          onWritten={() => void refetch()}
        />
      ) : null}
      <Segmented<Filter>
        aria-label={t('filter.label')}
        value={filter}
        onChange={setFilter}
        options={(['all', 'awaiting', 'answered'] as const).map((value) => ({
          value,
          label: t(`filter.${value}`),
        }))}
      />
      <ListState
        loading={loading}
        error={error}
        empty={notes.length === 0}
        emptyText={t('empty')}
        onRetry={() => void refetch()}
      >
        <p>{t('total', { count: data?.adviceNotes.totalCount ?? 0 })}</p>
        <Space direction="vertical" className="desk-stack">
          {notes.map((note) => (
            <NoteCard
              key={note.id}
              note={note}
              departmentName={departmentName(note.departmentCode)}
              mayRespond={role === 'DEPARTMENT_STAFF'}
            />
          ))}
        </Space>
        {pageInfo?.hasNextPage ? (
          <Button
            onClick={() =>
              void fetchMore({
                variables: { first: PAGE, after: pageInfo.endCursor, awaitingResponse },
              })
            }
          >
            {t('more')}
          </Button>
        ) : null}
      </ListState>
    </section>
  );
}

function NoteCard({
  note,
  departmentName,
  mayRespond,
}: {
  note: AdviceNoteFieldsFragment;
  departmentName: string;
  mayRespond: boolean;
}) {
  const { t } = useTranslation('advice');
  const now = useNow();
  const state = adviceDueState(note, now);
  return (
    <Card
      title={note.title}
      extra={
        <span>
          <DueTag state={state} /> {t(note.response ? 'state.answered' : 'state.awaiting')}
        </span>
      }
    >
      <p className="muted">
        {t('to', { department: departmentName })} · {t('from', { author: actorName(note.author) })}{' '}
        · {t('writtenAt')} {formatShanghai(note.writtenAt)} · {t('respondBy')}{' '}
        {formatShanghai(note.respondBy)}
      </p>
      <p className="advice-content">{note.content}</p>
      {note.escalatedAt ? (
        <p role="note" className="advice-escalated">
          {t('escalated', { at: formatShanghai(note.escalatedAt) })}
        </p>
      ) : null}
      {note.response ? (
        <div className="advice-response">
          <h3>{t('response.title')}</h3>
          <p>{note.response}</p>
          <p className="muted">
            {note.respondedBy ? actorName(note.respondedBy) : ''} ·{' '}
            {note.respondedAt ? formatShanghai(note.respondedAt) : ''}
          </p>
        </div>
      ) : mayRespond ? (
        <RespondForm note={note} />
      ) : null}
    </Card>
  );
}

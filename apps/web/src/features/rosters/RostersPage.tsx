import { Table, Tabs } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import {
  type RosterAdvisersQuery,
  type RosterExperienceOfficersQuery,
  type RosterSupervisorsQuery,
  useRosterAdvisersQuery,
  useRosterExperienceOfficersQuery,
  useRosterSupervisorsQuery,
} from '../../graphql/generated';

const PAGE_SIZE = 20;
type Team = 'supervisors' | 'officers' | 'advisers';

/**
 * 三支队伍: the rosters of 监督员, 体验官 and 顾问团, read-only, a page at a time with the total.
 * Phone numbers are shown as the server gives them: in full, masked, or not at all.
 */
export function RostersPage() {
  const { t } = useTranslation('rosters');
  const [team, setTeam] = useState<Team>('supervisors');
  return (
    <section className="page desk-page">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <Tabs
        activeKey={team}
        onChange={(key) => setTeam(key as Team)}
        items={[
          { key: 'supervisors', label: t('tab.supervisors'), children: <Supervisors /> },
          { key: 'officers', label: t('tab.officers'), children: <Officers /> },
          { key: 'advisers', label: t('tab.advisers'), children: <Advisers /> },
        ]}
      />
    </section>
  );
}

/**
 * Pages through the server's cursor: page n is fetched from the end cursor of page n − 1, learnt when
 * page n − 1 arrived, so the pager moves one page forward at a time and back to any page seen.
 */
function useCursorPages() {
  // The end cursor each fetched page answered, keyed by the cursor it was fetched after ('' first).
  const [nextAfter, setNextAfter] = useState<Record<string, string>>({});
  const [page, setPage] = useState(1);
  const cursorOf = (wanted: number): string | null | undefined => {
    let cursor: string | null = null;
    for (let step = 1; step < wanted; step += 1) {
      const next: string | undefined = nextAfter[cursor ?? ''];
      if (!next) return undefined;
      cursor = next;
    }
    return cursor;
  };
  const after = cursorOf(page) ?? null;
  return {
    page,
    after,
    goTo: (wanted: number) => {
      if (cursorOf(wanted) !== undefined) setPage(wanted);
    },
    /** Records the end cursor of the page fetched after `from`. */
    learn: (from: string | null, endCursor: string | null | undefined) => {
      if (endCursor && nextAfter[from ?? ''] !== endCursor)
        setNextAfter((known) => ({ ...known, [from ?? '']: endCursor }));
    },
  };
}

type Paging = { page: number; goTo: (page: number) => void };

function phoneColumn<T extends { phone?: string | null }>(
  t: (key: string) => string,
): ColumnsType<T>[number] {
  return {
    title: t('column.phone'),
    key: 'phone',
    render: (_, member) => member.phone ?? t('notShown'),
  };
}

function statusColumn<T extends { status: string }>(
  t: (key: string) => string,
): ColumnsType<T>[number] {
  return {
    title: t('column.status'),
    key: 'status',
    render: (_, member) => t(`status.${member.status}`),
  };
}

function RosterTable<T extends { id: string }>(props: {
  label: string;
  rows: readonly T[];
  total: number;
  loading: boolean;
  error: unknown;
  retry: () => void;
  paging: Paging;
  columns: ColumnsType<T>;
}) {
  const { t } = useTranslation('rosters');
  return (
    <ListState
      loading={props.loading}
      error={props.error}
      empty={props.rows.length === 0}
      onRetry={props.retry}
    >
      <p>{t('total', { count: props.total })}</p>
      <Table<T>
        aria-label={props.label}
        rowKey="id"
        loading={props.loading}
        dataSource={[...props.rows]}
        columns={props.columns}
        scroll={{ x: true }}
        pagination={{
          current: props.paging.page,
          pageSize: PAGE_SIZE,
          total: props.total,
          showSizeChanger: false,
          // A cursor reaches the next page only; further pages open one after another.
          onChange: (next) => {
            props.paging.goTo(next);
          },
        }}
      />
    </ListState>
  );
}

function Supervisors() {
  const { t } = useTranslation('rosters');
  const paging = useCursorPages();
  const { data, loading, error, refetch } = useRosterSupervisorsQuery({
    variables: { first: PAGE_SIZE, after: paging.after },
  });
  const endCursor = data?.supervisors.pageInfo.endCursor;
  useEffect(() => paging.learn(paging.after, endCursor), [paging, endCursor]);
  type Row = RosterSupervisorsQuery['supervisors']['nodes'][number];
  return (
    <RosterTable<Row>
      label={t('tab.supervisors')}
      rows={data?.supervisors.nodes ?? []}
      total={data?.supervisors.totalCount ?? 0}
      loading={loading}
      error={error}
      retry={() => void refetch()}
      paging={paging}
      columns={[
        { title: t('column.name'), dataIndex: 'name' },
        { title: t('column.group'), key: 'group', render: (_, row) => t(`group.${row.group}`) },
        { title: t('column.affiliation'), dataIndex: 'affiliation' },
        {
          title: t('column.term'),
          key: 'term',
          render: (_, row) => `${row.termStart} — ${row.termEnd}`,
        },
        statusColumn<Row>(t),
        phoneColumn<Row>(t),
      ]}
    />
  );
}

function Officers() {
  const { t } = useTranslation('rosters');
  const paging = useCursorPages();
  const { data, loading, error, refetch } = useRosterExperienceOfficersQuery({
    variables: { first: PAGE_SIZE, after: paging.after },
  });
  const endCursor = data?.experienceOfficers.pageInfo.endCursor;
  useEffect(() => paging.learn(paging.after, endCursor), [paging, endCursor]);
  type Row = RosterExperienceOfficersQuery['experienceOfficers']['nodes'][number];
  return (
    <RosterTable<Row>
      label={t('tab.officers')}
      rows={data?.experienceOfficers.nodes ?? []}
      total={data?.experienceOfficers.totalCount ?? 0}
      loading={loading}
      error={error}
      retry={() => void refetch()}
      paging={paging}
      columns={[
        { title: t('column.name'), dataIndex: 'name' },
        {
          title: t('column.enterprise'),
          key: 'enterprise',
          render: (_, row) => `${row.enterpriseName}${row.sampleEnterprise ? t('sample') : ''}`,
        },
        {
          title: t('column.term'),
          key: 'term',
          render: (_, row) => `${row.termStart} — ${row.termEnd}`,
        },
        statusColumn<Row>(t),
        phoneColumn<Row>(t),
      ]}
    />
  );
}

function Advisers() {
  const { t } = useTranslation('rosters');
  const paging = useCursorPages();
  const { data, loading, error, refetch } = useRosterAdvisersQuery({
    variables: { first: PAGE_SIZE, after: paging.after },
  });
  const endCursor = data?.advisers.pageInfo.endCursor;
  useEffect(() => paging.learn(paging.after, endCursor), [paging, endCursor]);
  type Row = RosterAdvisersQuery['advisers']['nodes'][number];
  return (
    <RosterTable<Row>
      label={t('tab.advisers')}
      rows={data?.advisers.nodes ?? []}
      total={data?.advisers.totalCount ?? 0}
      loading={loading}
      error={error}
      retry={() => void refetch()}
      paging={paging}
      columns={[
        { title: t('column.name'), dataIndex: 'name' },
        { title: t('column.expertise'), dataIndex: 'expertise' },
        { title: t('column.affiliation'), dataIndex: 'affiliation' },
        statusColumn<Row>(t),
        phoneColumn<Row>(t),
      ]}
    />
  );
}

import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { formatShanghai } from '../../format/time';
import { type RoastSessionQuery, useRoastSessionQuery } from '../../graphql/generated';
import { RecordComplaintForm } from './RecordComplaintForm';
import { APPEAL_READERS, ORGANISERS } from './roles';

type Complaint = RoastSessionQuery['roastSession']['report']['complaints'][number];

/** One 吐槽大会: when and where, who attended, recording a complaint (the office), and the report. */
export function RoastSessionPage() {
  const { t } = useTranslation('experience');
  const { role } = useClaims();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useRoastSessionQuery({ variables: { id } });
  const session = data?.roastSession;
  const opensAppeal = APPEAL_READERS.includes(role);
  return (
    <section className="page desk-page">
      <p>
        <Link to="/roast">{t('session.back')}</Link>
      </p>
      <ListState loading={loading} error={error} empty={!session} onRetry={() => void refetch()}>
        {session ? (
          <>
            <h1>{t('session.title', { day: session.heldOn })}</h1>
            <dl className="facts">
              <dt>{t('session.heldOn')}</dt>
              <dd>{session.heldOn}</dd>
              <dt>{t('session.place')}</dt>
              <dd>{session.place}</dd>
              {session.topic ? (
                <>
                  <dt>{t('session.topic')}</dt>
                  <dd>{session.topic}</dd>
                </>
              ) : null}
              <dt>{t('session.createdBy')}</dt>
              <dd>{session.createdBy}</dd>
            </dl>
            <h2>{t('session.officers')}</h2>
            <ul aria-label={t('session.officers')}>
              {session.attendingOfficers.map((officer) => (
                <li key={officer.id}>
                  {officer.name}（{officer.enterpriseName}
                  {officer.sampleEnterprise ? t('session.sample') : ''}）
                </li>
              ))}
            </ul>
            {ORGANISERS.includes(role) ? (
              <RecordComplaintForm session={session} onRecorded={() => void refetch()} />
            ) : null}
            <h2>{t('report.title')}</h2>
            <p>
              {t('session.progress', {
                count: session.report.complaintCount,
                closed: session.report.closedCount,
              })}
            </p>
            <Table<Complaint>
              aria-label={t('report.title')}
              rowKey="complaintId"
              pagination={false}
              locale={{ emptyText: t('report.empty') }}
              dataSource={[...session.report.complaints]}
              columns={[
                {
                  title: t('report.complaint'),
                  key: 'title',
                  render: (_, complaint) =>
                    opensAppeal ? (
                      <Link to={`/roast/appeals/${complaint.appealId}`}>{complaint.title}</Link>
                    ) : (
                      complaint.title
                    ),
                },
                { title: t('report.officer'), dataIndex: 'officerName' },
                {
                  title: t('report.recordedAt'),
                  key: 'recordedAt',
                  render: (_, complaint) => formatShanghai(complaint.recordedAt),
                },
                {
                  title: t('report.status'),
                  key: 'status',
                  render: (_, complaint) => t(`appeals:status.${complaint.status}`),
                },
                {
                  title: t('report.closedAt'),
                  key: 'closedAt',
                  render: (_, complaint) =>
                    complaint.closedAt ? formatShanghai(complaint.closedAt) : '—',
                },
              ]}
            />
          </>
        ) : null}
      </ListState>
    </section>
  );
}

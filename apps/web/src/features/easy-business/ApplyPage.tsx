import { Button, Form, Input, List, Radio, SearchBar, Space, Tabs, TextArea } from 'antd-mobile';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { graphQLErrorDetails } from '../../graphql/client';
import {
  type ServiceChannel,
  type ServiceMatterListQuery,
  useApplyForServiceMatterMutation,
  useServiceMatterListQuery,
} from '../../graphql/generated';
import { defaultChoices, choicesFor, type MaterialChoice, materialLists } from './material-plan';
import { MyApplications } from './MyApplications';
import './easy-business.css';

type Matter = ServiceMatterListQuery['serviceMatters']['nodes'][number];

/** 易企办 for the enterprise: find a matter of the list, apply (免证, 容缺, 承诺 as it allows), follow 我的办件. */
export function ApplyPage() {
  const { t } = useTranslation('easyBusiness');
  const [tab, setTab] = useState('apply');
  const [search, setSearch] = useState('');
  const [matter, setMatter] = useState<Matter | undefined>();
  const matters = useServiceMatterListQuery({
    variables: { first: 100, filter: search ? { search } : null },
  });
  const list = matters.data?.serviceMatters.nodes ?? [];
  return (
    <section className="page easy-business">
      <h1>{t('title')}</h1>
      <Tabs activeKey={tab} onChange={setTab}>
        <Tabs.Tab title={t('tabs.apply')} key="apply">
          {matter ? (
            <ApplyForm
              matter={matter}
              onBack={() => setMatter(undefined)}
              onApplied={() => {
                setMatter(undefined);
                setTab('mine');
              }}
            />
          ) : (
            <>
              <SearchBar
                placeholder={t('search')}
                onSearch={setSearch}
                onClear={() => setSearch('')}
                aria-label={t('search')}
              />
              <ListState
                loading={matters.loading}
                error={matters.error}
                empty={list.length === 0}
                emptyText={t('noMatters')}
                onRetry={() => void matters.refetch()}
              >
                <List
                  header={t('listCount', { count: matters.data?.serviceMatters.totalCount ?? 0 })}
                >
                  {list.map((item) => (
                    <List.Item
                      key={item.id}
                      onClick={() => setMatter(item)}
                      description={`${item.code} · ${t('promised', { days: item.promisedDays, legal: item.legalDays })}`}
                      extra={item.modes.map((mode) => t(`modeShort.${mode}`)).join(' ')}
                    >
                      {item.name}
                    </List.Item>
                  ))}
                </List>
              </ListState>
            </>
          )}
        </Tabs.Tab>
        <Tabs.Tab title={t('tabs.mine')} key="mine">
          <MyApplications />
        </Tabs.Tab>
      </Tabs>
    </section>
  );
}

function ApplyForm(props: { matter: Matter; onBack: () => void; onApplied: () => void }) {
  const { t } = useTranslation('easyBusiness');
  const { matter } = props;
  const [choices, setChoices] = useState<Record<string, MaterialChoice>>(() =>
    defaultChoices(matter.materials, matter.modes),
  );
  const [channel, setChannel] = useState<ServiceChannel>(matter.channels[0] ?? 'ONLINE');
  const [supplyBy, setSupplyBy] = useState('');
  const [commitment, setCommitment] = useState('');
  const [signer, setSigner] = useState('');
  const [apply, applying] = useApplyForServiceMatterMutation({
    refetchQueries: ['ServiceApplicationList'],
  });
  const lists = useMemo(() => materialLists(choices), [choices]);
  const error = applying.error ? graphQLErrorDetails(applying.error) : undefined;
  const submit = async () => {
    try {
      await apply({
        variables: {
          input: {
            matterCode: matter.code,
            channel,
            submittedMaterials: lists.submittedMaterials,
            deferredMaterials: lists.deferredMaterials,
            supplyBy: supplyBy ? new Date(`${supplyBy}:00+08:00`).toISOString() : null,
            commitment:
              lists.committedMaterials.length > 0
                ? { materials: lists.committedMaterials, text: commitment, signerName: signer }
                : null,
          },
        },
      });
      props.onApplied();
    } catch {
      // Shown below the form, on the field the server named.
    }
  };
  const fieldError = (field: string) =>
    error?.field === field || error?.field?.startsWith(`${field}.`) ? error.message : undefined;
  return (
    <Form
      layout="vertical"
      footer={
        <Space direction="vertical" block>
          {error &&
          !['supplyBy', 'commitment.text', 'commitment.signerName'].includes(error.field ?? '') ? (
            <div role="alert" className="form-error">
              {t(`errors.${error.code ?? 'fallback'}`, { defaultValue: t('errors.fallback') })}:{' '}
              {error.message}
            </div>
          ) : null}
          <Button
            block
            color="primary"
            size="large"
            loading={applying.loading}
            onClick={() => void submit()}
          >
            {t('apply')}
          </Button>
          <Button block fill="none" onClick={props.onBack}>
            {t('back')}
          </Button>
        </Space>
      }
    >
      <Form.Header>
        {matter.name}（{matter.code}）·{' '}
        {t('promised', { days: matter.promisedDays, legal: matter.legalDays })}
      </Form.Header>
      <Form.Item label={t('channel')}>
        <Radio.Group value={channel} onChange={(value) => setChannel(value as ServiceChannel)}>
          <Space>
            {matter.channels.map((option) => (
              <Radio key={option} value={option}>
                {t(`channels.${option}`)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      {matter.materials.map((material) => (
        <Form.Item key={material.code} label={material.name}>
          <Radio.Group
            value={choices[material.code] ?? null}
            onChange={(value) =>
              setChoices({ ...choices, [material.code]: value as MaterialChoice })
            }
          >
            <Space wrap>
              {choicesFor(material, matter.modes).map((choice) => (
                <Radio key={choice} value={choice}>
                  {t(`choice.${choice}`)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
      ))}
      {lists.deferredMaterials.length > 0 ? (
        <Form.Item
          label={t('supplyBy')}
          help={t('supplyByHelp')}
          description={fieldError('supplyBy')}
        >
          <Input
            type="datetime-local"
            value={supplyBy}
            onChange={setSupplyBy}
            aria-label={t('supplyBy')}
          />
        </Form.Item>
      ) : null}
      {lists.committedMaterials.length > 0 ? (
        <>
          <Form.Item label={t('commitmentText')} description={fieldError('commitment.text')}>
            <TextArea
              value={commitment}
              onChange={setCommitment}
              rows={3}
              placeholder={t('commitmentPlaceholder')}
              aria-label={t('commitmentText')}
            />
          </Form.Item>
          <Form.Item label={t('signer')} description={fieldError('commitment.signerName')}>
            <Input value={signer} onChange={setSigner} aria-label={t('signer')} />
          </Form.Item>
        </>
      ) : null}
    </Form>
  );
}

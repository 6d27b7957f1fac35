import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  List,
  Segmented,
  Select,
  Space,
  Switch,
  Tag,
  Upload,
} from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  supervisionAreaNames,
  supervisionAreas,
  supervisionChecklists,
  type SupervisionArea,
  type SupervisionReport,
} from '../../../shared/supervision.js';
import { errorMessage } from '../../app/api.js';
import {
  uploadPhoto,
  useAddObservation,
  useReportAction,
  useSaveReport,
  useSupervisionTeam,
  useSupervisionTeams,
} from './api.js';
import { ObservationList, TeamSignatures } from './ReportView.js';

/**
 * 我的督导 (R-SUP-02/03, the supervisor, phone first): the batches it supervises; per batch an observation form with
 * the area's checklist, notes, photos and a breach stopped and reported; the team's report with 签名 and 提交.
 */
export function MySupervisionPage() {
  const list = useSupervisionTeams();
  const [open, setOpen] = useState<{ batchId: string; siteId: string } | null>(null);
  if (open) return <TeamPage team={open} back={() => setOpen(null)} />;
  return (
    <PageContainer title="我的督导">
      {!list.isLoading && !list.data?.items.length && <Empty description="暂无督导任务" />}
      <List
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        renderItem={(t) => (
          <Card
            key={`${t.batchId}/${t.siteId}`}
            size="small"
            style={{ marginBottom: 12 }}
            title={t.batchTitle}
            onClick={() => setOpen({ batchId: t.batchId, siteId: t.siteId })}
            hoverable
          >
            <Space wrap>
              <span>考点：{t.siteName}</span>
              <span>报告期限：{t.dueOn}</span>
              {t.overdue && <Tag color="red">已逾期</Tag>}
              <Tag color={t.state === 'submitted' ? 'green' : 'default'}>{t.stateName}</Tag>
              <span>
                签名 {t.signed}/{t.team.length}
              </span>
            </Space>
          </Card>
        )}
      />
    </PageContainer>
  );
}

function TeamPage({ team, back }: { team: { batchId: string; siteId: string }; back: () => void }) {
  const detail = useSupervisionTeam(team);
  const [tab, setTab] = useState<'observe' | 'report' | 'records'>('observe');
  const r = detail.data;
  return (
    <PageContainer title={r?.batchTitle ?? '督导任务'} onBack={back} subTitle={r?.siteName}>
      <Segmented
        block
        value={tab}
        onChange={(v) => setTab(v as typeof tab)}
        options={[
          { value: 'observe', label: '现场督导' },
          { value: 'report', label: '督导报告' },
          { value: 'records', label: `已记录（${r?.observations ?? 0}）` },
        ]}
        style={{ marginBottom: 12 }}
      />
      {r && tab === 'observe' && <ObservationForm report={r} done={() => setTab('records')} />}
      {r && tab === 'report' && <ReportForm report={r} />}
      {r && tab === 'records' && <ObservationList items={r.observationList} />}
    </PageContainer>
  );
}

function ObservationForm({ report, done }: { report: SupervisionReport; done: () => void }) {
  const { message } = App.useApp();
  const add = useAddObservation();
  const [aspect, setAspect] = useState<SupervisionArea>('order');
  const [checks, setChecks] = useState<Record<string, { ok: boolean; note: string }>>({});
  const [notes, setNotes] = useState('');
  const [photos, setPhotos] = useState<{ id: string; name: string }[]>([]);
  const [breach, setBreach] = useState(false);
  const [stopped, setStopped] = useState('');
  const items = supervisionChecklists[aspect];
  const submit = async () => {
    try {
      await add.mutateAsync({
        batchId: report.batchId,
        siteId: report.siteId,
        body: {
          aspect,
          checklist: items.map((item) => ({ item, ok: checks[item]?.ok ?? true, note: checks[item]?.note ?? '' })),
          notes,
          photoFileIds: photos.map((p) => p.id),
          breach,
          stopped: breach ? stopped : '',
        },
      });
      message.success(breach ? '已记录，违规情况已报告中心' : '已记录');
      setChecks({});
      setNotes('');
      setPhotos([]);
      setBreach(false);
      setStopped('');
      done();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card size="small">
      <Form layout="vertical">
        <Form.Item label="督导项目">
          <Select
            value={aspect}
            onChange={(v) => {
              setAspect(v);
              setChecks({});
            }}
            options={supervisionAreas.map((a) => ({ value: a, label: supervisionAreaNames[a] }))}
          />
        </Form.Item>
        <Form.Item label="检查清单">
          <List
            size="small"
            bordered
            dataSource={items}
            renderItem={(item) => {
              const c = checks[item] ?? { ok: true, note: '' };
              return (
                <List.Item style={{ display: 'block' }}>
                  <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                    <span>{item}</span>
                    <Switch
                      checkedChildren="符合"
                      unCheckedChildren="不符合"
                      checked={c.ok}
                      aria-label={item}
                      onChange={(ok) => setChecks({ ...checks, [item]: { ...c, ok } })}
                    />
                  </Space>
                  {!c.ok && (
                    <Input
                      style={{ marginTop: 6 }}
                      placeholder="说明"
                      value={c.note}
                      onChange={(e) => setChecks({ ...checks, [item]: { ...c, note: e.target.value } })}
                    />
                  )}
                </List.Item>
              );
            }}
          />
        </Form.Item>
        <Form.Item label="督导记录" htmlFor="obs-notes">
          <Input.TextArea id="obs-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </Form.Item>
        <Form.Item label="现场照片">
          <Upload
            accept="image/*"
            capture="environment"
            listType="picture"
            fileList={photos.map((p) => ({ uid: p.id, name: p.name, status: 'done' as const }))}
            onRemove={(f) => setPhotos(photos.filter((p) => p.id !== f.uid))}
            customRequest={async ({ file, onSuccess, onError }) => {
              try {
                const row = await uploadPhoto(file as File);
                setPhotos((ps) => [...ps, { id: row.id, name: row.name }]);
                onSuccess?.(row);
              } catch (e) {
                message.error(errorMessage(e));
                onError?.(e as Error);
              }
            }}
            showUploadList={false}
          >
            <Button icon={<CameraOutlined />}>拍照 / 上传</Button>
          </Upload>
          {photos.length > 0 && (
            <div style={{ marginTop: 6 }}>
              已上传 {photos.length} 张：{photos.map((p) => p.name).join('、')}
            </div>
          )}
        </Form.Item>
        <Form.Item label="发现违规（制止并报告中心）">
          <Switch checked={breach} onChange={setBreach} aria-label="发现违规" />
        </Form.Item>
        {breach && (
          <Form.Item label="制止的行为" required htmlFor="obs-stopped">
            <Input.TextArea id="obs-stopped" rows={2} value={stopped} onChange={(e) => setStopped(e.target.value)} />
          </Form.Item>
        )}
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="督导员可制止违规并提出处理建议，但不干预评分。"
        />
        <Button type="primary" block size="large" loading={add.isPending} onClick={submit}>
          保存督导记录
        </Button>
      </Form>
    </Card>
  );
}

function ReportForm({ report }: { report: SupervisionReport }) {
  const { message } = App.useApp();
  const save = useSaveReport();
  const action = useReportAction();
  const [form] = Form.useForm();
  const locked = report.signed > 0 || report.state === 'submitted';
  const me = report.team.find((m) => m.me);
  const allSigned = report.signed === report.team.length;
  const run = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      message.success(ok);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const path = { batchId: report.batchId, siteId: report.siteId };
  return (
    <Card size="small">
      <Space direction="vertical" style={{ width: '100%' }}>
        <div>
          报告期限：{report.dueOn} 前 {report.overdue && <Tag color="red">已逾期</Tag>}
          <Tag color={report.state === 'submitted' ? 'green' : 'default'}>{report.stateName}</Tag>
        </div>
        <Form
          form={form}
          layout="vertical"
          disabled={locked}
          initialValues={{ findings: report.findings, problems: report.problems, suggestions: report.suggestions }}
        >
          <Form.Item name="findings" label="督导情况">
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="problems" label="存在问题">
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="suggestions" label="改进建议">
            <Input.TextArea rows={3} />
          </Form.Item>
          {!locked && (
            <Button
              block
              onClick={() =>
                run(async () => {
                  const v = form.getFieldsValue();
                  await save.mutateAsync({
                    ...path,
                    body: { findings: v.findings ?? '', problems: v.problems ?? '', suggestions: v.suggestions ?? '' },
                  });
                }, '已保存')
              }
            >
              保存报告
            </Button>
          )}
        </Form>
        <TeamSignatures report={report} />
        {report.state === 'open' && me && !me.signedAt && (
          <Button
            type="primary"
            block
            size="large"
            onClick={() => run(() => action.mutateAsync({ ...path, action: 'sign' }), '已签名')}
          >
            签名
          </Button>
        )}
        {report.state === 'open' && (
          <Button
            block
            size="large"
            disabled={!allSigned}
            onClick={() => run(() => action.mutateAsync({ ...path, action: 'submit' }), '督导报告已提交')}
          >
            提交督导报告{allSigned ? '' : '（全体成员签名后）'}
          </Button>
        )}
      </Space>
    </Card>
  );
}

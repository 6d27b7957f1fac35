import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Segmented,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import type { ColumnsType } from 'antd/es/table';
import { examModeNames, type ExamMode, type ExamSettings } from '../../../shared/exams.js';
import type { ExamSittingRow, PrepareResponse } from '../../../shared/exams-console.js';
import { sittingKindNames } from '../../../shared/plans.js';
import { ApiError, errorMessage } from '../../app/api.js';
import { useExamSittings, usePrepareSitting, useSetExamMode } from './api.console.js';
import { useExamSettings, useSaveExamSettings } from './api.day.js';
import { dayTime } from './format.js';

/**
 * 机考准备 (R-EXAM-02, the centre): the sittings of published arrangements — a theory sitting switches between 纸笔
 * and 机考, and 准备机考 makes every seat's attempt from its published form (the missing forms are listed when any
 * is missing) — and the exam-day settings (R-EXAM-01's minutes, the grace after the end, the offline time).
 */
export function ExamSittingsPage() {
  return (
    <PageContainer
      title="机考准备"
      content="已发布考场安排的场次：理论知识考试可改为机考，准备机考后为每位考生生成答卷（各自的试卷，开考时解锁）。"
    >
      <Sittings />
      <SettingsCard />
    </PageContainer>
  );
}

type PrepareOutcome = { ok: PrepareResponse } | { error: string; missing: string[] };

/** The names a refused preparation lists (the server's details: strings or objects naming the candidate). */
function missingOf(e: unknown): string[] {
  if (!(e instanceof ApiError)) return [];
  const d = e.details as unknown;
  const list = Array.isArray(d)
    ? d
    : d && typeof d === 'object' && 'missing' in d
      ? (d as { missing: unknown }).missing
      : [];
  if (!Array.isArray(list)) return [];
  return list.map((x) =>
    typeof x === 'string'
      ? x
      : x && typeof x === 'object'
        ? String(
            (x as Record<string, unknown>).message ??
              [
                (x as Record<string, unknown>).roomName,
                (x as Record<string, unknown>).seatNo != null ? `${(x as Record<string, unknown>).seatNo} 号` : '',
                (x as Record<string, unknown>).name,
              ]
                .filter(Boolean)
                .join(' '),
          )
        : String(x),
  );
}

function Sittings() {
  const list = useExamSittings();
  const setMode = useSetExamMode();
  const prepare = usePrepareSitting();
  const { message } = App.useApp();
  const [outcome, setOutcome] = useState<PrepareOutcome | null>(null);

  const changeMode = (s: ExamSittingRow, mode: ExamMode) =>
    setMode
      .mutateAsync({ sittingId: s.sittingId, mode })
      .then(() => message.success(`已改为${examModeNames[mode]}`))
      .catch((e) => message.error(errorMessage(e)));
  const runPrepare = (s: ExamSittingRow) =>
    prepare
      .mutateAsync(s.sittingId)
      .then((ok) => setOutcome({ ok }))
      .catch((e) => setOutcome({ error: errorMessage(e), missing: missingOf(e) }));

  const columns: ColumnsType<ExamSittingRow> = [
    {
      title: '批次与场次',
      render: (_, s) => (
        <>
          <div>{s.batchTitle}</div>
          <Typography.Text type="secondary">{sittingKindNames[s.kind]}</Typography.Text>
        </>
      ),
    },
    { title: '时间', width: 170, render: (_, s) => `${s.day} ${s.startsAt}–${s.endsAt}` },
    { title: '考生', dataIndex: 'seats', width: 70 },
    {
      title: '考试方式',
      width: 190,
      render: (_, s) =>
        s.kind === 'theory' ? (
          <Segmented
            size="small"
            value={s.mode}
            disabled={s.started > 0 || setMode.isPending}
            onChange={(m) => changeMode(s, m as ExamMode)}
            options={[
              { value: 'paper', label: examModeNames.paper },
              { value: 'computer', label: examModeNames.computer },
            ]}
            data-testid="sitting-mode"
          />
        ) : (
          <Tag>{examModeNames[s.mode]}</Tag>
        ),
    },
    {
      title: '准备情况',
      width: 200,
      render: (_, s) =>
        s.mode !== 'computer' ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : s.preparedAt ? (
          <>
            <Tag color="green">已准备 {dayTime(s.preparedAt)}</Tag>
            <div>
              <Typography.Text type="secondary">
                答卷 {s.attempts} · 作答 {s.started} · 交卷 {s.submitted}
              </Typography.Text>
            </div>
          </>
        ) : (
          <Tag color="orange">未准备</Tag>
        ),
    },
    {
      title: '操作',
      width: 110,
      render: (_, s) =>
        s.mode === 'computer' &&
        s.started === 0 && (
          <Popconfirm
            title={s.preparedAt ? '重新准备？将按当前已发布的试卷重新生成答卷。' : '按已发布的试卷为每位考生生成答卷？'}
            okText="准备"
            cancelText="取消"
            onConfirm={() => runPrepare(s)}
          >
            <Button size="small" type="primary" loading={prepare.isPending} data-testid="sitting-prepare">
              准备机考
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Card size="small" title="场次" style={{ marginBottom: 16 }}>
      {list.error && <Alert type="error" showIcon message={errorMessage(list.error)} />}
      <Table<ExamSittingRow>
        rowKey="sittingId"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 860 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '没有已发布考场安排的场次' }}
        data-testid="sittings-table"
      />
      {outcome && (
        <Modal
          open
          title={'ok' in outcome ? '机考已准备' : '不能准备机考'}
          footer={<Button onClick={() => setOutcome(null)}>关闭</Button>}
          onCancel={() => setOutcome(null)}
          data-testid="prepare-result"
        >
          {'ok' in outcome ? (
            <>
              <Alert type="success" showIcon message={`已为 ${outcome.ok.attempts} 位考生生成答卷`} />
              <List
                size="small"
                dataSource={outcome.ok.rooms}
                renderItem={(r) => (
                  <List.Item key={r.roomId}>
                    <span>{r.roomName}</span>
                    <span>{r.seats} 人</span>
                  </List.Item>
                )}
              />
            </>
          ) : (
            <>
              <Alert type="error" showIcon message={outcome.error} />
              {outcome.missing.length > 0 && (
                <List
                  size="small"
                  header="缺少已发布试卷的考生"
                  dataSource={outcome.missing}
                  renderItem={(m, i) => <List.Item key={i}>{m}</List.Item>}
                  data-testid="prepare-missing"
                />
              )}
            </>
          )}
        </Modal>
      )}
    </Card>
  );
}

/** 考试实施设置 (R-EXAM-01 minutes, R-EXAM-02 grace and offline time). */
function SettingsCard() {
  const settings = useExamSettings();
  const save = useSaveExamSettings();
  const [form] = Form.useForm<ExamSettings>();
  const { message } = App.useApp();
  const earlyAllowed = Form.useWatch('earlyFinishAllowed', form);
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data.settings);
  }, [settings.data, form]);
  const submit = () =>
    form.validateFields().then((v) =>
      save.mutate(v, {
        onSuccess: () => message.success('已保存'),
        onError: (e) => message.error(errorMessage(e)),
      }),
    );
  const minutes = (name: keyof ExamSettings, label: string, extra: string, max: number, unit = '分钟') => (
    <Form.Item name={name} label={label} extra={extra} rules={[{ required: true, message: `请填写${label}` }]}>
      <InputNumber min={0} max={max} precision={0} addonAfter={unit} style={{ width: 180 }} />
    </Form.Item>
  );
  return (
    <Card size="small" title="考试实施设置" loading={settings.isLoading} style={{ maxWidth: 760 }}>
      {settings.error && <Alert type="error" showIcon message={errorMessage(settings.error)} />}
      <Form form={form} layout="vertical" data-testid="exam-settings">
        {minutes(
          'entryBeforeMinutes',
          '提前入场时间',
          '考生可于开考前此时间起凭准考证、身份证入场，默认 20 分钟。',
          120,
        )}
        {minutes(
          'entryCloseAfterMinutes',
          '开考后禁止入场时间',
          '开考超过此时间不得入场，按缺考处理，默认 30 分钟。',
          120,
        )}
        <Form.Item
          name="earlyFinishAllowed"
          label="允许提前交卷"
          valuePropName="checked"
          extra="《考场规则》：考试结束前不得交卷离场。"
        >
          <Switch />
        </Form.Item>
        {earlyAllowed && minutes('earlyFinishAfterMinutes', '开考后可交卷时间', '开考满此时间后方可交卷。', 600)}
        {minutes(
          'graceSeconds',
          '交卷宽限',
          '考试结束后此时间内仍接收答案与交卷（以服务器时间为准），默认 60 秒。',
          600,
          '秒',
        )}
        {minutes(
          'offlineMinutes',
          '断网可继续作答时间',
          '机考断网后考生可在本机继续作答的时间，恢复网络后自动提交，默认 60 分钟。',
          240,
        )}
        <Button type="primary" onClick={submit} loading={save.isPending} data-testid="exam-settings-save">
          保存
        </Button>
        {settings.data?.updatedByName && (
          <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
            {settings.data.updatedByName} 于 {dayTime(settings.data.updatedAt)} 修改
          </Typography.Text>
        )}
      </Form>
    </Card>
  );
}

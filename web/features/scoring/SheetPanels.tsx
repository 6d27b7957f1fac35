import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  List,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, EditOutlined, UploadOutlined } from '@ant-design/icons';
import { chinaDateTime, chinaInstant } from '../../../shared/custody.js';
import { sheetSignRoleNames, type ScoreSheet, type SheetSignRole } from '../../../shared/scoring.js';
import { ApiError, errorMessage, type FieldIssue } from '../../app/api.js';
import { applyServerErrors } from '../../app/forms.js';
import { ImportIssuesTable } from '../../components/ImportIssuesTable.js';
import { templateUrl, useImportEntries, useSetupSheet, useSignSheet } from './api.js';
import { dateTime } from './format.js';

const TIME = 'YYYY-MM-DD HH:mm';
/** Times are entered and shown as China wall-clock time, whatever the browser's zone. */
const toPicker = (iso: string | null) => (iso ? dayjs(chinaDateTime(iso), TIME) : null);
const fromPicker = (d: Dayjs | null | undefined) => (d ? chinaInstant(d.format(TIME)) : null);

type SetupValues = { paperId?: string | null; opens?: Dayjs | null; closes?: Dayjs | null };

/**
 * 评分设置 of a skill sitting: the published skill paper whose scoring sheet (评分记录表) the examiners mark on, and
 * the window in which marking is open (by default from the sitting's start for the settings' hours).
 */
export function SetupCard({ sheet }: { sheet: ScoreSheet }) {
  const [form] = Form.useForm<SetupValues>();
  const setup = useSetupSheet(sheet.sittingId);
  const { message } = App.useApp();
  const now = Date.now();
  const open =
    sheet.windowOpensAt && sheet.windowClosesAt
      ? now >= Date.parse(sheet.windowOpensAt) && now <= Date.parse(sheet.windowClosesAt) && !sheet.signedAt
      : false;
  const windowTag = open ? <Tag color="green">评分进行中</Tag> : <Tag>未在评分时间内</Tag>;

  if (!sheet.may.setup)
    return (
      <Card size="small" title="评分设置" data-testid="sheet-setup">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="评分试卷">{sheet.paper?.title ?? '未指定'}</Descriptions.Item>
          <Descriptions.Item label="评分时间">
            {dateTime(sheet.windowOpensAt)} 至 {dateTime(sheet.windowClosesAt)} {windowTag}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    );

  return (
    <Card size="small" title="评分设置" extra={windowTag} data-testid="sheet-setup">
      {!sheet.paper && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="尚未指定评分所用的操作技能试卷，考评员无法评分。"
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          paperId: sheet.paper?.id ?? null,
          opens: toPicker(sheet.windowOpensAt),
          closes: toPicker(sheet.windowClosesAt),
        }}
        onFinish={async (v) => {
          try {
            await setup.mutateAsync({
              paperId: v.paperId ?? null,
              windowOpensAt: fromPicker(v.opens),
              windowClosesAt: fromPicker(v.closes),
            });
            message.success('评分设置已保存');
          } catch (e) {
            const rest = applyServerErrors(form, e, ['paperId']);
            if (rest) message.error(rest);
          }
        }}
      >
        <Form.Item
          name="paperId"
          label="评分试卷（评分记录表）"
          rules={[{ required: true, message: '请选择评分所用的操作技能试卷' }]}
          extra={sheet.paperChoices.length ? undefined : '本职业还没有已发布的操作技能试卷'}
        >
          <Select
            placeholder="选择本职业已发布的操作技能试卷"
            options={sheet.paperChoices.map((p) => ({ value: p.id, label: p.title }))}
            style={{ maxWidth: 520 }}
            data-testid="setup-paper"
          />
        </Form.Item>
        <Space wrap align="start" size={16}>
          <Form.Item name="opens" label="评分开始时间" rules={[{ required: true, message: '请选择评分开始时间' }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format={TIME} style={{ width: 200 }} data-testid="setup-opens" />
          </Form.Item>
          <Form.Item
            name="closes"
            label="评分结束时间"
            dependencies={['opens']}
            rules={[
              { required: true, message: '请选择评分结束时间' },
              ({ getFieldValue }) => ({
                validator: async (_, v: Dayjs | null) => {
                  const o = getFieldValue('opens') as Dayjs | null;
                  if (o && v && !v.isAfter(o)) throw new Error('结束时间应晚于开始时间');
                },
              }),
            ]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format={TIME}
              style={{ width: 200 }}
              data-testid="setup-closes"
            />
          </Form.Item>
        </Space>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={setup.isPending} data-testid="setup-save">
            保存评分设置
          </Button>
          <Button onClick={() => form.setFieldValue('opens', dayjs(chinaDateTime(new Date()), TIME))}>
            从现在开始评分
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

const importFieldNames: Record<string, string> = {
  ticketNumber: '准考证号',
  name: '姓名',
  score: '成绩',
  file: '文件',
};

/** R-SCORE-01: import in the authority's result-sheet layout (准考证号, 姓名, 成绩; 缺考 as its own value), all or nothing. */
export function ImportCard({ sittingId, mayTemplate }: { sittingId: string; mayTemplate: boolean }) {
  const importer = useImportEntries(sittingId);
  const { message } = App.useApp();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const upload = (file: File) => {
    setIssues([]);
    setSummary(null);
    importer.mutate(file, {
      onSuccess: (r) => message.success(`导入完成：${r.rows} 行，${r.changed} 名考生的成绩有变化`),
      onError: (e) => {
        const found = e instanceof ApiError ? e.fieldIssues : [];
        setIssues(found);
        setSummary(
          found.length > 1 || found[0]?.row
            ? `文件有 ${found.length} 处错误，未导入任何成绩，请按下表修改后重新上传`
            : errorMessage(e),
        );
      },
    });
  };
  return (
    <Card size="small" title="导入成绩" data-testid="sheet-import">
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          按成绩上报表格式：准考证号、姓名、成绩三列，缺考的考生成绩填“缺考”。文件有任何错误时不导入任何成绩。
        </Typography.Text>
        <Space wrap>
          {mayTemplate && (
            <Button icon={<DownloadOutlined />} href={templateUrl(sittingId)} data-testid="sheet-template">
              下载导入模板
            </Button>
          )}
          <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => (upload(f), false)}>
            <Button icon={<UploadOutlined />} loading={importer.isPending} data-testid="sheet-upload">
              上传成绩文件
            </Button>
          </Upload>
        </Space>
        {summary && <Alert type="error" showIcon message={summary} data-testid="sheet-import-error" />}
        {issues.length > 0 && (
          <ImportIssuesTable issues={issues} fieldNames={importFieldNames} testId="sheet-import-issues" />
        )}
      </Space>
    </Card>
  );
}

const signLabels: Record<SheetSignRole, string> = {
  leader: '以考评组组长身份签字',
  recorder: '以汇总记分员身份签字',
};

/** R-SCORE-04: the leader's and the recorder's signatures, in the product, with names and times. */
export function SignaturesCard({ sheet }: { sheet: ScoreSheet }) {
  const sign = useSignSheet(sheet.sittingId);
  const { message } = App.useApp();
  const roles: SheetSignRole[] = ['leader', 'recorder'];
  return (
    <Card size="small" title="签字" data-testid="sheet-signatures">
      <List
        size="small"
        dataSource={roles}
        renderItem={(role) => {
          const s = sheet.signatures.find((x) => x.role === role);
          return (
            <List.Item key={role} data-testid={`sheet-signature-${role}`}>
              <span>{sheetSignRoleNames[role]}</span>
              {s ? (
                <span>
                  {s.name} <Tag color="green">已签字 {dateTime(s.at)}</Tag>
                </span>
              ) : (
                <Tag>未签字</Tag>
              )}
            </List.Item>
          );
        }}
      />
      {sheet.may.sign.length > 0 && (
        <Space direction="vertical" size={8} style={{ marginTop: 8 }}>
          {sheet.counts.missing > 0 && (
            <Typography.Text type="warning">
              还有 {sheet.counts.missing} 名考生没有成绩，成绩齐全后才能签字。
            </Typography.Text>
          )}
          <Space wrap>
            {sheet.may.sign.map((role) => (
              <Popconfirm
                key={role}
                disabled={sheet.counts.missing > 0}
                title={`确认${signLabels[role]}？`}
                description="签字表示已核对本表全部成绩；组长和汇总记分员都签字后，成绩只能通过更正申请修改。"
                okText="签字"
                cancelText="取消"
                onConfirm={() =>
                  sign
                    .mutateAsync(role)
                    .then(() => message.success('已签字'))
                    .catch((e) => message.error(errorMessage(e)))
                }
              >
                <Button
                  type="primary"
                  icon={<EditOutlined />}
                  loading={sign.isPending}
                  disabled={sheet.counts.missing > 0}
                  data-testid={`sheet-sign-${role}`}
                >
                  {signLabels[role]}
                </Button>
              </Popconfirm>
            ))}
          </Space>
        </Space>
      )}
    </Card>
  );
}

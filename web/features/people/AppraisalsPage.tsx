import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Space, Tag, Typography } from 'antd';
import { ExportOutlined, PlusOutlined } from '@ant-design/icons';
import {
  ModalForm,
  PageContainer,
  ProFormDatePicker,
  ProFormDigit,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
  ProTable,
  ProFormDependency,
} from '@ant-design/pro-components';
import { appraisalGradeNames, examinerGradeNames, type AppraisalGrade } from '../../../shared/people.js';
import type { AppraisalRow } from '../../../shared/people-appraisal.js';
import { api, apiUrl, errorMessage, type ApiBody } from '../../app/api.js';
import { applyServerErrors } from '../../app/forms.js';
import { useAppraisals, useExaminers, useFinalizeYear, useStaffAction } from './api.js';

const gradeColor: Record<AppraisalGrade, string> = { excellent: 'green', good: 'blue', pass: 'default', fail: 'red' };

/** 考评员年度考核 (R-PPL-09): batch scores, the year's grade, finalisation (with dismissal) and the Excel table. */
export function AppraisalsPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const [keyword, setKeyword] = useState<string>();
  const { data, isFetching } = useAppraisals(year, keyword);
  const finalize = useFinalizeYear();
  const [scoring, setScoring] = useState(false);
  const { message, modal } = App.useApp();

  const confirmFinalize = () =>
    modal.confirm({
      title: `确定 ${year} 年度考核等次`,
      content:
        '按各批次认定分数加权平均评定等次；连续两次未参加或全年未参加为不合格；聘期内两个年度不合格者将被解聘并取消考评员资格（记入审计日志）。',
      okText: '确定',
      cancelText: '取消',
      onOk: async () => {
        try {
          const r = await finalize.mutateAsync(year);
          if (r.dismissed.length)
            Modal.warning({ title: '以下考评员已被解聘', content: r.dismissed.map((d) => d.name).join('、') });
          else message.success(`已确定 ${r.finalized} 名考评员的年度等次`);
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  return (
    <PageContainer title="考评员年度考核" content="90 分以上优秀，80–89 良好，60–79 合格，59 分及以下不合格。">
      <div data-testid="appraisals-page">
        <ProTable<AppraisalRow>
          rowKey="examinerId"
          search={false}
          options={false}
          loading={isFetching}
          dataSource={data?.items}
          scroll={{ x: 'max-content' }}
          headerTitle={
            // the year and the keyword stay together on the left; on a phone they wrap under each other
            <Space wrap>
              <Space>
                年度
                <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
              </Space>
              <Input.Search
                allowClear
                placeholder="姓名、证书编号或批次"
                style={{ width: 220, maxWidth: '100%' }}
                onSearch={(v) => setKeyword(v.trim() || undefined)}
                data-testid="appraisals-search"
              />
            </Space>
          }
          toolBarRender={() => [
            // one wrapping row: on a phone the three buttons go under each other instead of past the edge
            <Space key="bar" wrap>
              <Button icon={<PlusOutlined />} onClick={() => setScoring(true)}>
                登记批次分数
              </Button>
              <Button icon={<ExportOutlined />} href={apiUrl('/appraisals/export', { query: { year } })}>
                导出考核评议表
              </Button>
              <Button type="primary" onClick={confirmFinalize} loading={finalize.isPending}>
                确定年度等次
              </Button>
            </Space>,
          ]}
          expandable={{
            expandedRowRender: (r) => (
              <Typography.Text type="secondary">
                {r.scores
                  .map(
                    (s) =>
                      `${s.batchDate} ${s.batchRef}：${s.attended ? `${s.score} 分（权重 ${s.weight}）` : '未参加'}`,
                  )
                  .join('；') || '本年度无批次记录'}
              </Typography.Text>
            ),
          }}
          columns={[
            { title: '姓名', dataIndex: 'name' },
            { title: '身份证号', dataIndex: 'idMasked' },
            { title: '级别', dataIndex: 'examinerGrade', render: (_, r) => examinerGradeNames[r.examinerGrade] },
            { title: '证书编号', dataIndex: 'certificateNumber' },
            { title: '参加/缺席', key: 'n', render: (_, r) => `${r.attendedCount} / ${r.missedCount}` },
            {
              title: '加权平均分',
              dataIndex: 'average',
              render: (_, r) => (r.average === null ? '—' : r.average.toFixed(2)),
            },
            {
              title: '等次',
              dataIndex: 'grade',
              render: (_, r) => (
                <Space>
                  <Tag color={gradeColor[r.grade]}>{appraisalGradeNames[r.grade]}</Tag>
                  {!r.finalized && <Tag>未确定</Tag>}
                  {r.dismissed && <Tag color="red">已解聘</Tag>}
                </Space>
              ),
            },
            { title: '说明', dataIndex: 'reason', render: (_, r) => r.reason ?? '—' },
          ]}
        />
      </div>
      {scoring && <ScoreForm onClose={() => setScoring(false)} />}
    </PageContainer>
  );
}

function ScoreForm({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm();
  const examiners = useExaminers();
  const save = useStaffAction((body: ApiBody<'/appraisals/scores', 'post'>) =>
    api.post('/appraisals/scores', { body }),
  );
  const { message } = App.useApp();
  return (
    <ModalForm
      title="登记批次认定分数"
      open
      form={form}
      dateFormatter="string"
      modalProps={{ destroyOnHidden: true, onCancel: onClose }}
      onOpenChange={(o) => !o && onClose()}
      initialValues={{ attended: true, weight: 1 }}
      onFinish={async (v) => {
        try {
          await save.mutateAsync(v);
          message.success('已登记');
          onClose();
          return true;
        } catch (e) {
          const rest = applyServerErrors(form, e, ['examinerId', 'batchRef', 'batchDate', 'score', 'weight']);
          if (rest) message.error(rest);
          return false;
        }
      }}
    >
      <ProFormSelect
        name="examinerId"
        label="考评员"
        showSearch
        rules={[{ required: true }]}
        options={(examiners.data?.items ?? [])
          .filter((e) => !e.dismissed)
          .map((e) => ({ value: e.id, label: `${e.name}（${e.certificateNumber}）` }))}
      />
      <ProFormText name="batchRef" label="批次" rules={[{ required: true }]} placeholder="如 2026年第二批 电工" />
      <ProFormDatePicker name="batchDate" label="批次日期" rules={[{ required: true }]} />
      <ProFormSwitch name="attended" label="按要求参加" />
      <ProFormDependency name={['attended']}>
        {({ attended }) =>
          attended && (
            <ProFormDigit
              name="score"
              label="认定分数"
              min={0}
              max={100}
              rules={[{ required: true, message: '请填写认定分数' }]}
            />
          )
        }
      </ProFormDependency>
      <ProFormDigit name="weight" label="权重" min={0.1} />
    </ModalForm>
  );
}

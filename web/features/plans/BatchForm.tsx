import { useState } from 'react';
import {
  App,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  TimePicker,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { batchMethodNames, sittingKindNames, type Batch, type BatchBody } from '../../../shared/plans.js';
import { levelNames } from '../../../shared/centre.rules.js';
import { errorMessage } from '../../app/api.js';
import { useScope } from '../centre/api.js';
import { useSaveBatch } from './api.js';

interface FormValues {
  title: string;
  scopeRowId: string;
  levels: number[];
  method: BatchBody['method'];
  registration: [Dayjs, Dayjs];
  registrationPlace?: string;
  applicants?: string;
  conditions?: string;
  standard?: string;
  fee: number;
  capacity: number;
  zhoukouCourseVariant: boolean;
  sittings: {
    kind: 'theory' | 'skill' | 'review';
    day: Dayjs;
    time: [Dayjs, Dayjs];
    place: string;
    modules?: string[];
  }[];
}

/**
 * R-ELIG-03 (Z 五(五)): what the per-batch Zhoukou setting means, in the words of the college's document. Off: the
 * general rule, every required course passed in both parts.
 */
export const ZHOUKOU_HELP =
  '过程化考核的周口职业技术学院办法：开启后按“相关课程”合格门数认定——6 门及以上可认定四级，8 门及以上可认定三级；' +
  '二年级学生只可认定四级，应届毕业生可认定三级或四级。关闭时按通用办法，须全部应修课程的理论和实操均合格。';

/** Create or edit a draft batch (R-PLAN-03): the occupation is picked from the active scope only (R-ORG-02/03). */
export function BatchForm({
  open,
  batch,
  onClose,
}: {
  open: boolean;
  batch?: Batch;
  onClose: (saved?: Batch) => void;
}) {
  const scope = useScope({ status: 'active' });
  const action = useSaveBatch();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [rowId, setRowId] = useState<string | undefined>();
  const rows = scope.data?.items ?? [];
  const row = rows.find((r) => r.id === rowId);
  const initial: Partial<FormValues> | undefined = batch
    ? {
        title: batch.title,
        scopeRowId: rows.find(
          (r) => r.edition === batch.edition && r.code === batch.code && (r.jobName ?? '') === (batch.jobName ?? ''),
        )?.id,
        levels: batch.levels,
        method: batch.method,
        registration: [dayjs(batch.registrationOpensOn), dayjs(batch.registrationClosesOn)],
        registrationPlace: batch.registrationPlace ?? undefined,
        applicants: batch.applicants ?? undefined,
        conditions: batch.conditions ?? undefined,
        standard: batch.standard ?? undefined,
        fee: batch.fee,
        capacity: batch.capacity,
        zhoukouCourseVariant: batch.zhoukouCourseVariant,
        sittings: batch.sittings.map((s) => ({
          kind: s.kind,
          day: dayjs(s.day),
          time: [dayjs(`2000-01-01T${s.startsAt}`), dayjs(`2000-01-01T${s.endsAt}`)],
          place: s.place,
          modules: s.modules,
        })),
      }
    : {
        method: 'exam',
        fee: 0,
        capacity: 60,
        zhoukouCourseVariant: false,
        sittings: [{ kind: 'theory', place: '' } as FormValues['sittings'][number]],
      };

  const save = async () => {
    const v = await form.validateFields();
    const r = rows.find((x) => x.id === v.scopeRowId);
    if (!r) return;
    const body: BatchBody = {
      title: v.title,
      collegeId: batch?.collegeId ?? r.collegeId,
      edition: r.edition as BatchBody['edition'],
      code: r.code,
      jobName: r.jobName,
      levels: v.levels,
      method: v.method,
      sittings: v.sittings.map((s) => ({
        kind: s.kind,
        day: s.day.format('YYYY-MM-DD'),
        startsAt: s.time[0].format('HH:mm'),
        endsAt: s.time[1].format('HH:mm'),
        place: s.place,
        modules: s.modules ?? [],
      })),
      registrationOpensOn: v.registration[0].format('YYYY-MM-DD'),
      registrationClosesOn: v.registration[1].format('YYYY-MM-DD'),
      registrationPlace: v.registrationPlace || null,
      applicants: v.applicants || null,
      conditions: v.conditions || null,
      standard: v.standard || null,
      fee: v.fee,
      capacity: v.capacity,
      zhoukouCourseVariant: v.zhoukouCourseVariant,
    };
    try {
      const saved = await action.mutateAsync({ id: batch?.id, body });
      message.success('已保存');
      onClose(saved);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Modal
      open={open}
      title={batch ? '修改认定批次' : '新建认定批次'}
      width={860}
      onCancel={() => onClose()}
      onOk={save}
      confirmLoading={action.isPending}
      destroyOnHidden
      okText="保存"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        preserve={false}
        onValuesChange={(c) => c.scopeRowId && setRowId(c.scopeRowId)}
        data-testid="batch-form"
      >
        <Form.Item name="title" label="批次名称" rules={[{ required: true, message: '请填写批次名称' }]}>
          <Input placeholder="如 2026 年秋季电工认定" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item
            name="scopeRowId"
            label="职业（工种）（限认定范围内）"
            rules={[{ required: true, message: '请选择职业' }]}
            style={{ width: 380 }}
          >
            <Select
              showSearch
              optionFilterProp="label"
              loading={scope.isFetching}
              options={rows.map((r) => ({
                value: r.id,
                label: `${r.code} ${r.occupationName}${r.jobName ? `（${r.jobName}）` : ''} · ${r.collegeName}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="levels" label="等级" rules={[{ required: true, message: '请至少选择一个等级' }]}>
            <Checkbox.Group
              options={(row?.levels ?? batch?.levels ?? []).map((l) => ({ value: l, label: levelNames[l] }))}
            />
          </Form.Item>
          <Form.Item name="method" label="评价方式" style={{ width: 150 }}>
            <Select options={Object.entries(batchMethodNames).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        </Space>
        <Form.List name="sittings">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'kind']} label="考核科目" style={{ width: 150 }}>
                    <Select options={Object.entries(sittingKindNames).map(([value, label]) => ({ value, label }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'day']} label="日期" rules={[{ required: true, message: '请选择日期' }]}>
                    <DatePicker />
                  </Form.Item>
                  <Form.Item name={[f.name, 'time']} label="时间" rules={[{ required: true, message: '请选择时间' }]}>
                    <TimePicker.RangePicker format="HH:mm" minuteStep={5} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'place']}
                    label="地点"
                    rules={[{ required: true, message: '请填写地点' }]}
                    style={{ width: 200 }}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'modules']}
                    label="考试模块"
                    tooltip="按职业技能标准填写本场次的考试模块（输入后回车）；每个模块至少安排 1 名能考评该模块的考评员（R-ARR-04）"
                    style={{ width: 260 }}
                  >
                    <Select
                      mode="tags"
                      open={false}
                      tokenSeparators={[',', '，', '、']}
                      placeholder="如 电气控制线路安装"
                    />
                  </Form.Item>
                  <Form.Item label=" ">
                    <MinusCircleOutlined onClick={() => remove(f.name)} />
                  </Form.Item>
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'skill' })}
                style={{ marginBottom: 16 }}
              >
                添加考核场次
              </Button>
            </>
          )}
        </Form.List>
        <Space wrap align="start">
          <Form.Item name="registration" label="报名时间" rules={[{ required: true, message: '请选择报名时间' }]}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item name="registrationPlace" label="报名地点" style={{ width: 200 }}>
            <Input />
          </Form.Item>
          <Form.Item name="fee" label="收费标准（元/人）">
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="capacity" label="计划人数">
            <InputNumber min={1} />
          </Form.Item>
          <Form.Item
            name="zhoukouCourseVariant"
            label="按相关课程门数认定（周口办法）"
            tooltip={ZHOUKOU_HELP}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item name="applicants" label="报名对象">
          <Input />
        </Form.Item>
        <Form.Item name="conditions" label="申报条件">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="standard" label="考核标准">
          <Input placeholder="如 电工国家职业技能标准（2018 年版）" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

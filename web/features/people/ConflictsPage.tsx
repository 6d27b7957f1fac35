import { useState } from 'react';
import { App, Button, Form, Popconfirm, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  ModalForm,
  PageContainer,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
  ProTable,
} from '@ant-design/pro-components';
import { Link } from 'react-router-dom';
import { conflictRelationNames } from '../../../shared/people.js';
import { api, errorMessage, type ApiBody } from '../../app/api.js';
import { applyServerErrors } from '../../app/forms.js';
import { useCan } from '../../app/session.js';
import { useColleges } from '../colleges/api.js';
import { PersonSelect } from './PersonSelect.js';
import { useConflicts, useDeleteConflict, useStaffAction, useTeacherClasses } from './api.js';

/** 回避关系 (R-PPL-08): relatives entered by hand, and teachers of a candidate's class (from teacher–class records). */
export function ConflictsPage() {
  const conflicts = useConflicts();
  const classes = useTeacherClasses();
  const canManage = useCan('conflicts.manage');
  const remove = useDeleteConflict();
  const [dialog, setDialog] = useState<'conflict' | 'class' | null>(null);
  const { message } = App.useApp();
  return (
    <PageContainer
      title="回避关系"
      content="有亲属或任教班级学生参加认定的工作人员，不得监考、评卷、评分或督导该考生所在场次（编排时作为硬约束）。"
    >
      <div data-testid="conflicts-page">
        <Tabs
          items={[
            {
              key: 'conflicts',
              label: `回避关系（${conflicts.data?.total ?? 0}）`,
              children: (
                <ProTable
                  rowKey={(r) => r.id ?? `${r.staffPersonId}-${r.candidatePersonId}-${r.source}`}
                  search={false}
                  options={false}
                  loading={conflicts.isFetching}
                  dataSource={conflicts.data?.items}
                  toolBarRender={() => [
                    canManage && (
                      <Button key="a" type="primary" icon={<PlusOutlined />} onClick={() => setDialog('conflict')}>
                        登记回避关系
                      </Button>
                    ),
                  ]}
                  columns={[
                    {
                      title: '工作人员',
                      dataIndex: 'staffName',
                      render: (_, r) => <Link to={`/people/${r.staffPersonId}`}>{r.staffName}</Link>,
                    },
                    {
                      title: '考生',
                      dataIndex: 'candidateName',
                      render: (_, r) => <Link to={`/people/${r.candidatePersonId}`}>{r.candidateName}</Link>,
                    },
                    { title: '考生证件号', dataIndex: 'candidateIdMasked' },
                    { title: '关系', dataIndex: 'relation', render: (_, r) => conflictRelationNames[r.relation] },
                    {
                      title: '来源',
                      dataIndex: 'source',
                      render: (_, r) =>
                        r.source === 'manual' ? <Tag>登记</Tag> : <Tag color="blue">任教班级 {r.note}</Tag>,
                    },
                    {
                      title: '说明',
                      dataIndex: 'note',
                      render: (_, r) => (r.source === 'manual' ? (r.note ?? '—') : '—'),
                    },
                    {
                      title: '操作',
                      key: 'op',
                      render: (_, r) =>
                        canManage && r.id && r.source === 'manual' ? (
                          <Popconfirm
                            title="删除该回避关系？"
                            onConfirm={() => remove.mutate(r.id!, { onError: (e) => message.error(errorMessage(e)) })}
                          >
                            <a>删除</a>
                          </Popconfirm>
                        ) : null,
                    },
                  ]}
                />
              ),
            },
            {
              key: 'classes',
              label: '教师任教班级',
              children: (
                <ProTable
                  rowKey="id"
                  search={false}
                  options={false}
                  loading={classes.isFetching}
                  dataSource={classes.data?.items}
                  toolBarRender={() => [
                    canManage && (
                      <Button key="a" type="primary" icon={<PlusOutlined />} onClick={() => setDialog('class')}>
                        登记任教班级
                      </Button>
                    ),
                  ]}
                  columns={[
                    { title: '教师', dataIndex: 'teacherName' },
                    { title: '二级学院', dataIndex: 'collegeName' },
                    { title: '班级', dataIndex: 'className' },
                    { title: '入学年份', dataIndex: 'enrolmentYear' },
                    { title: '班级学生数', dataIndex: 'studentCount' },
                  ]}
                />
              ),
            },
          ]}
        />
      </div>
      {dialog === 'conflict' && <ConflictForm onClose={() => setDialog(null)} />}
      {dialog === 'class' && <TeacherClassForm onClose={() => setDialog(null)} />}
    </PageContainer>
  );
}

function ConflictForm({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm();
  const save = useStaffAction((body: ApiBody<'/conflicts', 'post'>) => api.post('/conflicts', { body }));
  const { message } = App.useApp();
  return (
    <ModalForm
      title="登记回避关系"
      open
      form={form}
      modalProps={{ destroyOnHidden: true, onCancel: onClose }}
      onOpenChange={(o) => !o && onClose()}
      initialValues={{ relation: 'relative' }}
      onFinish={async (v) => {
        try {
          await save.mutateAsync(v);
          message.success('已登记');
          onClose();
          return true;
        } catch (e) {
          const rest = applyServerErrors(form, e, ['staffPersonId', 'candidatePersonId', 'relation']);
          if (rest) message.error(rest);
          return false;
        }
      }}
    >
      <Form.Item name="staffPersonId" label="工作人员" rules={[{ required: true, message: '请选择工作人员' }]}>
        <PersonSelect />
      </Form.Item>
      <Form.Item name="candidatePersonId" label="考生" rules={[{ required: true, message: '请选择考生' }]}>
        <PersonSelect />
      </Form.Item>
      <ProFormSelect
        name="relation"
        label="关系"
        options={Object.entries(conflictRelationNames).map(([value, label]) => ({ value, label }))}
      />
      <ProFormText name="note" label="说明" />
    </ModalForm>
  );
}

function TeacherClassForm({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm();
  const save = useStaffAction((body: ApiBody<'/teacher-classes', 'post'>) => api.post('/teacher-classes', { body }));
  const colleges = useColleges();
  const { message } = App.useApp();
  return (
    <ModalForm
      title="登记任教班级"
      open
      form={form}
      modalProps={{ destroyOnHidden: true, onCancel: onClose }}
      onOpenChange={(o) => !o && onClose()}
      onFinish={async (v) => {
        try {
          await save.mutateAsync(v);
          message.success('已登记，该班学生自动列入回避关系');
          onClose();
          return true;
        } catch (e) {
          const rest = applyServerErrors(form, e, ['teacherPersonId', 'collegeId', 'className', 'enrolmentYear']);
          if (rest) message.error(rest);
          return false;
        }
      }}
    >
      <Form.Item name="teacherPersonId" label="教师" rules={[{ required: true, message: '请选择教师' }]}>
        <PersonSelect />
      </Form.Item>
      <ProFormSelect
        name="collegeId"
        label="二级学院"
        rules={[{ required: true }]}
        options={(colleges.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
      />
      <ProFormText name="className" label="班级" rules={[{ required: true }]} />
      <ProFormDigit name="enrolmentYear" label="入学年份" rules={[{ required: true }]} fieldProps={{ precision: 0 }} />
    </ModalForm>
  );
}

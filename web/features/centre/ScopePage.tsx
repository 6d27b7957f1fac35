import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Input, Segmented, Space, Tag, Tooltip, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import {
  ModalForm,
  PageContainer,
  ProFormDatePicker,
  ProFormSelect,
  ProFormText,
  ProTable,
  type ProColumns,
} from '@ant-design/pro-components';
import dayjs from 'dayjs';
import { scopeApprovalBody, standardTypes, type ScopeRow } from '../../../shared/scope.js';
import { formatLevels } from '../../../shared/centre.rules.js';
import { apiUrl, errorMessage } from '../../app/api.js';
import { zodRule } from '../../app/forms.js';
import { useCan, useSession } from '../../app/session.js';
import { useColleges } from '../colleges/api.js';
import { useApproveCollege, useScope, useScopeImport } from './api.js';

/** 认定范围 (R-ORG-02/03/04/07): the filed scope; a clerk sees its own college's rows only. */
export function ScopePage() {
  const [status, setStatus] = useState<'active' | 'pending'>('active');
  const [keyword, setKeyword] = useState('');
  const scope = useScope({ status, keyword: keyword || undefined });
  const canManage = useCan('scope.manage');
  const canApprove = useCan('scope.approve');
  const { user } = useSession();
  const colleges = useColleges(canApprove);
  const upload = useScopeImport();
  const approve = useApproveCollege();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [approving, setApproving] = useState<ScopeRow | null>(null);

  const columns: ProColumns<ScopeRow>[] = [
    { title: '职业编码', dataIndex: 'code', width: 110 },
    {
      title: '职业名称',
      dataIndex: 'occupationName',
      render: (_, r) => (
        <Space size={4}>
          {r.occupationName}
          <Tag>{r.edition} 版</Tag>
        </Space>
      ),
    },
    { title: '工种/职业方向', dataIndex: 'jobName', render: (_, r) => r.jobName ?? '—' },
    { title: '级别', dataIndex: 'levels', width: 100, render: (_, r) => formatLevels(r.levels) },
    { title: '评价标准', dataIndex: 'standardType', width: 140, render: (_, r) => standardTypes[r.standardType] },
    { title: '所属二级学院', dataIndex: 'collegeName', width: 130 },
    { title: '对应专业', dataIndex: 'major', render: (_, r) => r.major ?? '—' },
    {
      title: '获准使用的其他学院',
      dataIndex: 'approvals',
      render: (_, r) =>
        r.approvals.length
          ? r.approvals.map((a) => (
              <Tooltip key={a.id} title={`${a.approvedBy} ${a.approvedOn} 批准${a.number ? `（${a.number}）` : ''}`}>
                <Tag color="blue">{a.collegeName}</Tag>
              </Tooltip>
            ))
          : '—',
    },
  ];
  if (canApprove && status === 'active')
    columns.push({
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_, r) => <Typography.Link onClick={() => setApproving(r)}>批准其他学院</Typography.Link>,
    });

  const importList = async (file: File) => {
    try {
      const r = await upload.mutateAsync(file);
      message.success(`已导入 ${r.imported} 行到新的备案申请（草稿），备案批准后生效`);
      navigate(`/filings?id=${r.filingId}`);
    } catch (e) {
      modal.error({
        title: '导入失败，未导入任何数据',
        content: (
          <div style={{ maxHeight: 360, overflow: 'auto', whiteSpace: 'pre-wrap' }}>
            {errorMessage(e).replace(/；/g, '\n')}
          </div>
        ),
        width: 680,
      });
    }
    return false;
  };

  return (
    <PageContainer
      title="认定范围"
      content={
        user.role === 'college_clerk'
          ? `${user.collegeName ?? ''}的认定范围。其他学院的职业须经认定中心批准方可组织认定。`
          : '已备案的职业（工种）、等级与所属学院。范围的增加须通过增量备案，备案回执登记后生效。'
      }
    >
      <div data-testid="scope-page">
        <ProTable<ScopeRow>
          rowKey="id"
          columns={columns}
          dataSource={scope.data?.items}
          loading={scope.isFetching}
          search={false}
          scroll={{ x: 1100 }}
          pagination={{ defaultPageSize: 20, showTotal: (t) => `共 ${t} 项` }}
          options={{ reload: () => void scope.refetch(), density: true, setting: true, fullScreen: false }}
          headerTitle={
            canManage ? (
              <Segmented
                value={status}
                onChange={(v) => setStatus(v as 'active' | 'pending')}
                options={[
                  { value: 'active', label: '有效' },
                  { value: 'pending', label: '待批准（备案中）' },
                ]}
              />
            ) : (
              '认定范围'
            )
          }
          toolBarRender={() => [
            <Input.Search
              key="s"
              allowClear
              placeholder="职业、工种或专业"
              style={{ width: 220 }}
              onSearch={(v) => setKeyword(v.trim())}
            />,
            canManage && (
              <Button key="e" icon={<DownloadOutlined />} href={apiUrl('/scope/export')}>
                导出清单
              </Button>
            ),
            canManage && (
              <Upload key="i" accept=".xlsx" showUploadList={false} beforeUpload={importList}>
                <Tooltip title="导入“评价机构信息与认定范围清单”，生成增量备案申请草稿">
                  <Button icon={<UploadOutlined />} loading={upload.isPending}>
                    导入清单
                  </Button>
                </Tooltip>
              </Upload>
            ),
          ]}
        />
      </div>
      <ModalForm<{ collegeId: string; approvedBy: string; approvedOn: string; number?: string }>
        open={!!approving}
        title={`批准其他学院使用：${approving?.code} ${approving?.occupationName}${approving?.jobName ? `（${approving.jobName}）` : ''}`}
        width={520}
        modalProps={{ destroyOnHidden: true, onCancel: () => setApproving(null) }}
        onOpenChange={(o) => !o && setApproving(null)}
        initialValues={{ approvedBy: user.displayName, approvedOn: dayjs() }}
        onFinish={async (v) => {
          try {
            await approve.mutateAsync({
              ...v,
              scopeRowId: approving!.id,
              approvedOn: dayjs(v.approvedOn).format('YYYY-MM-DD'),
              number: v.number || null,
            });
            message.success('已记录批准');
            setApproving(null);
            return true;
          } catch (e) {
            message.error(errorMessage(e));
            return false;
          }
        }}
      >
        <ProFormSelect
          name="collegeId"
          label="获准的二级学院"
          rules={[{ required: true, message: '请选择二级学院' }]}
          options={(colleges.data?.items ?? [])
            .filter((c) => c.id !== approving?.collegeId)
            .map((c) => ({ value: c.id, label: c.name }))}
        />
        <ProFormText name="approvedBy" label="批准人" rules={[zodRule(scopeApprovalBody.shape.approvedBy, '批准人')]} />
        <ProFormDatePicker name="approvedOn" label="批准日期" rules={[{ required: true, message: '请选择批准日期' }]} />
        <ProFormText name="number" label="文号 / 说明（选填）" />
      </ModalForm>
    </PageContainer>
  );
}

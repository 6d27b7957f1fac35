import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Space, Tag, Typography } from 'antd';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import { levelNames, type Level } from '../../../../shared/eligibility.js';
import {
  applicationStatusNames,
  singlePartNames,
  type ApplicationRow,
  type ApplicationStatus,
} from '../../../../shared/registration.js';
import { errorMessage } from '../../../app/api.js';
import { useCan, useSession } from '../../../app/session.js';
import { text, useListState } from '../../../app/useListState.js';
import { useColleges } from '../../colleges/api.js';
import { useBatches } from '../../plans/api.js';
import { useApplications, useReviewAction, type ApplicationFilter } from '../api.js';
import { FeeTag, ReasonModal, StatusTag } from '../parts.js';
import { ApplicationDrawer } from './ApplicationDrawer.js';

const nowrap = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;
const lv = (l: number) => levelNames[l as Level] ?? `${l}级`;
const enumOf = (names: Record<string, string>) =>
  Object.fromEntries(Object.entries(names).map(([k, v]) => [k, { text: v }]));

/**
 * 报名审核 (R-REG-02): the college clerk reviews 待学院初审 of its own college, the centre 待中心复审; bulk approve or
 * reject by ticked rows or by every application matching the filter (large batches), each decision with its reason.
 */
export function ReviewPage() {
  const { user } = useSession();
  const clerk = user.role === 'college_clerk';
  const canCollege = useCan('applications.reviewCollege');
  const canCentre = useCan('applications.reviewCentre');
  // The stage this reviewer acts on: the list opens on it.
  const stage: ApplicationStatus | null = canCollege ? 'pending_college' : canCentre ? 'pending_centre' : null;
  // A link from the home page or the roster import names its batch (`?batchId=`): the list opens filtered by it.
  const [params] = useSearchParams();
  const initial: ApplicationFilter = {
    ...(stage ? { status: stage } : {}),
    ...(params.get('batchId') ? { batchId: params.get('batchId')! } : {}),
  };
  const list = useListState<ApplicationFilter>(initial);
  const { data, isFetching, error, refetch } = useApplications({
    page: list.page,
    pageSize: list.pageSize,
    ...list.filters,
  });
  const batches = useBatches();
  const colleges = useColleges(!clerk);
  const action = useReviewAction();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string[]>([]);
  const [allMatching, setAllMatching] = useState(false);
  const [dialog, setDialog] = useState<'approve' | 'reject' | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const total = data?.total ?? 0;
  // "All matching" acts on the filter as the server reads it; only when the filter is on this reviewer's stage.
  const filterOnStage = !!stage && list.filters.status === stage;
  const count = allMatching ? total : selected.length;
  // R-ELIG-00: approving applications the engine did not find eligible is the reviewer's call, but never unnoticed.
  const doubtful = (data?.items ?? []).filter((r) => selected.includes(r.id) && r.eligible !== true).length;
  const approveWarning = allMatching
    ? list.filters.eligible === true || list.filters.eligible === 'true'
      ? null
      : '将审核通过全部符合筛选条件的报名，其中可能含系统判定不符合或须人工审核的记录；如只通过判定符合的，请先按“系统判定：符合”筛选。'
    : doubtful
      ? `所选报名中有 ${doubtful} 条系统判定不符合或须人工审核，请确认已逐条核对。`
      : null;
  const clearSelection = () => (setSelected([]), setAllMatching(false));

  const review = async (reason: string | null) => {
    try {
      const r = await action.mutateAsync({
        kind: 'review',
        body: allMatching
          ? { filter: list.filters, decision: dialog!, reason }
          : { ids: selected, decision: dialog!, reason },
      });
      message.success(`已${dialog === 'approve' ? '审核通过' : '退回'} ${r.count} 条报名`);
      setDialog(null);
      clearSelection();
      return true;
    } catch (e) {
      message.error(errorMessage(e));
      return false;
    }
  };

  const columns: ProColumns<ApplicationRow>[] = [
    {
      title: '认定批次',
      dataIndex: 'batchId',
      hideInTable: true,
      valueType: 'select',
      fieldProps: { showSearch: true, optionFilterProp: 'label' },
      valueEnum: Object.fromEntries((batches.data?.items ?? []).map((b) => [b.id, { text: b.title }])),
    },
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '姓名、学号或证件号码' } },
    // Issue 9 (layout): the key columns fit 1440 × 900 without scrolling: name with the masked ID, student number
    // with the class, occupation with the level; long texts cut with a tooltip; 状态 stays in view on the right.
    {
      title: '姓名 / 证件号码',
      dataIndex: 'name',
      search: false,
      width: 150,
      fixed: 'left',
      render: (_, r) => (
        <div style={{ minWidth: 0 }}>
          <Typography.Link onClick={() => setOpen(r.id)} data-testid={`application-${r.name}`}>
            {r.name}
          </Typography.Link>
          <div style={nowrap}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.idMasked}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: '学号 / 班级',
      dataIndex: 'studentNumber',
      search: false,
      width: 120,
      render: (_, r) => (
        <div style={{ minWidth: 0 }}>
          <div style={nowrap}>{r.studentNumber ?? '—'}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: r.className }}>
            {r.className ?? '—'}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '二级学院',
      dataIndex: 'collegeId',
      width: 110,
      ellipsis: true,
      hideInSearch: clerk,
      valueType: 'select',
      valueEnum: Object.fromEntries((colleges.data?.items ?? []).map((c) => [c.id, { text: c.name }])),
      render: (_, r) => r.collegeName ?? '社会人员',
    },
    {
      title: '职业 / 等级',
      dataIndex: 'occupationName',
      search: false,
      width: 180,
      render: (_, r) => (
        <div style={{ minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: `${r.code} ${r.occupationName}` }}>{r.occupationName}</Typography.Text>
          <div style={{ ...nowrap, fontSize: 12 }}>
            {lv(r.level)}
            {r.onlyPart && ` · 只考${singlePartNames[r.onlyPart]}`}
          </div>
        </div>
      ),
    },
    {
      title: '等级',
      dataIndex: 'level',
      hideInTable: true,
      valueType: 'select',
      valueEnum: enumOf(levelNames),
    },
    {
      title: '系统判定',
      dataIndex: 'eligible',
      width: 160,
      valueType: 'select',
      valueEnum: { true: { text: '符合' }, false: { text: '不符合' }, manual: { text: '须人工审核' } },
      render: (_, r) =>
        r.eligible === null ? (
          <Tag color="warning">须人工审核</Tag>
        ) : r.eligible ? (
          <Tag color="success">符合</Tag>
        ) : (
          <div style={{ minWidth: 0 }}>
            <Tag color="error">不符合</Tag>
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12, display: 'block' }}
              ellipsis={{ tooltip: r.eligibilitySummary }}
            >
              {r.eligibilitySummary}
            </Typography.Text>
          </div>
        ),
    },
    {
      title: '提交时间',
      dataIndex: 'submittedAt',
      search: false,
      width: 130,
      render: (_, r) => <span style={nowrap}>{dayjs(r.submittedAt).format('YYYY-MM-DD HH:mm')}</span>,
    },
    {
      title: '缴费',
      dataIndex: 'feeStatus',
      search: false,
      width: 80,
      fixed: 'right',
      render: (_, r) => <FeeTag status={r.feeStatus} applicationStatus={r.status} />,
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 96,
      fixed: 'right',
      valueType: 'select',
      valueEnum: enumOf(applicationStatusNames),
      render: (_, r) => <StatusTag status={r.status} />,
    },
  ];

  return (
    <PageContainer
      title="报名审核"
      content="二级学院初审本学院的报名，认定中心复审；退回须写明原因，考生修改后可重新提交。"
    >
      <div data-testid="review-page">
        <ProTable<ApplicationRow>
          rowKey="id"
          columns={columns}
          dataSource={data?.items}
          loading={isFetching}
          pagination={list.pagination(data?.total)}
          search={{ labelWidth: 'auto', defaultCollapsed: false }}
          form={{ initialValues: initial }}
          onSubmit={(v) => {
            const f = v as Record<string, unknown>;
            const eligible = text(f.eligible);
            const level = text(f.level);
            list.search({
              batchId: text(f.batchId),
              status: text(f.status) as ApplicationStatus | undefined,
              collegeId: text(f.collegeId),
              level: level ? Number(level) : undefined,
              eligible: eligible === undefined ? undefined : eligible === 'manual' ? 'manual' : eligible === 'true',
              keyword: text(f.keyword),
            });
            clearSelection();
          }}
          onReset={() => (list.reset(), clearSelection())}
          options={{ reload: () => void refetch(), density: true, setting: true, fullScreen: false }}
          headerTitle={error ? <Typography.Text type="danger">{errorMessage(error)}</Typography.Text> : '报名列表'}
          scroll={{ x: 1026 }}
          tableLayout="fixed"
          rowSelection={
            stage
              ? {
                  selectedRowKeys: allMatching ? (data?.items.map((r) => r.id) ?? []) : selected,
                  onChange: (keys) => (setAllMatching(false), setSelected(keys as string[])),
                  getCheckboxProps: (r) => ({ disabled: r.status !== stage }),
                  preserveSelectedRowKeys: true,
                }
              : undefined
          }
          tableAlertRender={() => (
            <Space wrap data-testid="selection-alert">
              <span>{allMatching ? `已选择全部符合筛选条件的 ${total} 条` : `已选择 ${selected.length} 条`}</span>
              {!allMatching && filterOnStage && total > selected.length && (
                <Typography.Link onClick={() => setAllMatching(true)} data-testid="select-all-matching">
                  选择全部符合筛选条件的 {total} 条
                </Typography.Link>
              )}
              <Typography.Link onClick={clearSelection}>取消选择</Typography.Link>
            </Space>
          )}
          tableAlertOptionRender={() => (
            <Space>
              <Button
                size="small"
                danger
                disabled={!count}
                onClick={() => setDialog('reject')}
                data-testid="bulk-reject"
              >
                退回
              </Button>
              <Button
                size="small"
                type="primary"
                disabled={!count}
                onClick={() => setDialog('approve')}
                data-testid="bulk-approve"
              >
                审核通过（{count}）
              </Button>
            </Space>
          )}
        />
        {stage && !filterOnStage && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            message={`只能审核“${applicationStatusNames[stage]}”的报名；按该状态筛选后可一次选择全部符合条件的记录。`}
          />
        )}
      </div>
      <ReasonModal
        open={!!dialog}
        title={`${dialog === 'approve' ? '审核通过' : '退回'} ${count} 条报名`}
        required={dialog === 'reject'}
        placeholder={dialog === 'approve' ? '可不填' : '考生将看到此原因'}
        warning={dialog === 'approve' ? approveWarning : null}
        onCancel={() => setDialog(null)}
        onOk={review}
      />
      {open && <ApplicationDrawer id={open} onClose={() => setOpen(null)} />}
    </PageContainer>
  );
}

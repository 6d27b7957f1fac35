import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Input,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { DeleteOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import type { CourseResultRow } from '../../../../shared/courses.js';
import { ApiError, errorMessage, type FieldIssue } from '../../../app/api.js';
import type { editions } from '../../../../shared/scope.js';

type Edition = (typeof editions)[number];
import { useCan } from '../../../app/session.js';
import { useEditions, useOccupations } from '../../centre/api.js';
import { usePersons } from '../../people/api.js';
import {
  courseTemplateUrl,
  useCourseImport,
  useCourseResults,
  useRequiredCourses,
  useSaveRequiredCourses,
  type CourseImportResult,
  type RequiredCourse,
} from './api.js';
import { ImportIssuesTable } from '../../../components/ImportIssuesTable.js';

const fieldNames: Record<string, string> = {
  studentNumber: '学号',
  idNumber: '身份证号',
  name: '姓名',
  courseCode: '课程代码',
  courseName: '课程名称',
  part: '考核部分',
  attempt: '考试类型',
  score: '成绩',
  term: '学期',
};
const partNames = { theory: '理论', practical: '实操' } as const;
const attemptNames = { first: '首考', retake: '补考' } as const;
/** R-ELIG-04: 60 and above passes. */
const PASS = 60;

/** R-ELIG-03/04: 课程成绩 — import from the academic system, look up a student's results, the courses an occupation requires. */
export function CourseResultsPage() {
  const canImport = useCan('courses.import');
  const items = [
    ...(canImport ? [{ key: 'import', label: '成绩导入', children: <ImportTab /> }] : []),
    { key: 'query', label: '成绩查询', children: <QueryTab /> },
    { key: 'required', label: '应修课程', children: <RequiredTab /> },
  ];
  return (
    <PageContainer
      title="课程成绩"
      content="教务系统导出的课程成绩用于判断在校生的申报资格：60 分及以上为合格，每门课程只允许补考一次。"
    >
      <Card>
        <Tabs items={items} data-testid="course-tabs" />
      </Card>
    </PageContainer>
  );
}

/** R-ELIG-04: a file with any bad cell imports nothing; every bad cell is listed by row and column. */
function ImportTab() {
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [result, setResult] = useState<CourseImportResult | null>(null);
  const importResults = useCourseImport();
  const { message } = App.useApp();

  const upload = (file: File) => {
    setIssues([]);
    setSummary(null);
    setResult(null);
    importResults.mutate(file, {
      onSuccess: (r) => {
        setResult(r);
        message.success(`导入成功：${r.rows} 条成绩`);
      },
      onError: (e) => {
        const found = e instanceof ApiError ? e.fieldIssues : [];
        if (found.length) {
          setIssues(found);
          setSummary(
            found.length > 1 || found[0].row
              ? `文件有 ${found.length} 处错误，未导入任何数据，请按下表修改后重新上传`
              : e.message,
          );
        } else setSummary(errorMessage(e));
      },
    });
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="course-import">
      <Alert
        type="info"
        showIcon
        message="每行一名学生一门课程的一个考核部分（理论或实操）的一次考试（首考或补考）。学号与身份证号至少填写一项；同一学生、课程、考核部分再次导入时更新成绩。"
      />
      <Space wrap>
        <Button icon={<DownloadOutlined />} href={courseTemplateUrl}>
          下载模板
        </Button>
        <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(f) => (upload(f), false)}>
          <Button
            type="primary"
            icon={<UploadOutlined />}
            loading={importResults.isPending}
            data-testid="course-upload"
          >
            上传成绩文件
          </Button>
        </Upload>
      </Space>
      {importResults.isPending && <Typography.Text type="secondary">正在校验并导入，请勿关闭页面……</Typography.Text>}
      {result && (
        <div data-testid="course-result">
          <Alert type="success" showIcon message={`导入完成：${result.rows} 条成绩`} style={{ marginBottom: 12 }} />
          <Descriptions bordered size="small" column={{ xs: 1, sm: 2, md: 4 }}>
            <Descriptions.Item label="成绩条数">{result.rows}</Descriptions.Item>
            <Descriptions.Item label="新增">{result.created}</Descriptions.Item>
            <Descriptions.Item label="更新">{result.updated}</Descriptions.Item>
            <Descriptions.Item label="涉及学生">{result.persons}</Descriptions.Item>
          </Descriptions>
        </div>
      )}
      {summary && <Alert type="error" showIcon message={summary} data-testid="course-error" />}
      {issues.length > 0 && <ImportIssuesTable issues={issues} fieldNames={fieldNames} testId="course-issues" />}
    </Space>
  );
}

/** Waits for the user to stop typing before searching. */
function useDebounced<T>(value: T, ms = 300): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** R-ELIG-04: one student's results, with pass/fail at 60. */
function QueryTab() {
  const [keyword, setKeyword] = useState('');
  const search = useDebounced(keyword.trim());
  const persons = usePersons({ kind: 'student', keyword: search || undefined, page: 1, pageSize: 20 });
  const [personId, setPersonId] = useState<string>();
  const results = useCourseResults(personId);
  const options = (persons.data?.items ?? []).map((p) => ({
    value: p.id,
    label: [p.name, p.className, p.collegeName, p.idMasked].filter(Boolean).join('　'),
  }));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Select
        showSearch
        allowClear
        style={{ width: 480, maxWidth: '100%' }}
        placeholder="输入学号、姓名或班级查找学生"
        filterOption={false}
        onSearch={setKeyword}
        options={options}
        value={personId}
        onChange={(v) => setPersonId(v)}
        loading={persons.isFetching}
        notFoundContent={persons.isFetching ? '正在查找……' : '没有找到学生'}
        data-testid="course-student"
      />
      {!personId ? (
        <Empty description="请先选择学生" />
      ) : results.error ? (
        <Alert type="error" showIcon message={errorMessage(results.error)} />
      ) : (
        <Table<CourseResultRow>
          rowKey="id"
          size="small"
          loading={results.isLoading}
          dataSource={results.data?.items ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: '该学生还没有导入课程成绩' }}
          data-testid="course-results"
          scroll={{ x: 720 }}
          columns={[
            { title: '课程代码', dataIndex: 'courseCode', width: 110 },
            { title: '课程名称', dataIndex: 'courseName' },
            { title: '考核部分', dataIndex: 'part', width: 90, render: (v: CourseResultRow['part']) => partNames[v] },
            {
              title: '考试类型',
              dataIndex: 'attempt',
              width: 90,
              render: (v: CourseResultRow['attempt']) => attemptNames[v],
            },
            {
              title: '成绩',
              dataIndex: 'score',
              width: 120,
              render: (v: number) => (
                <Space>
                  {v}
                  {v >= PASS ? <Tag color="success">合格</Tag> : <Tag color="error">不合格</Tag>}
                </Space>
              ),
            },
            { title: '学期', dataIndex: 'term', width: 120, render: (v: string | null) => v ?? '—' },
          ]}
        />
      )}
    </Space>
  );
}

/** R-ELIG-03: the courses an occupation requires; "相关课程" ones count for the course-based eligibility. */
function RequiredTab() {
  const editions = useEditions();
  const [edition, setEdition] = useState<Edition>('2022');
  const [keyword, setKeyword] = useState('');
  const search = useDebounced(keyword.trim());
  const occupations = useOccupations({ edition, keyword: search || undefined, page: 1, pageSize: 30 });
  const [code, setCode] = useState<string>();
  const occupation = code ? { edition, code } : null;
  const required = useRequiredCourses(occupation);
  const canManage = useCan('catalogue.manage');
  const save = useSaveRequiredCourses();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<RequiredCourse[] | null>(null);

  useEffect(() => setDraft(null), [edition, code]);
  const rows = draft ?? required.data?.items ?? [];
  const edit = (i: number, patch: Partial<RequiredCourse>) =>
    setDraft(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const onSave = () => {
    if (!occupation) return;
    save.mutate(
      { ...occupation, courses: rows },
      {
        onSuccess: () => {
          setDraft(null);
          message.success('应修课程已保存');
        },
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          style={{ width: 200 }}
          value={edition}
          onChange={(v) => (setEdition(v === '2015' ? '2015' : '2022'), setCode(undefined))}
          options={(editions.data ?? []).map((e) => ({ value: e.edition, label: e.name }))}
          loading={editions.isLoading}
        />
        <Select
          showSearch
          style={{ width: 420, maxWidth: '100%' }}
          placeholder="输入职业代码或名称"
          filterOption={false}
          onSearch={setKeyword}
          value={code}
          onChange={setCode}
          loading={occupations.isFetching}
          options={(occupations.data?.items ?? []).map((o) => ({ value: o.code, label: `${o.code} ${o.name}` }))}
          notFoundContent="没有找到职业"
          data-testid="required-occupation"
        />
      </Space>
      {!occupation ? (
        <Empty description="请选择职业（工种）" />
      ) : (
        <>
          <Table<RequiredCourse & { index: number }>
            rowKey="index"
            size="small"
            loading={required.isLoading}
            dataSource={rows.map((r, index) => ({ ...r, index }))}
            pagination={false}
            locale={{ emptyText: '该职业还没有设置应修课程' }}
            data-testid="required-courses"
            columns={[
              {
                title: '课程代码',
                dataIndex: 'courseCode',
                width: 160,
                render: (v: string, { index: i }) =>
                  canManage ? (
                    <Input value={v} maxLength={30} onChange={(e) => edit(i, { courseCode: e.target.value })} />
                  ) : (
                    v
                  ),
              },
              {
                title: '课程名称',
                dataIndex: 'courseName',
                render: (v: string, { index: i }) =>
                  canManage ? (
                    <Input value={v} maxLength={60} onChange={(e) => edit(i, { courseName: e.target.value })} />
                  ) : (
                    v
                  ),
              },
              {
                title: '相关课程',
                dataIndex: 'related',
                width: 110,
                render: (v: boolean, { index: i }) =>
                  canManage ? (
                    <Switch
                      checked={v}
                      checkedChildren="是"
                      unCheckedChildren="否"
                      onChange={(c) => edit(i, { related: c })}
                    />
                  ) : v ? (
                    <Tag color="blue">相关课程</Tag>
                  ) : (
                    '—'
                  ),
              },
              ...(canManage
                ? [
                    {
                      title: '操作',
                      key: 'op',
                      width: 70,
                      render: (_: unknown, { index: i }: RequiredCourse & { index: number }) => (
                        <Button
                          type="link"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label="删除"
                          onClick={() => setDraft(rows.filter((_x, j) => j !== i))}
                        />
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {canManage && (
            <Space>
              <Button
                icon={<PlusOutlined />}
                onClick={() => setDraft([...rows, { courseCode: '', courseName: '', related: true }])}
              >
                添加课程
              </Button>
              <Button type="primary" onClick={onSave} loading={save.isPending} disabled={!draft}>
                保存
              </Button>
              {draft && <Button onClick={() => setDraft(null)}>放弃修改</Button>}
            </Space>
          )}
        </>
      )}
    </Space>
  );
}

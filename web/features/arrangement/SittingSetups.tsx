import { Select, Table, Typography } from 'antd';
import {
  roomKindLabels,
  roomKinds,
  type ArrangementView,
  type RoomKindName,
  type RunBody,
} from '../../../shared/arrangement.js';
import type { Batch } from '../../../shared/plans.js';
import { useBatches } from '../plans/api.js';
import { useRooms, useSites } from './api.js';
import { chinaToday } from '../../../shared/dates.js';

/**
 * The 自动编排 card's choices: other batches of the period arranged in the same run (sharing rooms and staff), and
 * per theory/skill sitting its site, room kind and equipment (R-ARR-01); empty = the server's default.
 */

export interface SetupChoice {
  /** null: explicitly cleared (server default); undefined: not touched (the last run's site). */
  siteId?: string | null;
  roomKind?: RoomKindName | null;
  equipment?: string[];
  /** Sites whose rooms the sitting may also use when its own site is too small (R-ARR-01/03). */
  extraSiteIds?: string[];
}
export type SetupChoices = Record<string, SetupChoice>;

type BatchLike = Pick<Batch, 'id' | 'title' | 'state' | 'registrationClosesOn' | 'sittings'>;
interface SetupRow {
  id: string;
  batchTitle: string;
  kind: 'theory' | 'skill';
  day: string;
  time: string;
  place: string;
}

/** R-ARR-01: a batch can be arranged once its review is done, or while registering after the window closed. */
const arrangeable = (b: BatchLike, today: string) =>
  b.state === 'reviewed' || (b.state === 'registering' && b.registrationClosesOn < today);

/** Other batches that may join this batch's run. */
export function useMergeOptions(batchId: string) {
  const list = useBatches();
  const today = chinaToday();
  const items = (list.data?.items ?? []).filter((x) => x.id !== batchId && arrangeable(x, today));
  return { items, loading: list.isLoading };
}

export function MergeSelect({
  options,
  value,
  onChange,
}: {
  options: BatchLike[];
  value: string[];
  onChange: (v: string[]) => void;
}) {
  return (
    <Select
      mode="multiple"
      allowClear
      style={{ minWidth: 320 }}
      placeholder="仅编排本批次"
      value={value}
      onChange={onChange}
      optionFilterProp="label"
      notFoundContent="暂无可合并编排的批次（须审核完成或报名已截止）"
      options={options.map((x) => ({ value: x.id, label: `${x.title}（${x.sittings[0]?.day ?? '未定日期'}）` }))}
      data-testid="arrangement-merge"
    />
  );
}

/** The sittings of the batches being arranged, this batch first. */
export function setupRows(batches: BatchLike[]): SetupRow[] {
  return batches.flatMap((b) =>
    b.sittings
      .filter((s) => s.kind === 'theory' || s.kind === 'skill')
      .map((s) => ({
        id: s.id,
        batchTitle: b.title,
        kind: s.kind as 'theory' | 'skill',
        day: s.day,
        time: `${s.startsAt}–${s.endsAt}`,
        place: s.place,
      })),
  );
}

/** The site a row uses: as chosen, else the one the last run used for it. */
const siteOf = (id: string, choices: SetupChoices, run: ArrangementView | null) => {
  const c = choices[id]?.siteId;
  return c === undefined ? (run?.sittings.find((s) => s.id === id)?.siteId ?? null) : c;
};

/** The run body's `sittings`: the rows that have a site. */
export function setupsBody(
  rows: SetupRow[],
  choices: SetupChoices,
  run: ArrangementView | null,
): NonNullable<RunBody['sittings']> {
  return rows.flatMap((r) => {
    const siteId = siteOf(r.id, choices, run);
    if (!siteId) return [];
    const c = choices[r.id] ?? {};
    const extra = (c.extraSiteIds ?? []).filter((x) => x !== siteId);
    return [
      {
        sittingId: r.id,
        siteId,
        extraSiteIds: extra.length ? extra : null,
        roomKind: c.roomKind ?? null,
        equipment: c.equipment?.length ? c.equipment : null,
      },
    ];
  });
}

export function SittingSetupTable(props: {
  rows: SetupRow[];
  choices: SetupChoices;
  run: ArrangementView | null;
  onChange: (id: string, c: SetupChoice) => void;
}) {
  const { rows, choices, run, onChange } = props;
  const sites = useSites();
  const rooms = useRooms();
  const siteOptions = (sites.data?.items ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }));
  const equipment = [...new Set((rooms.data?.items ?? []).filter((r) => r.active).flatMap((r) => r.equipment))].sort(
    (a, b) => a.localeCompare(b, 'zh'),
  );
  const several = new Set(rows.map((r) => r.batchTitle)).size > 1;
  const set = (id: string, patch: SetupChoice) => onChange(id, { ...choices[id], ...patch });
  return (
    <Table<SetupRow>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="arrangement-setups"
      locale={{ emptyText: '批次没有理论或技能场次' }}
      columns={[
        ...(several ? [{ title: '批次', dataIndex: 'batchTitle', width: 180, ellipsis: true }] : []),
        {
          title: '场次',
          width: 240,
          render: (_: unknown, r: SetupRow) => (
            <span data-testid={`setup-${r.kind}`}>{`${r.kind === 'theory' ? '理论' : '技能'} ${r.day} ${r.time}`}</span>
          ),
        },
        { title: '计划地点', dataIndex: 'place', ellipsis: true },
        {
          title: '考点',
          width: 170,
          render: (_: unknown, r: SetupRow) => (
            <Select
              size="small"
              allowClear
              style={{ width: '100%' }}
              placeholder="按计划地点"
              value={siteOf(r.id, choices, run) ?? undefined}
              options={siteOptions}
              onChange={(v?: string) => set(r.id, { siteId: v ?? null })}
              data-testid="setup-site"
            />
          ),
        },
        {
          title: '备用考点',
          width: 200,
          render: (_: unknown, r: SetupRow) => {
            const own = siteOf(r.id, choices, run);
            return (
              <Select
                size="small"
                mode="multiple"
                allowClear
                style={{ width: '100%' }}
                disabled={!own}
                placeholder={own ? '本考点不够时使用' : '先选考点'}
                value={(choices[r.id]?.extraSiteIds ?? []).filter((x) => x !== own)}
                options={siteOptions.filter((o) => o.value !== own)}
                onChange={(v: string[]) => set(r.id, { extraSiteIds: v })}
                data-testid="setup-extra-sites"
              />
            );
          },
        },
        {
          title: '考场类型',
          width: 140,
          render: (_: unknown, r: SetupRow) => (
            <Select
              size="small"
              allowClear
              style={{ width: '100%' }}
              disabled={!siteOf(r.id, choices, run)}
              placeholder={siteOf(r.id, choices, run) ? (r.kind === 'theory' ? '理论考场' : '实操考场') : '先选考点'}
              value={choices[r.id]?.roomKind ?? undefined}
              options={roomKinds.map((k) => ({ value: k, label: roomKindLabels[k] }))}
              onChange={(v?: RoomKindName) => set(r.id, { roomKind: v ?? null })}
              data-testid="setup-kind"
            />
          ),
        },
        {
          title: '设备要求',
          width: 220,
          render: (_: unknown, r: SetupRow) => (
            <Select
              size="small"
              mode="tags"
              allowClear
              style={{ width: '100%' }}
              disabled={!siteOf(r.id, choices, run)}
              placeholder={siteOf(r.id, choices, run) ? '不限' : '先选考点'}
              value={choices[r.id]?.equipment ?? []}
              options={equipment.map((e) => ({ value: e, label: e }))}
              onChange={(v: string[]) => set(r.id, { equipment: v })}
              data-testid="setup-equipment"
            />
          ),
        },
      ]}
      footer={() => (
        <Typography.Text type="secondary">
          考点留空时按计划地点中的考点名称自动确定；本考点考场不够时依次使用备用考点，每个使用的考点各配考场负责人、督导员和考务人员（R-ARR-03）；考场类型留空时理论考试用理论考场、技能考核用实操考场。
        </Typography.Text>
      )}
    />
  );
}

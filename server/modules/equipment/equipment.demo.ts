import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { equipmentItems, equipmentRequests, occupations, users } from '../../db/schema/index.js';
import { systemActor } from '../../http/access.js';
import { addDays } from '../../../shared/dates.js';
import { recordAudit } from '../audit/audit.service.js';

type DemoItem = Omit<typeof equipmentItems.$inferInsert, 'occupationId'> & { code: string };

/**
 * The demo centre's equipment ledger (R-EQ-01): the filing's lines (R-ORG-05 reads them from here), an instrument
 * due within 30 days and one past its calibration date (R-EQ-03: neither stands in a room the demo arrangement uses),
 * and a pending scrapping request by the exam admin for the head to decide (R-EQ-04).
 */
export async function seedDemoEquipment(tx: DbOrTx, opts: { today: string }) {
  const items: DemoItem[] = [
    {
      code: '6-18-01-01',
      location: '实训楼 B 区 数控车工实训室',
      name: '数控车床',
      model: 'CK6140',
      quantity: 20,
      unit: '台',
      purchasedOn: '2021-09-01',
      price: '86000.00',
      parameters: '最大回转直径 400 mm，最大加工长度 1000 mm，FANUC 0i-TF 系统',
      workContents: '零件加工、数控编程',
      ownership: 'owned',
    },
    {
      code: '6-18-01-01',
      location: '实训楼 B 区 数控车工实训室',
      name: '数控仿真软件',
      model: '斯沃 V7.2',
      quantity: 60,
      unit: '套',
      workContents: '数控编程',
      ownership: 'owned',
    },
    {
      code: '6-18-01-01',
      location: '实训楼 B 区 数控车工实训室',
      name: '数显游标卡尺',
      model: '0–150 mm / 0.01 mm',
      quantity: 20,
      unit: '把',
      purchasedOn: '2023-03-10',
      price: '260.00',
      workContents: '零件精度检验',
      ownership: 'owned',
      isInstrument: true,
      calibrationDueOn: addDays(opts.today, 20),
    },
    {
      code: '4-10-01-03',
      location: '商贸楼 保育实训室',
      name: '综合急救箱',
      model: 'JJX-2',
      quantity: 10,
      unit: '个',
      workContents: '安全防护、应急处理',
      ownership: 'owned',
    },
    {
      code: '6-31-01-03',
      location: '实训楼 A 区 电工实训室',
      name: '维修电工实训考核装置',
      model: 'THWD-1',
      quantity: 24,
      unit: '套',
      purchasedOn: '2020-06-18',
      price: '32000.00',
      parameters: '三相四线 380 V，含 PLC、变频器模块',
      workContents: '电气控制线路安装与调试、PLC 编程',
      ownership: 'owned',
    },
    {
      code: '6-31-01-03',
      location: '实训楼 A 区 仪表柜',
      name: '数字绝缘电阻表',
      model: 'UT512',
      quantity: 6,
      unit: '台',
      purchasedOn: '2019-05-20',
      price: '1500.00',
      workContents: '电气设备绝缘检测',
      ownership: 'owned',
      isInstrument: true,
      calibrationDueOn: addDays(opts.today, -10),
    },
  ];
  const ids = new Map<string, string>();
  for (const { code, ...item } of items) {
    const [occ] = await tx
      .select({ id: occupations.id })
      .from(occupations)
      .where(and(eq(occupations.edition, '2022'), eq(occupations.code, code)));
    if (!occ) throw new Error(`demo equipment: 2022 ${code} missing from the catalogue`);
    const [row] = await tx
      .insert(equipmentItems)
      .values({ ...item, occupationId: occ.id })
      .returning();
    ids.set(item.name, row.id);
  }
  const [kaowu] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'kaowu'));
  if (kaowu)
    await tx.insert(equipmentRequests).values({
      itemId: ids.get('数控仿真软件')!,
      kind: 'scrapping',
      quantity: 5,
      reason: '授权到期且无法升级，申请报废 5 套',
      requestedBy: kaowu.id,
    });
  await recordAudit(tx, systemActor, {
    action: 'seed',
    entity: 'equipment_item',
    entityId: ids.get('数控车床')!,
    after: { items: items.length },
  });
}

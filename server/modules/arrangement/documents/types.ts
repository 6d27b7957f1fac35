import type { QrMatrix } from './qr.js';

/**
 * R-ARR-10/11: the plain data the printed documents are drawn from. The loaders (documents.load.ts) build these from
 * a published arrangement; the renderers (documents.tickets.ts, documents.rooms.ts) read nothing else, so they can be
 * measured and tested without a database.
 */

/** One sitting on a ticket: 科目, day, times, site, room and seat. */
export interface TicketSittingLine {
  kindName: string;
  day: string;
  /** 08:30–10:00 */
  time: string;
  site: string;
  room: string;
  seat: string;
}

/** One 准考证. */
export interface TicketData {
  ticketNumber: string;
  name: string;
  /** 男 / 女 */
  gender: string;
  /**
   * The ID number as the door check needs it: every character masked but the last 4 (the proctor compares them and
   * the photo with the ID card; the full number is never printed, R-PPL-02).
   */
  idMasked: string;
  /** 所在学院 or 工作单位. */
  unit: string;
  /** 电工（维修电工） */
  occupation: string;
  occupationCode: string;
  /** 三级/高级工 */
  level: string;
  /**
   * The candidate's 1-inch photo (295×413 JPEG), null when none is on file: the ticket then prints a visible
   * 无照片 mark (the door check verifies the ID card instead), and the print panel lists such candidates first.
   */
  photo: Buffer | null;
  sittings: TicketSittingLine[];
  /** The verification URL's QR code (documents.qr.ts). */
  qr: QrMatrix;
  /** Which room and college the ticket is filed under in a bulk print. */
  roomKey?: string;
  collegeName?: string;
}

/** What every ticket of a print shares. */
export interface TicketSheet {
  centreName: string;
  batchTitle: string;
  /** 考生须知 (H 职业技能等级认定考场规则), one item a line. */
  rules: readonly string[];
}

/** One seat of a room in a sitting (door list, seat chart, sign-in sheet). */
export interface RoomSeat {
  seat: number;
  name: string;
  ticketNumber: string;
  /** Last 4 characters of the ID number, for the sign-in check. */
  idTail: string;
  unit: string;
  photo: Buffer | null;
}

/** One room used by one sitting. */
export interface RoomSheet {
  centreName: string;
  batchTitle: string;
  /** 电工（三级/高级工） */
  occupation: string;
  kindName: string;
  day: string;
  time: string;
  site: string;
  room: string;
  /** 第 3 考场 */
  roomNo: number;
  capacity: number;
  proctors: string[];
  seats: RoomSeat[];
}

/** R-ARR-02: the proctor lot of one sitting (抽签记录), as the solver drew it. */
export interface LotRecord {
  centreName: string;
  batchTitle: string;
  sittingLabel: string;
  site: string;
  seed: string;
  proctorsPerRoom: number;
  draws: { order: number; name: string; room: string }[];
}

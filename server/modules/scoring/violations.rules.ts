// R-VIOL-01…04: what each tier of violation does to the results, in the words the centre and the candidate read.

/** The effect of a violation of `tier` in the part named `part` (理论知识, 操作技能, 综合评审). */
export const effectOf = (tier: number, part: string) =>
  tier === 1
    ? `取消${part}成绩`
    : tier === 2
      ? `${part}按作弊处理，记 0 分`
      : tier === 3
        ? '取消本批次全部科目成绩'
        : '取消本批次全部科目成绩，毕业前不得参加评价';

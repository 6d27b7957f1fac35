import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * `column = any($1::type[])`: one array parameter however many values. `inArray` binds one parameter per value,
 * and PostgreSQL refuses a statement with more than 65,535 (a year's candidates can pass that).
 */
export const anyOf = (column: AnyPgColumn, values: readonly string[]) =>
  sql`${column} = any(${sql.param([...new Set(values)])}::${sql.raw(column.getSQLType())}[])`;

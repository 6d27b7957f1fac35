import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { calendarYear, calendarYearBody, deadlineQuery, deadlineResult, yearParam } from '../../../shared/calendar.js';
import { computeDeadline, listCalendarYears, saveCalendarYear } from './calendar.service.js';

/** R-DAYS-01: the working-day calendar (工作日历) and the deadline calculator built on it. */
export const calendarRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['calendar'];
    app.get(
      '/calendar',
      { schema: { tags, summary: '工作日历（各年法定节假日与调休安排）', response: { 200: z.array(calendarYear) } } },
      async (req) => listCalendarYears(ctx.db, { actor: req.actor }),
    );
    app.get(
      '/calendar/compute',
      {
        schema: {
          tags,
          summary: '按工作日计算日期（之前 N 个工作日 / 之后 N 个工作日 / N 个工作日的期限）',
          querystring: deadlineQuery,
          response: { 200: deadlineResult },
        },
      },
      async (req) => computeDeadline(ctx.db, { actor: req.actor, ...req.query }),
    );
    app.put(
      '/calendar/:year',
      {
        schema: {
          tags,
          summary: '录入或修改一年的法定节假日安排',
          params: yearParam,
          body: calendarYearBody,
          response: { 200: calendarYear },
        },
      },
      async (req) => saveCalendarYear(ctx.db, { actor: req.actor, year: req.params.year, ...req.body }),
    );
  };

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { calendarYearBody } from '../../../shared/calendar.js';
import { api } from '../../app/api.js';

export type CalendarYearBody = z.infer<typeof calendarYearBody>;

export const kindNames = { holiday: '放假', workday: '调休上班' } as const;

export function useCalendarYears() {
  return useQuery({ queryKey: ['calendar'], queryFn: () => api.get('/calendar') });
}

export function useSaveCalendarYear() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: CalendarYearBody }) =>
      api.put('/calendar/{year}', { path: { year }, body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['calendar'] });
      void client.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

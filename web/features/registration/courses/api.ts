import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { courseImportResult, requiredCoursesResponse } from '../../../../shared/courses.js';
import { api, apiUrl } from '../../../app/api.js';

/** R-ELIG-03/04: course results and the courses each occupation requires (server/modules/registration/courses.routes.ts). */

export type CourseImportResult = z.infer<typeof courseImportResult>;
export type RequiredCourses = z.infer<typeof requiredCoursesResponse>;
export type RequiredCourse = RequiredCourses['items'][number];
type Occupation = { edition: string; code: string };

export const courseTemplateUrl = apiUrl('/courses/template');

export function useCourseImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.upload('/courses/import', file),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['course-results'] }),
  });
}

export const useCourseResults = (personId: string | undefined) =>
  useQuery({
    queryKey: ['course-results', personId],
    queryFn: () => api.get('/courses/results', { query: { personId: personId! } }),
    enabled: !!personId,
  });

export const useRequiredCourses = (o: Occupation | null) =>
  useQuery({
    queryKey: ['required-courses', o?.edition, o?.code],
    queryFn: () => api.get('/courses/required', { query: o! }),
    enabled: !!o,
  });

export function useSaveRequiredCourses() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Occupation & { courses: RequiredCourse[] }) => api.put('/courses/required', { body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['required-courses'] });
      void client.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

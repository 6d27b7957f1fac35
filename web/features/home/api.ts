import { useQuery } from '@tanstack/react-query';
import type { HomeResponse } from '../../../shared/home.js';
import { api } from '../../app/api.js';

export const useHome = () => useQuery({ queryKey: ['home'], queryFn: () => api.get<HomeResponse>('/home') });

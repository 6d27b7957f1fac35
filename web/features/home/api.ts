import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.js';

export const useHome = () => useQuery({ queryKey: ['home'], queryFn: () => api.get('/home') });

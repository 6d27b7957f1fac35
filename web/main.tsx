import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { Providers } from './app/providers.js';
import { router } from './app/router.js';
import './app/global.css';

// Messages of the shared schemas, when they have no Chinese text of their own, come out in Chinese.
z.config(zhCN());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);

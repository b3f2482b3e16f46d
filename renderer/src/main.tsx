import React from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { AppShell } from './app/AppShell';
import { pageCodeArrived } from './app/first-screen';
import { runtimeTheme } from './app/theme';
import { setApiData } from './api/hooks';
import 'virtual:antd.css';
import './app/global.css';
import { syncClock } from './lib/clock';
import { installDateEnterGuard } from './lib/date-enter';
import { installUnloadGuard } from './lib/unsaved';

dayjs.extend(customParseFormat);
dayjs.locale('vi');

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

// Windows' "Show animations" off (or a slow office PC's owner asking for less motion): no zoom and
// fade on dialogs and menus, which then answer at once.
const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

installUnloadGuard();
installDateEnterGuard();

// Default dates come from the service clock: read it before the first screen (asked for by boot.ts,
// with the page's code and data). The app's info it comes with is what the shell asks for too.
// The opening page's code is waited for as well (at most 3 s), so that the shell and the page
// render together (app/pages.tsx).
void Promise.all([syncClock(), pageCodeArrived()]).then(([info]) => {
  if (info) setApiData(queryClient, 'app.info', {}, info);
  createRoot(document.getElementById('root')!).render(
    <React.StrictMode>
      <ConfigProvider locale={viVN} theme={runtimeTheme(!reduceMotion)}>
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <AppShell />
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </React.StrictMode>,
  );
});

// The start script, the page's only entry: a small chunk without React or antd, so it runs as soon
// as it arrives and starts what the first screen needs (app/first-screen.ts) while the app's code
// (main.tsx, with React, antd and the shell) is still downloading and being evaluated. Were the
// app a static import of this file, the browser would evaluate all of it first.
import { startFirstScreen } from './app/first-screen';

startFirstScreen(() => import('./main'));

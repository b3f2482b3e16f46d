// The start script, first of the two in index.html: the build makes them one entry in which this
// one runs first, as soon as the code is downloaded and before React, antd and the app's own code
// (main.tsx) are evaluated. It starts what the first screen needs (app/first-screen.ts).
import { startFirstScreen } from './app/first-screen';

startFirstScreen();

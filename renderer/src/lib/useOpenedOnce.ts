import { useState } from 'react';

/**
 * True from the first time `open` is true on: a dialog whose code is fetched when first opened is
 * mounted from then on (and keeps its closing animation), not with the page.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}

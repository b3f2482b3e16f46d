import { useEffect } from 'react';
import { markUnsaved } from './unsaved';

/** While `dirty`, closing the window or leaving the page asks first (see lib/unsaved). */
export function useUnsavedMark(dirty: boolean): void {
  useEffect(() => (dirty ? markUnsaved() : undefined), [dirty]);
}

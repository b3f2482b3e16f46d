/**
 * Enter in a date field confirms the date typed there; it never submits the form around it (a
 * form with a hidden submit button would otherwise be saved half-filled). Cancelling the key's
 * default action stops the browser's implicit submission; the picker still takes the typed date
 * (it only skips opening its calendar on Enter).
 */
export function installDateEnterGuard(): void {
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Enter' || !(e.target instanceof HTMLElement)) return;
      if (e.target.closest('.ant-picker, .partial-date-input')) e.preventDefault();
    },
    true,
  );
}

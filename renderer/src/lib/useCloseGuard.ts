import { App } from 'antd';
import { useEffect, useEffectEvent, useId, useRef } from 'react';
import { useUnsavedMark } from './useUnsavedMark';

/** Popups that Esc closes on their own: a select or date drop-down, a menu, a Popconfirm. */
const POPUPS = '.ant-select-dropdown, .ant-picker-dropdown, .ant-dropdown, .ant-cascader-dropdown, .ant-popover';
/** The layers a dialog or drawer sits in, in the order they were put on the page. */
const LAYERS = '.ant-modal-wrap, .ant-drawer-content-wrapper';

function visible(el: HTMLElement): boolean {
  if (/(^|\s)[\w-]+-hidden(\s|$)/.test(el.className)) return false;
  // A closed popup may stay in the page with visibility: hidden (or fading out), still with a size.
  if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/** True when the Esc just pressed belongs to an open drop-down, picker or popover, not the dialog. */
function popupOpen(): boolean {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active.getAttribute('aria-expanded') === 'true') return true;
  return [...document.querySelectorAll<HTMLElement>(POPUPS)].some(visible);
}

/** True when the topmost open dialog or drawer is the one marked with `className`. */
function isTopLayer(className: string): boolean {
  const layers = [...document.querySelectorAll<HTMLElement>(LAYERS)].filter(visible);
  const top = layers[layers.length - 1];
  return !!top && !!top.closest(`.${className}`);
}

interface Options {
  open: boolean;
  /** The form holds edits not saved yet. */
  dirty: boolean;
  /** Really closes the dialog. */
  onClose: () => void;
  /** The dialog keeps a draft of what was typed when closed without saving (the question says so). */
  keepsDraft?: boolean;
}

/**
 * Closing a dialog or drawer that holds unsaved typing asks first, whichever way it is closed:
 * Esc, ×, a click outside, the "Hủy" button, or closing the window. Esc first closes an open
 * drop-down, picker or popover inside it, and only the topmost dialog answers Esc.
 * Spread `modalProps` (or `drawerProps`) on the antd Modal (or Drawer) and call `requestClose` from any "Hủy" button.
 */
export function useCloseGuard({ open, dirty, onClose, keepsDraft = false }: Options) {
  const { modal } = App.useApp();
  const layerClass = `close-guard-${useId().replace(/[^\w-]/g, '')}`;
  const asking = useRef(false);

  const requestClose = () => {
    if (!dirty) {
      onClose();
      return;
    }
    if (asking.current) return;
    asking.current = true;
    modal.confirm({
      title: 'Đóng mà chưa lưu?',
      content: keepsDraft
        ? 'Phần bạn vừa nhập chưa được lưu. Nếu đóng, chương trình giữ lại bản nháp để lần mở sau bấm "Khôi phục".'
        : 'Phần bạn vừa nhập chưa được lưu và sẽ mất nếu đóng.',
      okText: 'Đóng, không lưu',
      cancelText: 'Tiếp tục nhập',
      okButtonProps: { danger: true },
      autoFocusButton: 'cancel',
      onOk: () => {
        asking.current = false;
        onClose();
      },
      onCancel: () => {
        asking.current = false;
      },
    });
  };

  const onEscape = useEffectEvent((e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.isComposing || asking.current) return;
    // Looked at before the drop-down handles the key (capture phase), while it is still open.
    if (popupOpen() || !isTopLayer(layerClass)) return;
    // The key is ours: antd's own Esc handling (window, bubble phase) would otherwise close the
    // question it is about to ask, which opens before that handler runs.
    e.stopPropagation();
    e.preventDefault();
    requestClose();
  });

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => onEscape(e);
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open]);

  useUnsavedMark(open && dirty);

  return {
    requestClose,
    /** Spread on the antd Modal: Esc is handled here, not by antd. */
    modalProps: { rootClassName: layerClass, keyboard: false, onCancel: requestClose },
    /** Spread on the antd Drawer. */
    drawerProps: { rootClassName: layerClass, keyboard: false, onClose: requestClose },
  };
}

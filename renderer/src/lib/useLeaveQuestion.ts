import { App } from 'antd';
import { useEffect } from 'react';
import { setLeaveQuestion } from './unsaved';

/** The app shell's question before leaving a page with unsaved edits, in the app's own dialog. */
export function useLeaveQuestion(): void {
  const { modal } = App.useApp();
  useEffect(() => {
    setLeaveQuestion(
      () =>
        new Promise<boolean>((resolve) => {
          modal.confirm({
            title: 'Rời trang mà chưa lưu?',
            content: 'Phần bạn vừa nhập trên trang này chưa được lưu và sẽ mất nếu rời trang.',
            okText: 'Rời trang, không lưu',
            cancelText: 'Ở lại',
            okButtonProps: { danger: true },
            autoFocusButton: 'cancel',
            onOk: () => resolve(true),
            onCancel: () => resolve(false),
          });
        }),
    );
  }, [modal]);
}

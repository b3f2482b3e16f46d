import { z } from '../api/zod-vi';

export { CHECKLIST_STEPS, type Checklist, type ChecklistStep } from './checklist-steps';

export const checklistHideSchema = z.strictObject({
  hidden: z.boolean({ error: 'Hãy chọn ẩn hoặc hiện danh sách việc cần làm.' }),
});

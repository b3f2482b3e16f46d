import type { BuiltInTemplate } from '../../shared/documents/templates';
import { baoCao, congVan, keHoach, thongBao } from './generic';
import { tcnHuongDan } from './tcn-huong-dan';
import { tcnKeHoach } from './tcn-ke-hoach';

/** The built-in templates, read-only, in the order the clerk sees them. */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [tcnKeHoach, tcnHuongDan, keHoach, baoCao, thongBao, congVan];

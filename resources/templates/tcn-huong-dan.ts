import type { BuiltInTemplate } from '../../shared/documents/templates';
import { b, h1, h2, h3, reportAnnex } from './blocks';

// Shaped like seed 002 (Hướng dẫn tổ chức các hoạt động Tháng Công nhân năm 2023): purpose and
// requirements, five groups of activities, who does what, with the results form attached.

export const tcnHuongDan: BuiltInTemplate = {
  key: 'tcn-huong-dan',
  name: 'Hướng dẫn tổ chức các hoạt động Tháng Công nhân năm {năm}',
  description: 'Hướng dẫn các công đoàn cơ sở tổ chức Tháng Công nhân, kèm phụ lục mẫu báo cáo kết quả.',
  fields: { theme: { default: '' }, period: { from: '05-01', to: '05-31' }, deadline: { default: '05-31' } },
  content: {
    kind: 'HD',
    title: 'Tổ chức các hoạt động Tháng Công nhân năm {năm}',
    basis: ['Căn cứ Kế hoạch số … ngày …/…/… của {cấp_trên} về việc tổ chức các hoạt động Tháng Công nhân năm {năm}.'],
    intro: [
      'Ban Thường vụ {đơn_vị_ban_hành} ban hành Hướng dẫn tổ chức các hoạt động Tháng Công nhân năm {năm} với chủ đề “{chủ_đề}”, cụ thể như sau:',
    ],
    body: [
      h1('Mục đích, yêu cầu'),
      h2('Mục đích'),
      b(
        'Tuyên truyền sâu rộng trong hệ thống công đoàn và toàn xã hội về vị trí, vai trò, đóng góp của giai cấp công nhân Việt Nam trong sự nghiệp cách mạng, đặc biệt là trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước. Từ đó củng cố niềm tin, niềm tự hào giai cấp và tăng cường mối quan hệ gắn kết đoàn viên, công nhân, viên chức, người lao động (CNVCLĐ) với tổ chức công đoàn, góp phần xây dựng tổ chức Công đoàn Việt Nam vững mạnh.',
      ),
      b(
        'Động viên đoàn viên, CNVCLĐ, nhất là đội ngũ công nhân lao động trong các loại hình doanh nghiệp nỗ lực vượt khó, lao động sáng tạo đóng góp cho sự phát triển doanh nghiệp, giữ vững ổn định, thúc đẩy tăng trưởng kinh tế của địa phương.',
      ),
      b(
        'Thông qua các hoạt động Tháng Công nhân, làm tốt công tác đại diện, chăm lo, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên, công nhân lao động, tạo sự quan tâm của cấp ủy, chính quyền, hệ thống chính trị, chủ doanh nghiệp và toàn xã hội đối với giai cấp công nhân.',
      ),
      h2('Yêu cầu'),
      b(
        'Tổ chức các hoạt động Tháng Công nhân gắn với Tháng hành động về An toàn, vệ sinh lao động năm {năm}; {các_ngày_kỷ_niệm} rộng khắp, thiết thực, hiệu quả, hướng về cơ sở, trực tiếp giải quyết vấn đề công nhân lao động quan tâm, bức xúc và phù hợp tình hình thực tiễn của địa phương, đơn vị; đồng thời thu hút đông đảo đoàn viên, CNVCLĐ tham gia.',
      ),
      b(
        'Ban Thường vụ, Ban Chấp hành công đoàn các cấp chủ động tham mưu cấp ủy, tổ chức đảng, chính quyền đồng cấp, người sử dụng lao động triển khai các hoạt động Tháng Công nhân và Tháng hành động về An toàn, vệ sinh lao động năm {năm} đảm bảo thiết thực, hiệu quả; tạo được lòng tin, sự quan tâm, chăm lo của toàn xã hội đối với tổ chức công đoàn và đoàn viên, CNVCLĐ.',
      ),
      h1('Nội dung hoạt động'),
      h2('Tổ chức Chương trình “Đối thoại tháng 5”, hoạt động “Cảm ơn người lao động”'),
      b(
        'Sử dụng có hiệu quả các trang mạng xã hội của các cấp công đoàn để lắng nghe ý kiến, kiến nghị của CNVCLĐ; kịp thời tổng hợp, phản ánh đến cơ quan, tổ chức có thẩm quyền, người sử dụng lao động để giải quyết.',
      ),
      b(
        'Căn cứ tình hình thực tiễn đề xuất, tham mưu và linh hoạt tổ chức để người đứng đầu cấp ủy đảng, chính quyền, chuyên môn đồng cấp gặp gỡ, đối thoại với CNVCLĐ theo tinh thần Nghị quyết số 02-NQ/TW, ngày 12/6/2021 của Bộ Chính trị về “Đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới”.',
      ),
      b(
        'Công đoàn cơ sở doanh nghiệp đề xuất, phối hợp với người sử dụng lao động tổ chức các hoạt động “Cảm ơn người lao động”, kịp thời động viên, giải quyết các vấn đề người lao động quan tâm, bức xúc.',
      ),
      h2(
        'Tổ chức tháng cao điểm phát triển đoàn viên, thành lập công đoàn cơ sở; giới thiệu đoàn viên công đoàn ưu tú cho Đảng xem xét, bồi dưỡng, kết nạp',
      ),
      b(
        'Rà soát, nắm tình hình doanh nghiệp, người lao động trên địa bàn để tập trung cao điểm tuyên truyền, vận động phát triển đoàn viên, thành lập công đoàn cơ sở. Tổ chức kết nạp “Lớp đoàn viên tháng Năm” và Lễ ra mắt công đoàn cơ sở vào dịp tháng 5/{năm}.',
      ),
      b(
        'Quan tâm bồi dưỡng, giới thiệu đoàn viên công đoàn ưu tú cho Đảng xem xét, bồi dưỡng, kết nạp; phối hợp tổ chức Lễ kết nạp đảng viên là CNVCLĐ vào dịp kỷ niệm {kỷ_niệm:ho-chi-minh-birthday}.',
      ),
      h2('Tổ chức Chương trình “Mỗi công đoàn cơ sở, một lợi ích đoàn viên”'),
      b(
        'Rà soát, đẩy mạnh công tác thương lượng với người sử dụng lao động nhằm nâng cao phúc lợi, lợi ích cho đoàn viên, người lao động.',
      ),
      b(
        'Phối hợp tổ chức các hoạt động văn hóa, thể thao trong CNVCLĐ, chương trình du lịch, nghỉ mát cho công nhân; tiếp tục ký kết, triển khai hoạt động với các đối tác phúc lợi nhằm mang lại lợi ích cho đoàn viên, người lao động.',
      ),
      b('Mỗi công đoàn cơ sở đăng ký và triển khai có hiệu quả ít nhất 01 việc làm cụ thể chăm lo phúc lợi cho đoàn viên.'),
      h2('Hưởng ứng Tháng Công nhân và Tháng hành động về An toàn, vệ sinh lao động'),
      b(
        'Phối hợp với chính quyền, cơ quan lao động đồng cấp, người sử dụng lao động tổ chức lễ phát động, hưởng ứng Tháng Công nhân - Tháng hành động về An toàn, vệ sinh lao động năm {năm} gắn với 01 hoạt động có ý nghĩa thiết thực với người lao động.',
      ),
      b(
        'Tổ chức thăm hỏi, động viên đoàn viên, CNVCLĐ có hoàn cảnh đặc biệt khó khăn, bị tai nạn lao động, bệnh hiểm nghèo nhân dịp Tháng Công nhân năm {năm}.',
      ),
      h2(
        'Tổ chức chiến dịch truyền thông về {kỷ_niệm:labour-day}, Tháng Công nhân năm {năm} và các hoạt động trọng tâm của tổ chức Công đoàn Việt Nam',
      ),
      b(
        'Tuyên truyền về truyền thống, tinh thần bất diệt của Ngày Quốc tế Lao động 1/5; kết quả thực hiện Nghị quyết số 20-NQ/TW, ngày 28/01/2008 của Ban Chấp hành Trung ương Đảng khóa X về “Tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước”; hướng tới kỷ niệm {kỷ_niệm:vietnam-trade-union}.',
      ),
      b(
        'Tuyên truyền về mục đích, ý nghĩa của Tháng Công nhân và các hoạt động Tháng Công nhân năm {năm}; gương người tốt, việc tốt, mô hình hay trong đoàn viên, người lao động.',
      ),
      h1('Tổ chức thực hiện'),
      h2('{đơn_vị_viết_tắt}'),
      h3('Bộ phận Tuyên giáo - Nữ công'),
      b(
        'Hướng dẫn, theo dõi các công đoàn cơ sở tổ chức các hoạt động Tháng Công nhân năm {năm}; tổ chức truyền thông về các hoạt động Tháng Công nhân; tổng hợp báo cáo kết quả.',
      ),
      h3('Bộ phận Chính sách pháp luật và Quan hệ lao động'),
      b(
        'Tham mưu tổ chức Tháng hành động về An toàn, vệ sinh lao động năm {năm}; xét duyệt hỗ trợ, thăm hỏi, tặng quà đoàn viên, CNVCLĐ có hoàn cảnh đặc biệt khó khăn, bị tai nạn lao động, bệnh hiểm nghèo.',
      ),
      h3('Bộ phận Tổ chức - Kiểm tra'),
      b(
        'Tham mưu nội dung tổ chức tháng cao điểm phát triển đoàn viên, thành lập công đoàn cơ sở; giới thiệu đoàn viên công đoàn ưu tú cho Đảng xem xét, bồi dưỡng, kết nạp.',
      ),
      h3('Bộ phận Tài chính'),
      b(
        'Tham mưu cân đối nguồn kinh phí phục vụ các hoạt động của Tháng Công nhân và Tháng hành động về An toàn, vệ sinh lao động năm {năm}.',
      ),
      h3('Văn phòng'),
      b('Chuẩn bị phương tiện và các điều kiện cần thiết phục vụ Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm {năm}.'),
      h2('Các công đoàn cơ sở trực thuộc'),
      b(
        'Xây dựng kế hoạch tổ chức các hoạt động Tháng Công nhân gắn với Tháng hành động về An toàn, vệ sinh lao động năm {năm} với các nội dung cụ thể, thiết thực, phù hợp với đơn vị; vận động CNVCLĐ tích cực tham gia các hoạt động của đơn vị và cấp trên tổ chức.',
      ),
      b(
        'Tập trung lắng nghe, giải quyết và kịp thời phản ánh các kiến nghị, tâm tư, nguyện vọng, đề xuất hợp pháp, chính đáng của CNVCLĐ.',
      ),
      b(
        'Báo cáo kết quả tổ chức các hoạt động Tháng Công nhân năm {năm} (theo phụ lục gửi kèm) bằng văn bản trước ngày {hạn_báo_cáo} gửi về {đơn_vị_viết_tắt} để tổng hợp, báo cáo cấp trên theo quy định.',
      ),
    ],
    closing: [
      'Ban Thường vụ {đơn_vị_viết_tắt} đề nghị các công đoàn cơ sở báo cáo cấp ủy đảng cùng cấp, phối hợp với chính quyền, người sử dụng lao động tổ chức triển khai thực hiện./.',
    ],
    annexes: [reportAnnex('Mẫu báo cáo kết quả tổ chức các hoạt động Tháng Công nhân năm {năm}')],
  },
};

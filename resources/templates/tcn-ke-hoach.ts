import type { BuiltInTemplate } from '../../shared/documents/templates';
import { b, h1, h2, h3, pt, p, reportAnnex } from './blocks';

// Shaped like seed 000 (Kế hoạch tổ chức các hoạt động Tháng Công nhân năm 2024 of an LĐLĐ huyện):
// the same sections in the same order; names, year, theme, dates and anniversaries are placeholders.

export const tcnKeHoach: BuiltInTemplate = {
  key: 'tcn-ke-hoach',
  name: 'Kế hoạch tổ chức các hoạt động Tháng Công nhân năm {năm}',
  description: 'Kế hoạch của công đoàn cấp trên trực tiếp cơ sở, kèm mẫu báo cáo kết quả gửi các công đoàn cơ sở.',
  fields: { theme: { default: '' }, period: { from: '05-01', to: '05-31' }, deadline: { default: '05-26' } },
  content: {
    kind: 'KH',
    title: 'Tổ chức các hoạt động Tháng Công nhân năm {năm}',
    basis: [
      'Thực hiện Kế hoạch số …, ngày …/…/{năm} của Ban Thường vụ {cấp_trên} về việc tổ chức các hoạt động Tháng Công nhân năm {năm}.',
    ],
    intro: ['Ban Thường vụ {đơn_vị_ban_hành} xây dựng Kế hoạch tổ chức các hoạt động “Tháng Công nhân” năm {năm} như sau:'],
    body: [
      h1('Mục đích, yêu cầu'),
      h2('Mục đích'),
      b(
        'Nhằm tuyên truyền, động viên, khích lệ tạo động lực để cán bộ, đoàn viên, CNVCLĐ ở hai cấp công đoàn quyết tâm, nỗ lực, cùng hành động đưa nghị quyết đại hội công đoàn các cấp, Nghị quyết Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023 - 2028 vào cuộc sống.',
      ),
      b(
        'Phát huy tinh thần bất diệt của Ngày Quốc tế Lao động 1/5, làm tốt công tác đại diện, chăm lo, bảo vệ quyền và lợi ích hợp pháp, chính đáng cho đoàn viên, CNVCLĐ; thúc đẩy sự quan tâm của cấp ủy, chính quyền, hệ thống chính trị và toàn xã hội trong xây dựng giai cấp công nhân ngày càng lớn mạnh, tổ chức Công đoàn Việt Nam vững mạnh.',
      ),
      b(
        'Thông qua các hoạt động Tháng Công nhân phát huy vai trò tiên phong của đội ngũ cán bộ, đoàn viên, CNVCLĐ trong hoạt động đổi mới sáng tạo, phát huy sáng kiến, cải tiến kỹ thuật nâng cao năng suất lao động, hiệu quả công tác, phát triển cơ quan, đơn vị, thực hiện tốt nhiệm vụ phát triển kinh tế - xã hội của địa phương, đảm bảo việc làm và cải thiện thu nhập, đời sống của đoàn viên, CNVCLĐ.',
      ),
      h2('Yêu cầu'),
      b('Tổ chức các hoạt động Tháng Công nhân năm {năm} gắn với Tháng hành động về An toàn, vệ sinh lao động; {các_ngày_kỷ_niệm}.'),
      b(
        'Ban Thường vụ {đơn_vị_viết_tắt}, Ban Chấp hành công đoàn hai cấp chủ động tham mưu, đề xuất với cấp ủy đảng, chính quyền, chuyên môn đồng cấp chỉ đạo và phối hợp, huy động nguồn lực để tổ chức các hoạt động Tháng Công nhân và Tháng hành động về An toàn, vệ sinh lao động năm {năm} đảm bảo thiết thực, hiệu quả.',
      ),
      b(
        'Các công đoàn cơ sở trực thuộc thực hiện đảm bảo 100% chỉ tiêu nhiệm vụ năm {năm} và tổ chức ít nhất 01 hoạt động góp phần chăm lo, cải thiện đời sống cho đoàn viên, CNVCLĐ trong Tháng Công nhân năm {năm}.',
      ),
      h1('Chủ đề, thời gian'),
      h2('Chủ đề: “{chủ_đề}”'),
      h2('Thời gian: Thực hiện {thời_gian}.'),
      h1('Nội dung hoạt động'),
      p(
        'Công đoàn hai cấp tranh thủ sự lãnh đạo của cấp ủy, phối hợp với chính quyền tổ chức các hoạt động Tháng Công nhân năm {năm} tập trung các nội dung cụ thể như sau:',
      ),
      h2('Chương trình “Đưa nghị quyết đại hội vào cuộc sống”; “Cảm ơn người lao động”…'),
      h3('Đẩy mạnh tuyên truyền, triển khai thực hiện nghị quyết đại hội công đoàn các cấp'),
      p(
        'Công đoàn hai cấp tiếp tục tuyên truyền và xây dựng các chương trình, kế hoạch thực hiện nghị quyết đại hội công đoàn các cấp và Nghị quyết Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023 - 2028, gắn với tuyên truyền, phổ biến chính sách, pháp luật mới có liên quan đến quyền, lợi ích hợp pháp, chính đáng của đoàn viên, CNVCLĐ bằng các hình thức trực quan, sinh động thu hút đông đảo sự quan tâm của cán bộ, đoàn viên, CNVCLĐ và xã hội.',
      ),
      h3('Tổ chức các hoạt động “Cảm ơn người lao động”'),
      p(
        'Tranh thủ sự lãnh đạo của cấp ủy, sự hỗ trợ của chính quyền, vận động nguồn lực xã hội và người sử dụng lao động để tri ân đoàn viên, CNVCLĐ có thành tích trong công tác, lao động sản xuất, có nhiều đóng góp cho cơ quan, đơn vị. Ngoài ra, tổ chức thăm hỏi, tặng quà cho đoàn viên, CNVCLĐ tiêu biểu trong công tác, lao động, sản xuất.',
      ),
      // Seed 000 numbers this whole 376-character sentence '1.3.'; printed as a heading it came out
      // all bold, so the heading names the point and the sentence is body text.
      h3('Tham mưu, đề xuất các hoạt động chăm lo cho đoàn viên, CNVCLĐ'),
      p(
        'Chủ động tham mưu, đề xuất với cấp ủy, chính quyền, người sử dụng lao động có những hoạt động cụ thể, thiết thực chăm lo cho đoàn viên, CNVCLĐ như: thăm hỏi, tặng quà, đối thoại, thương lượng tập thể, xây dựng các chính sách chăm lo cho đoàn viên, CNVCLĐ... nhất là cùng với chính quyền, người sử dụng lao động quan tâm hỗ trợ cho đoàn viên, CNVCLĐ có hoàn cảnh khó khăn.',
      ),
      h2(
        'Tổ chức “Tháng cao điểm phát triển đoàn viên, thành lập công đoàn cơ sở”; giới thiệu đoàn viên công đoàn ưu tú cho Đảng xem xét, bồi dưỡng, kết nạp',
      ),
      b(
        'Rà soát, nắm tình hình doanh nghiệp, người lao động trên địa bàn, đơn vị mình để tập trung cao điểm tuyên truyền, vận động, thuyết phục người lao động nâng cao nhận thức, tự nguyện tham gia tổ chức công đoàn, tạo bước đột phá về phát triển đoàn viên và thành lập CĐCS trong “Tháng Công nhân” năm {năm}.',
      ),
      b('Tăng cường quan tâm giới thiệu đoàn viên ưu tú cho cấp ủy đảng bồi dưỡng, xem xét kết nạp vào Đảng Cộng sản Việt Nam.'),
      h2('Chương trình “Khỏe để lao động, sản xuất”'),
      b(
        'Các công đoàn cơ sở phối hợp chính quyền, chuyên môn tổ chức các hoạt động văn hóa, văn nghệ, thể dục, thể thao gắn với Cuộc vận động toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại và Lễ phát động, hưởng ứng Tháng Công nhân - Tháng hành động về An toàn vệ sinh lao động năm {năm} và kỷ niệm {kỷ_niệm_ngắn:labour-day}.',
      ),
      b(
        'Phối hợp tổ chức các chương trình tham quan, du lịch, nghỉ dưỡng sức, khám sức khỏe cho đoàn viên, CNVCLĐ; đẩy mạnh việc phối hợp các đơn vị có ký kết chương trình phúc lợi với công đoàn thực hiện các chương trình phúc lợi, ngày hội, tuần lễ bán hàng giảm giá… với các nhu yếu phẩm thiết yếu phục vụ đoàn viên, CNVCLĐ.',
      ),
      h2('Hưởng ứng Tháng hành động về An toàn vệ sinh lao động'),
      b(
        'Tổ chức các hoạt động hưởng ứng Tháng hành động về An toàn vệ sinh lao động năm {năm} theo hướng dẫn của Ban Thường vụ {đơn_vị_viết_tắt} (có văn bản hướng dẫn riêng).',
      ),
      b(
        'Phát huy vai trò của CĐCS trong việc tham gia xây dựng và thực hiện kế hoạch ATVSLĐ, đẩy mạnh việc phát triển mạng lưới an toàn vệ sinh viên cả về số lượng và chất lượng, nhất là nâng cao hiệu quả hoạt động của mạng lưới an toàn, vệ sinh viên tại CĐCS có đoàn viên, CNVCLĐ làm nghề, công việc nặng nhọc, độc hại, nguy hiểm và môi trường làm việc tồn tại các nguy cơ gây mất an toàn làm ảnh hưởng đến sức khỏe, tính mạng người lao động.',
      ),
      h2('Hoạt động tuyên truyền'),
      b(
        'Tuyên truyền về truyền thống, tinh thần bất diệt của Ngày Quốc tế Lao động 1/5; về truyền thống vẻ vang của giai cấp công nhân và tổ chức Công đoàn Việt Nam; kết quả thực hiện Nghị quyết số 20-NQ/TW, ngày 28/01/2008 của Ban Chấp hành Trung ương Đảng khóa X về “Tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước”; về chủ trương xây dựng giai cấp công nhân, tổ chức Công đoàn Việt Nam theo tinh thần Nghị quyết số 02-NQ/TW của Bộ Chính trị “về đổi mới tổ chức và hoạt động Công đoàn Việt Nam trong tình hình mới”, Nghị quyết Đại hội XIII Công đoàn Việt Nam và nghị quyết đại hội công đoàn các cấp.',
      ),
      // The anniversaries the clerk ticked when creating the plan (round ones by default): a fixed
      // 'Điện Biên Phủ' printed '69 năm' in 2023 and '71 năm' in 2025.
      b('Tuyên truyền {các_ngày_kỷ_niệm}; hướng tới kỷ niệm {kỷ_niệm:vietnam-trade-union}.'),
      b(
        'Tuyên truyền về các hoạt động của Tháng Công nhân, Tháng hành động về An toàn, vệ sinh lao động năm {năm}; gương người tốt, việc tốt, mô hình hay, cách làm hiệu quả trong cán bộ, đoàn viên, người lao động.',
      ),
      h2('Hoạt động cấp {cấp}'),
      p('Ban Thường vụ {đơn_vị_viết_tắt} tổ chức các hoạt động với các nội dung sau:'),
      pt('Phát động Tháng Công nhân gắn với Tháng hành động về ATVSLĐ năm {năm}.'),
      pt('Tổ chức thăm hỏi, tặng quà đoàn viên, CNVCLĐ có hoàn cảnh khó khăn, bị tai nạn lao động, bệnh nghề nghiệp.'),
      pt('Phối hợp cơ sở y tế tổ chức tầm soát sức khỏe cho đoàn viên, CNVCLĐ.'),
      h1('Tổ chức thực hiện'),
      h2('{đơn_vị_viết_tắt}'),
      b(
        'Xây dựng kế hoạch và tổ chức triển khai hoạt động Tháng Công nhân năm {năm}; tổ chức các hoạt động Tháng Công nhân năm {năm} phù hợp với chủ đề và điều kiện thực tế của địa phương.',
      ),
      b(
        'Giao bộ phận kế toán {đơn_vị_viết_tắt} hướng dẫn CĐCS về sử dụng kinh phí công đoàn thực hiện các hoạt động Tháng Công nhân năm {năm}.',
      ),
      h2('Các CĐCS trực thuộc'),
      b(
        'Căn cứ Kế hoạch này tùy tình hình thực tế của cơ quan, đơn vị tham mưu cấp ủy và phối hợp với thủ trưởng cơ quan, đơn vị tổ chức các hoạt động hưởng ứng Tháng Công nhân năm {năm}.',
      ),
      b(
        'Báo cáo kết quả thực hiện các hoạt động Tháng Công nhân năm {năm} về Văn phòng {đơn_vị_viết_tắt} trước ngày {hạn_báo_cáo} (theo mẫu gửi kèm).',
      ),
    ],
    closing: [
      'Trên đây là Kế hoạch tổ chức các hoạt động Tháng Công nhân năm {năm} của Ban Thường vụ {đơn_vị_viết_tắt}, đề nghị các CĐCS trực thuộc chủ động báo cáo cấp ủy đảng, tranh thủ sự ủng hộ của chính quyền để tổ chức thực hiện. Trong quá trình thực hiện có khó khăn, vướng mắc báo cáo về Thường trực {đơn_vị_viết_tắt} để có hướng dẫn, hỗ trợ kịp thời./.',
    ],
    annexes: [reportAnnex('Mẫu báo cáo kết quả tổ chức các hoạt động Tháng Công nhân năm {năm}')],
  },
};

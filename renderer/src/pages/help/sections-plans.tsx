import type { HelpSection } from './section';
import { Key, Steps, Sub, Tip, Ui } from './ui';

// Writing the year's documents, and the book of documents received from above.

export const plansSection: HelpSection = {
  key: 'ke-hoach',
  body: (
    <>
      <p>
        Trang <Ui>Kế hoạch & văn bản</Ui> soạn kế hoạch, hướng dẫn, báo cáo, thông báo, công văn đúng thể thức, tự điền tên đơn vị, năm và
        số năm các ngày kỷ niệm. Trước khi soạn, cần có thông tin đơn vị (phần “Nhập thông tin đơn vị”).
      </p>
      <Sub>Soạn kế hoạch Tháng Công nhân</Sub>
      <Steps>
        <li>
          Bấm <Ui>Tạo văn bản</Ui> (hoặc <Key>Ctrl+N</Key>). Ở <Ui>Mẫu văn bản</Ui> chọn “Kế hoạch tổ chức các hoạt động Tháng Công nhân năm
          …”.
        </li>
        <li>
          Ghi <Ui>Năm</Ui>, <Ui>Ngày ghi trên văn bản</Ui>, <Ui>Chủ đề của năm</Ui>, <Ui>Thời gian thực hiện</Ui> và{' '}
          <Ui>Hạn gửi báo cáo</Ui>. Đánh dấu các <Ui>Ngày kỷ niệm đưa vào văn bản</Ui> (phần mềm đã chọn sẵn các năm chẵn).
        </li>
        <li>
          Nếu làm theo kế hoạch của cấp trên đã vào sổ văn bản đến, chọn văn bản đó ở <Ui>Thực hiện văn bản</Ui>: dòng “Thực hiện …” được
          ghi sẵn. Bấm <Ui>Tạo văn bản</Ui>.
        </li>
        <li>
          Sửa nội dung theo dàn ý (I., 1., gạch đầu dòng). Phần mềm tự lưu; muốn lưu ngay bấm <Ui>Lưu ngay (Ctrl+S)</Ui>. Bấm{' '}
          <Ui>Xem bản in</Ui> để xem trang A4, <Ui>Tải Word</Ui> để lưu tệp Word.
        </li>
        <li>
          Khi đã duyệt, bấm <Ui>Ban hành…</Ui>: phần mềm đề xuất số tiếp theo trong sổ văn bản đi; kiểm tra <Ui>Số văn bản</Ui>,{' '}
          <Ui>Ngày ban hành</Ui> rồi bấm <Ui>Ban hành</Ui>. Văn bản đã ban hành được khóa, không sửa được nữa.
        </li>
        <li>
          Kế hoạch có mẫu báo cáo kèm theo thì bấm <Ui>Tạo đợt báo cáo từ kế hoạch</Ui> để có ngay đợt báo cáo với hạn nộp và bộ chỉ tiêu
          lấy từ kế hoạch (phần “Gửi mẫu báo cáo”).
        </li>
      </Steps>
      <Sub>Năm sau làm lại từ kế hoạch năm nay</Sub>
      <p>
        Trong danh sách văn bản, bấm nút <Ui>⋮</Ui> ở cuối dòng kế hoạch → <Ui>Làm kế hoạch năm sau…</Ui>. Phần mềm đổi năm, ngày tháng, số
        năm kỷ niệm và cho xem trước những chỗ đã đổi và những chỗ cần sửa tay; bấm <Ui>Mở bản nháp mới</Ui> để sửa tiếp.
      </p>
      <Tip>
        <Ui>In sổ văn bản đi</Ui> in sổ các văn bản đã ban hành trong năm. Dự thảo chưa ban hành xóa được bằng <Ui>Xóa dự thảo…</Ui>.
      </Tip>
    </>
  ),
};

export const incomingSection: HelpSection = {
  key: 'van-ban-den',
  body: (
    <>
      <p>
        Sổ văn bản đến ghi các văn bản nhận từ cấp trên (kế hoạch, hướng dẫn, công văn…), kèm tệp PDF hoặc Word, hạn xử lý và người xử lý.
        Văn bản sắp tới hạn được nhắc trên trang Tổng quan.
      </p>
      <Steps>
        <li>
          Vào trang <Ui>Văn bản đến</Ui>, bấm <Ui>Thêm văn bản đến</Ui> (hoặc <Key>Ctrl+N</Key>). <Ui>Số đến</Ui> được cấp tự động.
        </li>
        <li>
          Ghi <Ui>Ngày đến</Ui>, <Ui>Số và ký hiệu</Ui> (ví dụ 29/KH-LĐLĐ), <Ui>Ngày văn bản</Ui>, chọn <Ui>Loại văn bản</Ui>, ghi{' '}
          <Ui>Nơi ban hành</Ui> và <Ui>Trích yếu</Ui>.
        </li>
        <li>
          Nếu có hạn, ghi <Ui>Hạn xử lý</Ui> và <Ui>Người xử lý</Ui>. Chọn tệp văn bản (PDF hoặc Word, tối đa 20 MB) để lưu kèm. Bấm{' '}
          <Ui>Vào sổ</Ui>.
        </li>
        <li>
          Xử lý xong thì mở lại văn bản, đánh dấu <Ui>Đã xử lý xong</Ui> để trang Tổng quan thôi nhắc.
        </li>
      </Steps>
      <Tip>
        <Ui>In sổ văn bản đến</Ui> in sổ của cả năm. Khi soạn kế hoạch thực hiện văn bản của cấp trên, chọn văn bản đến ở ô{' '}
        <Ui>Thực hiện văn bản</Ui>.
      </Tip>
    </>
  ),
};

import type { HelpSection } from './section';
import { Key, Steps, Sub, Tip, Ui } from './ui';

// Keeping the data safe, and getting around quickly.

export const backupSection: HelpSection = {
  key: 'sao-luu',
  body: (
    <>
      <p>
        Phần mềm tự sao lưu vào thư mục dữ liệu mỗi ngày và khi đóng. Nhưng nếu máy hỏng hoặc nhiễm mã độc thì các bản đó mất theo, nên cần{' '}
        <b>sao lưu ra USB</b> thường xuyên (ít nhất mỗi tuần) và cất USB ở nơi khác. Trang Tổng quan nhắc khi đã lâu chưa sao lưu.
      </p>
      <Sub>Sao lưu ra USB</Sub>
      <Steps>
        <li>
          Vào <Ui>Cài đặt</Ui> → thẻ <Ui>Sao lưu & khôi phục</Ui> (hoặc menu <Ui>Tệp</Ui> → <Ui>Sao lưu & khôi phục…</Ui>).
        </li>
        <li>
          Cắm USB, chọn USB ở ô <Ui>Thư mục lưu bản sao</Ui> (hoặc ghi đường dẫn, ví dụ E:\).
        </li>
        <li>
          Nên để <Ui>Đặt mật khẩu cho bản sao lưu (nên dùng)</Ui>: dữ liệu có thông tin cá nhân của đoàn viên. Ghi <Ui>Mật khẩu</Ui> và{' '}
          <Ui>Nhập lại mật khẩu</Ui>, ghi mật khẩu ra giấy cất riêng — quên mật khẩu thì không mở được bản sao lưu.
        </li>
        <li>
          Bấm <Ui>Sao lưu ngay</Ui>. Phần mềm ghi một tệp .cdbk rồi đọc lại để kiểm tra; khi thấy “Đã sao lưu và kiểm tra lại” là xong.
        </li>
      </Steps>
      <Sub>Khôi phục từ bản sao lưu</Sub>
      <Steps>
        <li>
          Ở phần <Ui>Khôi phục từ bản sao lưu</Ui>, ghi đường dẫn tệp .cdbk (hoặc chọn một bản trong danh sách sao lưu tự động), ghi mật
          khẩu nếu có, bấm <Ui>Xem bản sao lưu</Ui>.
        </li>
        <li>So sánh số đơn vị, đoàn viên, văn bản trong bản sao lưu với dữ liệu hiện có trong máy.</li>
        <li>
          Bấm <Ui>Khôi phục dữ liệu từ bản này…</Ui> và xác nhận. Dữ liệu hiện tại được tự sao lưu trước, nên vẫn lấy lại được nếu chọn
          nhầm.
        </li>
      </Steps>
      <Tip>
        Phần <Ui>Sao lưu tự động</Ui> cho đổi số bản giữ lại (hằng ngày, hằng tuần, hằng tháng) và số ngày trước khi nhắc sao lưu ra USB.
      </Tip>
    </>
  ),
};

export const quickSection: HelpSection = {
  key: 'tim-nhanh',
  body: (
    <>
      <Sub>Tìm mọi thứ ở một chỗ</Sub>
      <Steps>
        <li>
          Bấm <Key>Ctrl+K</Key> ở bất cứ trang nào, hoặc bấm vào ô <Ui>Tìm nhanh</Ui> trên đầu trang.
        </li>
        <li>Gõ vài chữ, không cần dấu: tên đoàn viên, số CCCD, tên hoặc mã đơn vị, số hay trích yếu văn bản, tên đợt báo cáo.</li>
        <li>
          Dùng <Key>↑</Key> <Key>↓</Key> để chọn, <Key>Enter</Key> để mở, <Key>Esc</Key> để đóng. Đoàn viên mở ra hồ sơ, văn bản mở ra trang
          soạn, đợt báo cáo mở ra tình hình nộp.
        </li>
      </Steps>
      <Sub>Phím tắt</Sub>
      <ul className="help-keys">
        <li>
          <Key>Ctrl+K</Key> tìm nhanh
        </li>
        <li>
          <Key>F1</Key> mở hướng dẫn, đúng phần của trang đang xem (cũng mở được từ menu <Ui>Trợ giúp</Ui> → <Ui>Hướng dẫn sử dụng</Ui>)
        </li>
        <li>
          <Key>Ctrl+N</Key> thêm mới trong danh sách đang xem (đơn vị, văn bản, văn bản đến…)
        </li>
        <li>
          <Key>Ctrl+S</Key> lưu ngay văn bản đang soạn; <Key>Ctrl+P</Key> xem trang in
        </li>
        <li>
          <Key>Esc</Key> đóng hộp thoại; nếu đang nhập dở, phần mềm hỏi trước khi bỏ
        </li>
      </ul>
    </>
  ),
};

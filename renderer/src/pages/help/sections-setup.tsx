import type { HelpSection } from './section';
import { Key, Steps, Sub, Tip, Ui } from './ui';

// "Bắt đầu" and "Cài đặt": the first things a new office does.

export const startSection: HelpSection = {
  key: 'bat-dau',
  body: (
    <>
      <p>
        Phần mềm dành cho văn phòng công đoàn cấp trên trực tiếp cơ sở. Từ 01/7/2025 không còn Liên đoàn Lao động cấp huyện; công đoàn xã,
        phường trực tiếp quản lý các công đoàn cơ sở trên địa bàn (có nơi quản lý cả đơn vị của xã, phường lân cận) và báo cáo lên Liên đoàn
        Lao động tỉnh, thành phố. Phần mềm giúp làm các việc hằng năm: giữ danh sách công đoàn cơ sở và đoàn viên, soạn kế hoạch Tháng Công
        nhân, gửi mẫu báo cáo cho các đơn vị, nhận lại báo cáo qua USB, cộng kết quả và soạn BÁO CÁO gửi cấp trên. Mọi dữ liệu nằm trên máy
        này, không cần Internet.
      </p>
      <p>Lần đầu dùng, hãy làm lần lượt sáu việc dưới đây. Trang Tổng quan có danh sách các việc này và tự đánh dấu việc nào đã xong.</p>
      <Steps>
        <li>
          <b>Nhập thông tin đơn vị</b> (tên đơn vị, địa danh, người ký): vào <Ui>Cài đặt</Ui> → <Ui>Thông tin đơn vị</Ui>.
        </li>
        <li>
          <b>Nhập danh sách công đoàn cơ sở</b>: trang <Ui>Công đoàn cơ sở</Ui> → <Ui>Nhập từ Excel</Ui> hoặc <Ui>Thêm đơn vị</Ui>.
        </li>
        <li>
          <b>Nhập danh sách đoàn viên</b>: trang <Ui>Đoàn viên</Ui> → <Ui>Nhập từ Excel</Ui>.
        </li>
        <li>
          <b>Soạn kế hoạch Tháng Công nhân</b>: trang <Ui>Kế hoạch & văn bản</Ui> → <Ui>Tạo văn bản</Ui>.
        </li>
        <li>
          <b>Tạo đợt báo cáo</b> để gửi mẫu cho các đơn vị: trang <Ui>Báo cáo</Ui> → <Ui>Tạo đợt báo cáo</Ui>.
        </li>
        <li>
          <b>Sao lưu ra USB</b>: <Ui>Cài đặt</Ui> → <Ui>Sao lưu & khôi phục</Ui> → <Ui>Sao lưu ngay</Ui>.
        </li>
      </Steps>
      <Tip>
        Cạnh tên mỗi trang có nút <Ui>?</Ui> (hoặc bấm phím <Key>F1</Key>): mở đúng phần hướng dẫn của trang đó. Muốn tìm nhanh một người,
        một đơn vị hay một văn bản, bấm <Key>Ctrl+K</Key> ở bất cứ trang nào.
      </Tip>
    </>
  ),
};

export const settingsSection: HelpSection = {
  key: 'cai-dat',
  body: (
    <>
      <p>
        Thông tin đơn vị được in ở đầu và cuối mọi văn bản (tên cơ quan, số ký hiệu, dòng ngày tháng, người ký, nơi nhận). Chỉ cần nhập một
        lần; khi đổi người ký hay đổi tên đơn vị thì sửa lại ở đây.
      </p>
      <Steps>
        <li>
          Bấm <Ui>Cài đặt</Ui> ở cột bên trái, chọn thẻ <Ui>Thông tin đơn vị</Ui>.
        </li>
        <li>
          Ghi <Ui>Cơ quan cấp trên (dòng đầu, không in đậm)</Ui>, ví dụ LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG, và{' '}
          <Ui>Tên đơn vị ban hành văn bản</Ui>, ví dụ CÔNG ĐOÀN XÃ VĨNH THUẬN.
        </li>
        <li>
          Ghi <Ui>Địa danh ở dòng ngày tháng</Ui> (ví dụ Vĩnh Thuận) và <Ui>Ký hiệu trong số văn bản</Ui> (ví dụ CĐX → Số: 29/KH-CĐX).
        </li>
        <li>
          Ghi người ký: <Ui>Thẩm quyền ký</Ui> (TM. BAN THƯỜNG VỤ), <Ui>Chức danh</Ui> (CHỦ TỊCH), <Ui>Người ký</Ui> (họ và tên).
        </li>
        <li>
          Thêm các dòng <Ui>Nơi nhận mặc định</Ui> bằng nút <Ui>Thêm nơi nhận</Ui>; dòng cuối thường là “Lưu: VT”.
        </li>
        <li>
          Nhìn phần xem trước bên phải cho đúng như văn bản giấy, rồi bấm <Ui>Lưu thông tin đơn vị</Ui>.
        </li>
      </Steps>
      <Sub>Danh mục khối và ngày kỷ niệm</Sub>
      <p>
        Thẻ <Ui>Danh mục khối</Ui> giữ các khối dùng để phân loại công đoàn cơ sở (Giáo dục, Doanh nghiệp…): thêm bằng <Ui>Thêm khối</Ui>,
        bấm vào tên để sửa, dùng <Ui>Lên</Ui>/<Ui>Xuống</Ui> để sắp xếp. Thẻ <Ui>Ngày kỷ niệm</Ui> giữ các ngày lễ mà phần mềm tự tính số
        năm kỷ niệm khi soạn kế hoạch.
      </p>
    </>
  ),
};

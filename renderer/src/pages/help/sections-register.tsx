import type { HelpSection } from './section';
import { Key, Steps, Sub, Tip, Ui } from './ui';

// The register: grassroots units and members, typed in or brought in from the office's Excel files.

export const unitsSection: HelpSection = {
  key: 'cong-doan-co-so',
  body: (
    <>
      <p>Trang này giữ danh sách các công đoàn cơ sở trực thuộc. Mỗi đơn vị có một mã riêng (ví dụ CD001 hoặc THCS-VT).</p>
      <Sub>Nhập cả danh sách từ tệp Excel</Sub>
      <Steps>
        <li>
          Chuẩn bị tệp Excel (.xlsx, .xls, .ods hoặc .csv) có một dòng tiêu đề với cột <b>Mã đơn vị</b> và <b>Tên công đoàn cơ sở</b>. Các
          cột Khối, Xã/phường, Chủ tịch, Điện thoại, Email, Ngày thành lập nếu có sẽ được nhập theo. Xã/phường chưa có trong danh sách được
          thêm vào khi nhập (gõ không dấu cũng nhận ra xã/phường đã có).
        </li>
        <li>
          Vào trang <Ui>Công đoàn cơ sở</Ui>, bấm <Ui>Nhập từ Excel</Ui>, rồi bấm vào khung để chọn tệp (hoặc kéo tệp vào khung).
        </li>
        <li>
          Xem bảng xem trước: mỗi dòng ghi <Ui>Mới</Ui>, <Ui>Đã có – sẽ cập nhật</Ui>, <Ui>Đã có, không đổi</Ui> hoặc <Ui>Lỗi</Ui> kèm số
          dòng trong tệp. Dòng lỗi thì sửa trong tệp rồi chọn lại tệp.
        </li>
        <li>
          Bấm nút <Ui>Nhập … đơn vị</Ui>. Tất cả được lưu một lần; có lỗi thì không lưu gì.
        </li>
      </Steps>
      <Sub>Thêm, sửa, giải thể một đơn vị</Sub>
      <Steps>
        <li>
          Bấm <Ui>Thêm đơn vị</Ui> (hoặc <Key>Ctrl+N</Key>), ghi <Ui>Mã đơn vị</Ui>, <Ui>Tên công đoàn cơ sở</Ui>, chọn <Ui>Khối</Ui>, bấm{' '}
          <Ui>Thêm đơn vị</Ui>.
        </li>
        <li>
          Muốn sửa: bấm <Ui>Sửa</Ui> ở cuối dòng (hoặc bấm đúp vào dòng), sửa xong bấm <Ui>Lưu thay đổi</Ui>.
        </li>
        <li>
          Đơn vị ngừng hoạt động: bấm nút <Ui>⋮</Ui> ở cuối dòng → <Ui>Giải thể…</Ui>, chọn ngày. Đơn vị được ẩn nhưng vẫn giữ trong lịch sử
          và số liệu các năm trước; muốn xem lại thì đánh dấu <Ui>Hiện cả đơn vị đã giải thể</Ui>.
        </li>
        <li>
          Chỉ dùng <Ui>Xóa (tạo nhầm)…</Ui> cho đơn vị tạo nhầm. <Ui>Lịch sử thay đổi</Ui> cho biết ai đã sửa gì, khi nào.
        </li>
      </Steps>
      <Sub>Xã/phường (địa bàn)</Sub>
      <p>
        Từ 01/7/2025 công đoàn xã, phường trực tiếp quản lý các công đoàn cơ sở, có nơi quản lý cả đơn vị của xã, phường lân cận. Ghi{' '}
        <Ui>Xã/phường (địa bàn)</Ui> cho từng đơn vị (trong ô đó gõ tên mới để thêm vào danh sách; sửa, xóa ở <Ui>Cài đặt</Ui> →{' '}
        <Ui>Danh mục xã/phường</Ui>). Sau đó ô <Ui>Tất cả xã/phường</Ui> lọc danh sách theo địa bàn (kèm số đơn vị của từng địa bàn), và
        thống kê đoàn viên, kết quả đợt báo cáo có thêm phần <Ui>Theo xã/phường</Ui>.
      </p>
      <Tip>
        Ô tìm kiếm không cần gõ dấu: “truong thcs” tìm ra “Trường THCS”. <Ui>Xuất Excel</Ui> lưu danh sách đang xem ra tệp, có cả cột
        Xã/phường, sửa xong nhập lại được.
      </Tip>
    </>
  ),
};

export const membersSection: HelpSection = {
  key: 'doan-vien',
  body: (
    <>
      <p>
        Trang <Ui>Đoàn viên</Ui> giữ danh sách đoàn viên của mọi công đoàn cơ sở, và quá trình sinh hoạt của từng người (kết nạp, chuyển
        đến, chuyển đi, thôi sinh hoạt, cấp thẻ), nên xem lại được số liệu ở bất kỳ ngày nào.
      </p>
      <Sub>Nhập danh sách Excel sẵn có</Sub>
      <p>
        Dùng được ngay các tệp văn phòng đang có: .xlsx, .xls, .ods, .csv; có dòng tiêu đề trang, ô gộp, ngày ghi dạng chữ (05/03/1985) hoặc
        chỉ có năm sinh, chữ gõ bằng phông .VnTime hay VNI. Phần mềm tự bỏ qua dòng trống, dòng tổng cộng và chữ ký. Cần ít nhất cột{' '}
        <b>Họ và tên</b>; nên có Ngày sinh, Nam/Nữ, Số CCCD, Ngày vào Công đoàn.
      </p>
      <Steps>
        <li>
          Bấm <Ui>Nhập từ Excel</Ui>. Ở ô <Ui>Nhập vào công đoàn cơ sở:</Ui> chọn đơn vị nhận danh sách, hoặc để trống nếu tệp có cột “Đơn
          vị” hay mỗi trang là một đơn vị.
        </li>
        <li>Bấm vào khung để chọn tệp (hoặc kéo tệp vào khung).</li>
        <li>
          Tệp có nhiều trang: đánh dấu trang cần nhập và chọn <Ui>Công đoàn cơ sở nhận</Ui> cho mỗi trang. Bấm vào một trang để xem phần mềm
          hiểu mỗi cột là gì; hiểu sai thì chọn lại ở cột <Ui>Hiểu là</Ui>.
        </li>
        <li>
          Xem các dòng: <Ui>Mới</Ui>, <Ui>Đã có</Ui> (cùng số CCCD hoặc mã số, sẽ bỏ qua), <Ui>Lỗi</Ui> (có ghi lý do). Có dòng lỗi mà vẫn
          muốn lưu phần còn lại thì đánh dấu <Ui>Bỏ qua các dòng lỗi, lưu các dòng đúng</Ui>.
        </li>
        <li>
          Bấm <Ui>Lưu … đoàn viên mới</Ui>. Cả danh sách được lưu một lần; một tệp đã nhập rồi sẽ được báo nếu chọn lại.
        </li>
      </Steps>
      <Sub>Thêm một người, ghi biến động</Sub>
      <Steps>
        <li>
          Bấm <Ui>Thêm đoàn viên</Ui>, chọn <Ui>Công đoàn cơ sở</Ui>, ghi <Ui>Họ và tên</Ui> và các thông tin khác, chọn{' '}
          <Ui>Vào sổ theo hình thức</Ui> (<Ui>Đã là đoàn viên</Ui>, <Ui>Kết nạp mới</Ui> hoặc <Ui>Chuyển đến</Ui>), bấm{' '}
          <Ui>Thêm đoàn viên</Ui>.
        </li>
        <li>
          Bấm vào một người trong danh sách để mở hồ sơ. <Ui>Sửa thông tin</Ui> để sửa; <Ui>Ghi biến động…</Ui> để ghi chuyển sinh hoạt,
          chuyển đi, thôi sinh hoạt hoặc cấp thẻ, kèm ngày.
        </li>
        <li>
          Ghi nhầm một biến động: trong <Ui>Quá trình sinh hoạt</Ui> bấm <Ui>Xóa biến động</Ui> ở biến động mới nhất.
        </li>
      </Steps>
      <Sub>Tìm và gộp hồ sơ trùng</Sub>
      <p>
        Một người có thể đã được ghi hai lần: ở hai đơn vị, hoặc một lần có dấu, một lần không dấu. Bấm <Ui>Tìm trùng lặp</Ui>: phần mềm
        liệt kê các cặp hồ sơ có thể là cùng một người, kèm lý do: trùng số CCCD (hoặc CMND cũ); trùng họ tên và ngày sinh; trùng họ tên và
        năm sinh ở hai đơn vị khác nhau. Họ tên được so không phân biệt dấu, chữ hoa, chữ thường.
      </p>
      <Steps>
        <li>
          Bấm <Ui>So sánh</Ui> ở một cặp: hai hồ sơ hiện cạnh nhau, cả quá trình sinh hoạt của từng hồ sơ.
        </li>
        <li>
          Là hai người khác nhau thì bấm <Ui>Không trùng</Ui>: cặp này không hiện lại nữa.
        </li>
        <li>
          Là một người thì chọn <Ui>Giữ hồ sơ 1</Ui> hoặc <Ui>Giữ hồ sơ 2</Ui>. Ở các dòng tô vàng (hai hồ sơ ghi khác nhau), chọn giá trị
          đúng. Bấm <Ui>Gộp hồ sơ…</Ui>, đọc lại rồi bấm <Ui>Gộp hồ sơ</Ui>.
        </li>
      </Steps>
      <Tip>
        Hồ sơ giữ lại có quá trình sinh hoạt của cả hai hồ sơ, theo thứ tự ngày. Hồ sơ kia không còn trong danh sách và số liệu, nhưng vẫn
        được lưu trong lịch sử thay đổi. Việc gộp làm trọn một lần: gặp lỗi thì không có gì bị thay đổi.
      </Tip>
      <Sub>Thống kê tại ngày 31/5 và 30/11</Sub>
      <p>
        Thẻ <Ui>Thống kê theo ngày</Ui>: chọn <Ui>Số liệu tính đến ngày</Ui>, phần mềm đếm theo từng đơn vị và tổng cộng (nữ, đảng viên, dân
        tộc thiểu số, kết nạp, chuyển đến, chuyển đi trong kỳ). Bấm <Ui>Xuất Excel</Ui> để lưu ra tệp.
      </p>
      <Tip>
        Tìm không cần gõ dấu: “nguyen van a” tìm ra “Nguyễn Văn A”; tìm được cả theo số CCCD và mã số đoàn viên. <Ui>Lọc thêm</Ui> để lọc
        theo giới tính, đảng viên, tuổi, ngày vào Công đoàn.
      </Tip>
    </>
  ),
};

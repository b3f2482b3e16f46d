import type { HelpSection } from './section';
import { Steps, Sub, Tip, Ui } from './ui';

// A reporting round: templates out, reports in over USB, the totals and the BÁO CÁO.

export const sendSection: HelpSection = {
  key: 'gui-mau',
  body: (
    <>
      <p>
        Mỗi lần cần các công đoàn cơ sở báo cáo (ví dụ kết quả Tháng Công nhân), tạo một <b>đợt báo cáo</b>. Phần mềm ghi cho mỗi đơn vị một
        tệp Excel mẫu có sẵn tên đơn vị; đơn vị điền vào ô trống (bằng Excel, LibreOffice hoặc WPS) rồi nộp lại qua USB.
      </p>
      <Sub>Tạo đợt báo cáo</Sub>
      <Steps>
        <li>
          Vào trang <Ui>Báo cáo</Ui>, bấm <Ui>Tạo đợt báo cáo</Ui>. (Hoặc mở kế hoạch đã soạn và bấm <Ui>Tạo đợt báo cáo từ kế hoạch</Ui>.)
        </li>
        <li>
          Ghi <Ui>Tên đợt báo cáo</Ui> (ví dụ Kết quả Tháng Công nhân năm 2026), <Ui>Mã đợt</Ui> (ví dụ TCN2026, dùng trong tên tệp mẫu), kỳ
          báo cáo và <Ui>Hạn nộp báo cáo</Ui>.
        </li>
        <li>
          Chọn <Ui>Bộ chỉ tiêu ban đầu</Ui> (có sẵn bộ Tháng Công nhân, hoặc sao chép từ đợt trước) và <Ui>Đơn vị phải báo cáo</Ui>, bấm{' '}
          <Ui>Tạo đợt</Ui>.
        </li>
        <li>
          Thẻ <Ui>Chỉ tiêu</Ui> để thêm, sửa, bớt chỉ tiêu; sửa xong bấm <Ui>Lưu bộ chỉ tiêu</Ui>.
        </li>
      </Steps>
      <Sub>Ghi mẫu ra USB</Sub>
      <Steps>
        <li>
          Mở đợt, chọn thẻ <Ui>Gửi mẫu</Ui>. Cắm USB, chọn USB trong danh sách hoặc ghi đường dẫn thư mục (ví dụ E:\MauBaoCao).
        </li>
        <li>
          Bấm <Ui>Ghi … tệp mẫu vào thư mục</Ui>. Mỗi đơn vị một tệp, tên tệp có mã đợt và mã đơn vị.
        </li>
        <li>
          Không dùng USB: bấm <Ui>Tải tất cả mẫu (.zip)</Ui> để gửi qua thư điện tử, hoặc <Ui>Tải mẫu</Ui> ở từng dòng.
        </li>
      </Steps>
      <Tip>
        Trong tệp mẫu, chỉ các ô cần điền mới sửa được; phần còn lại được khóa bằng mật khẩu <b>congdoan</b> để đơn vị không sửa nhầm.
      </Tip>
    </>
  ),
};

export const receiveSection: HelpSection = {
  key: 'nhan-bao-cao',
  body: (
    <>
      <p>Đơn vị mang báo cáo đã điền đến bằng USB. Phần mềm đọc cả thư mục một lần, tự nhận ra tệp của đơn vị nào và đợt nào.</p>
      <Steps>
        <li>
          Mở đợt báo cáo ở trang <Ui>Báo cáo</Ui>, chọn thẻ <Ui>Nhận báo cáo</Ui>.
        </li>
        <li>
          Cắm USB, chọn USB trong danh sách hoặc ghi đường dẫn (ví dụ E:\BaoCao), bấm <Ui>Đọc thư mục</Ui>. Cũng có thể bấm{' '}
          <Ui>Chọn thư mục…</Ui> hoặc <Ui>Chọn tệp…</Ui>.
        </li>
        <li>
          Xem bảng xem trước: mỗi tệp một dòng, ghi đơn vị, ngày nhận, số chỉ tiêu có số liệu, và lỗi nếu có (ô nào, dòng nào). Bỏ đánh dấu
          tệp không muốn nhập; sửa <Ui>Ngày nhận</Ui> nếu đơn vị nộp từ hôm trước.
        </li>
        <li>
          Bấm <Ui>Nhập … báo cáo</Ui>. Một tệp đã nhập rồi thì không bao giờ bị nhập lần thứ hai.
        </li>
        <li>
          Thẻ <Ui>Tình hình nộp</Ui> cho biết đơn vị nào <Ui>Đúng hạn</Ui>, <Ui>Trễ hạn</Ui>, <Ui>Chưa nộp</Ui>, <Ui>Thiếu số liệu</Ui>. Bấm{' '}
          <Ui>Xuất danh sách chưa nộp (.xlsx)</Ui> để nhắc các đơn vị còn thiếu.
        </li>
      </Steps>
      <Sub>Đơn vị nộp bản giấy</Sub>
      <p>
        Thẻ <Ui>Nhập tay</Ui>: chọn đơn vị, ghi số liệu từng chỉ tiêu và <Ui>Ngày nhận báo cáo</Ui>, bấm <Ui>Lưu số liệu (nhập tay)</Ui>.
      </p>
    </>
  ),
};

export const resultsSection: HelpSection = {
  key: 'ket-qua',
  body: (
    <>
      <p>
        Phần mềm cộng số liệu các đơn vị đã nộp với các hoạt động văn phòng đã ghi, không tính trùng, và soạn sẵn BÁO CÁO kết quả để gửi cấp
        trên.
      </p>
      <Steps>
        <li>
          Mở đợt báo cáo, bấm <Ui>Kết quả tổng hợp, in, soạn báo cáo</Ui>.
        </li>
        <li>
          Xem kết quả ở các thẻ <Ui>Theo chỉ tiêu</Ui>, <Ui>Theo khối</Ui>, <Ui>Theo đơn vị</Ui>. Bấm vào một con số để xem nó được cộng từ
          những báo cáo và hoạt động nào.
        </li>
        <li>
          Thẻ <Ui>Tỷ lệ và cài đặt</Ui>: tỷ lệ công đoàn cơ sở tổ chức ít nhất 01 hoạt động so với chỉ tiêu, và đợt năm trước để so sánh.
          Sửa xong bấm <Ui>Lưu cài đặt và tính lại</Ui>.
        </li>
        <li>
          Bấm <Ui>Soạn báo cáo (Word)</Ui>: phần mềm tạo bản nháp BÁO CÁO trong <Ui>Kế hoạch & văn bản</Ui> với số liệu đã cộng. Bấm{' '}
          <Ui>Mở bản nháp</Ui> để viết thêm phần đánh giá, rồi ban hành và in như mọi văn bản.
        </li>
        <li>
          <Ui>In…</Ui> in bảng kết quả A4, danh sách đơn vị chưa nộp, thống kê đoàn viên; <Ui>Xuất Excel</Ui> lưu bảng kết quả (TT, Nội
          dung, Đơn vị tính, Số lượng, Ghi chú).
        </li>
      </Steps>
      <Tip>
        Cấp trên gửi mẫu Excel riêng? Trong đợt báo cáo bấm <Ui>Điền mẫu của cấp trên</Ui>, chọn tệp mẫu: phần mềm ghép các dòng với chỉ
        tiêu của đợt và điền số vào.
      </Tip>
    </>
  ),
};

export const activitiesSection: HelpSection = {
  key: 'hoat-dong',
  body: (
    <>
      <p>
        Ghi các hoạt động văn phòng tổ chức (phát động, thăm hỏi, tặng quà, khám sức khỏe…) và của công đoàn cơ sở. Hoạt động được cộng vào
        kết quả của đợt báo cáo.
      </p>
      <Steps>
        <li>
          Vào trang <Ui>Hoạt động</Ui>, bấm <Ui>Ghi hoạt động</Ui>.
        </li>
        <li>
          Chọn <Ui>Loại hoạt động</Ui> và <Ui>Đơn vị tổ chức</Ui>, ghi <Ui>Tên hoạt động</Ui>, <Ui>Ngày tổ chức</Ui>, số người tham gia và
          kinh phí theo từng nguồn. <Ui>Tính vào đợt báo cáo</Ui> được chọn sẵn theo ngày.
        </li>
        <li>
          Thăm hỏi, tặng quà: chọn những đoàn viên được hỗ trợ (gõ tên không dấu để tìm). Phần mềm báo nếu người đó đã được hỗ trợ trong
          đợt.
        </li>
      </Steps>
      <Tip>Xem dạng danh sách hoặc lịch; lọc theo loại, đơn vị tổ chức, đợt báo cáo.</Tip>
    </>
  ),
};

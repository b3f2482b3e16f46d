; Included by electron-builder (nsis.include in electron-builder.yml); makensis reads it as UTF-8.
; Electron 45 runs only on 64-bit Windows 10 and 11. On Windows 7/8.1 or a 32-bit Windows the app
; would install and then fail at start with a missing-DLL error, so the installer refuses first,
; in Vietnamese, before anything is copied. preInit runs before electron-builder's own 64-bit
; check, whose message is in English.
!include "WinVer.nsh"
!include "x64.nsh"

!macro preInit
  !ifndef BUILD_UNINSTALLER
    ${IfNot} ${AtLeastWin10}
      MessageBox MB_OK|MB_ICONSTOP "Phần mềm Công đoàn - Văn phòng chỉ chạy trên Windows 10 hoặc Windows 11 (bản 64-bit).$\r$\n$\r$\nMáy tính này đang dùng phiên bản Windows cũ hơn nên không cài đặt được. Vui lòng cài trên máy tính dùng Windows 10 hoặc 11." /SD IDOK
      Quit
    ${EndIf}
    ${IfNot} ${RunningX64}
      MessageBox MB_OK|MB_ICONSTOP "Phần mềm Công đoàn - Văn phòng cần Windows bản 64-bit.$\r$\n$\r$\nMáy tính này đang dùng Windows 32-bit nên không cài đặt được. Vui lòng cài trên máy tính dùng Windows 10 hoặc 11 bản 64-bit." /SD IDOK
      Quit
    ${EndIf}
  !endif
!macroend

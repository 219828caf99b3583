; The Windows installer (makensis from Debian's nsis, called by
; scripts/package): cwtrack.exe, cwtrack-cli.exe, the two LGPL libraries'
; DLLs, the catalogs, the report fonts and the licences into one folder (the
; programs find locale\ and fonts\ beside themselves), Start-menu shortcuts,
; an optional desktop shortcut, the .cwt file association, and an entry in
; Programs and Features. Per machine
; (Program Files, administrators) or per user (%LOCALAPPDATA%\Programs);
; silent with /S, the folder with /D=. The uninstaller removes the program,
; its shortcuts and registry entries, and never the user's databases
; (%APPDATA%\cwtrack) unless asked: an unticked "my databases and settings"
; component on its page, or /REMOVEDATA when silent.
; The pages speak the system's language: Chinese on a Chinese system,
; English on an English one, and Chinese on any other (the first language
; below), since the users are Chinese offices.
;   makensis -DVERSION=0.1.0 -DSRC=. -DBUILD=build-windows -DLICENSES=build-windows/licenses
;            -DOUT=dist/cwtrack-0.1.0-setup.exe installer/windows/cwtrack.nsi
; (scripts/package does this, after scripts/windows/gather-licenses).
; A 64-bit installer for the 64-bit program (also what Wine runs here: wine64 only).
Target amd64-unicode
; -DUNCOMPRESSED: a quick build for tests (scripts/windows/test-installer).
!ifdef UNCOMPRESSED
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !error "give -DVERSION="
!endif
!ifndef BUILD
  !error "give -DBUILD= (the Windows build folder)"
!endif
!ifndef SRC
  !error "give -DSRC= (the source folder)"
!endif
!ifndef LICENSES
  !error "give -DLICENSES= (the folder of third-party licence texts scripts/package gathers)"
!endif
!ifndef OUT
  !define OUT "cwtrack-${VERSION}-setup.exe"
!endif

!define APP "cwtrack"
!define PUBLISHER "cwtrack"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\cwtrack"

; Per machine or per user: MultiUser asks (or takes /AllUsers, /CurrentUser).
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_INSTDIR "cwtrack"
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh

Name "${APP} ${VERSION}"
OutFile "${OUT}"
BrandingText "${APP} ${VERSION}"

!define MUI_ICON "${SRC}\gui\resources\cwtrack.ico"
!define MUI_UNICON "${SRC}\gui\resources\cwtrack.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\cwtrack.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; Chinese first: the language of a system that is neither (see the top).
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString SecProgram ${LANG_ENGLISH} "cwtrack"
LangString SecProgram ${LANG_SIMPCHINESE} "cwtrack"
LangString DescProgram ${LANG_ENGLISH} "The desktop program, the command line (cwtrack-cli), the Chinese texts and the report fonts."
LangString DescProgram ${LANG_SIMPCHINESE} "桌面程序、命令行（cwtrack-cli）、中文界面和报表字体。"
LangString DescDesktop ${LANG_ENGLISH} "A cwtrack shortcut on the desktop."
LangString DescDesktop ${LANG_SIMPCHINESE} "在桌面上放一个 cwtrack 快捷方式。"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktop ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString FileType ${LANG_ENGLISH} "cwtrack database"
LangString FileType ${LANG_SIMPCHINESE} "cwtrack 数据库"
LangString ShortcutCli ${LANG_ENGLISH} "cwtrack command line (help)"
LangString ShortcutCli ${LANG_SIMPCHINESE} "cwtrack 命令行（帮助）"
LangString Running ${LANG_ENGLISH} "cwtrack is running. Close it (save your work first), then choose Retry."
LangString Running ${LANG_SIMPCHINESE} "cwtrack 正在运行。请先保存工作并关闭它，然后点“重试”。"
LangString UnSecProgram ${LANG_ENGLISH} "cwtrack program"
LangString UnSecProgram ${LANG_SIMPCHINESE} "cwtrack 程序"
LangString UnSecData ${LANG_ENGLISH} "My data and settings"
LangString UnSecData ${LANG_SIMPCHINESE} "我的数据库和设置"
LangString DescUnProgram ${LANG_ENGLISH} "The program files, shortcuts and registry entries."
LangString DescUnProgram ${LANG_SIMPCHINESE} "程序文件、快捷方式和注册表项。"
LangString DescUnData ${LANG_ENGLISH} "Also delete the databases in %APPDATA%\cwtrack (with their upgrade copies) and the settings. Databases saved elsewhere are never deleted. Leave unticked to keep them."
LangString DescUnData ${LANG_SIMPCHINESE} "同时删除 %APPDATA%\cwtrack 中的数据库（及其升级前副本）和设置。保存在其他位置的数据库不会删除。不勾选则全部保留。"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"

; A running cwtrack.exe cannot be replaced or removed: asked to close it,
; or (silent, or Cancel) nothing is changed and the run ends with status 2.
; Running means Windows refuses to open the file for writing.
!macro CLOSE_CWTRACK_FIRST
  IfFileExists "$INSTDIR\cwtrack.exe" 0 cwtrack_closed
  cwtrack_retry:
    ClearErrors
    FileOpen $0 "$INSTDIR\cwtrack.exe" a
    IfErrors 0 cwtrack_opened
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(Running)" /SD IDCANCEL IDRETRY cwtrack_retry
    SetErrorLevel 2
    Quit
  cwtrack_opened:
    FileClose $0
  cwtrack_closed:
!macroend

Function .onInit
  ; /D= wins over the install mode's default folder (MultiUser would replace it).
  StrCpy $R9 $INSTDIR
  !insertmacro MULTIUSER_INIT
  StrCmp $R9 "" +2
    StrCpy $INSTDIR $R9
FunctionEnd

Section "!$(SecProgram)" SecMain
  SectionIn RO
  !insertmacro CLOSE_CWTRACK_FIRST
  SetOutPath "$INSTDIR"
  ; Over an older version: the files are replaced, the user's databases and
  ; settings (in %APPDATA% and the registry) are not touched; the program
  ; upgrades a database when it opens it, keeping a copy first.
  File "${BUILD}\gui\cwtrack.exe"
  File "${BUILD}\cli\cwtrack-cli.exe"
  ; FreeXL's reading of .xls workbooks, in a process of its own.
  File "${BUILD}\exchange\cwtrack-xls-reader.exe"
  ; The LGPL libraries, as DLLs a user may replace (licenses\README.txt).
  File "${BUILD}\gui\podofo.dll"
  File "${BUILD}\gui\csv.dll"
  SetOutPath "$INSTDIR\locale\zh_CN\LC_MESSAGES"
  File "${BUILD}\locale\zh_CN\LC_MESSAGES\cwtrack.mo"
  File /nonfatal "${BUILD}\locale\zh_CN\LC_MESSAGES\wxstd-3.2.mo"
  SetOutPath "$INSTDIR\fonts"
  File "${BUILD}\fonts\uming-cn.ttf"
  File "${BUILD}\fonts\DroidSansFallbackFull.ttf"
  ; The licences of the libraries linked into the programs and of the fonts.
  SetOutPath "$INSTDIR\licenses"
  File "${LICENSES}\*.txt"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\cwtrack"
  CreateShortcut "$SMPROGRAMS\cwtrack\cwtrack.lnk" "$INSTDIR\cwtrack.exe"
  CreateShortcut "$SMPROGRAMS\cwtrack\$(ShortcutCli).lnk" "$SYSDIR\cmd.exe" \
    '/k "$INSTDIR\cwtrack-cli.exe" --help'

  ; .cwt files open in cwtrack (HKLM or HKCU\Software\Classes by the install mode).
  WriteRegStr SHCTX "Software\Classes\.cwt" "" "cwtrack.database"
  WriteRegStr SHCTX "Software\Classes\cwtrack.database" "" "$(FileType)"
  WriteRegStr SHCTX "Software\Classes\cwtrack.database\DefaultIcon" "" "$INSTDIR\cwtrack.exe,0"
  WriteRegStr SHCTX "Software\Classes\cwtrack.database\shell\open\command" "" \
    '"$INSTDIR\cwtrack.exe" "%1"'

  ; Programs and Features.
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\cwtrack.exe,0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" \
    '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" \
    '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SecDesktop)" SecDesktopShortcut
  CreateShortcut "$DESKTOP\cwtrack.lnk" "$INSTDIR\cwtrack.exe"
SectionEnd

Section "un.$(UnSecProgram)" SecUnProgram
  SectionIn RO
  !insertmacro CLOSE_CWTRACK_FIRST
  ; The program and what the installer made; never the databases.
  Delete "$INSTDIR\cwtrack.exe"
  Delete "$INSTDIR\cwtrack-cli.exe"
  Delete "$INSTDIR\cwtrack-xls-reader.exe"
  Delete "$INSTDIR\podofo.dll"
  Delete "$INSTDIR\csv.dll"
  Delete "$INSTDIR\locale\zh_CN\LC_MESSAGES\cwtrack.mo"
  Delete "$INSTDIR\locale\zh_CN\LC_MESSAGES\wxstd-3.2.mo"
  RMDir "$INSTDIR\locale\zh_CN\LC_MESSAGES"
  RMDir "$INSTDIR\locale\zh_CN"
  RMDir "$INSTDIR\locale"
  Delete "$INSTDIR\fonts\uming-cn.ttf"
  Delete "$INSTDIR\fonts\DroidSansFallbackFull.ttf"
  RMDir "$INSTDIR\fonts"
  RMDir /r "$INSTDIR\licenses"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\cwtrack\*.lnk"
  RMDir "$SMPROGRAMS\cwtrack"
  Delete "$DESKTOP\cwtrack.lnk"
  DeleteRegKey SHCTX "Software\Classes\cwtrack.database"
  ReadRegStr $0 SHCTX "Software\Classes\.cwt" ""
  StrCmp $0 "cwtrack.database" 0 +2
    DeleteRegKey SHCTX "Software\Classes\.cwt"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
SectionEnd

; Unticked unless asked: the default database folder (with its upgrade
; copies), the program's cache of checked files, and the settings.
Section /o "un.$(UnSecData)" SecUnData
  SetShellVarContext current
  RMDir /r "$APPDATA\cwtrack"
  RMDir /r "$LOCALAPPDATA\cwtrack"
  DeleteRegKey HKCU "Software\cwtrack"
SectionEnd

; After the sections: it names one.
Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  ; /REMOVEDATA (silent uninstalls): the databases and settings go too.
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  IfErrors +2
    SectionSetFlags ${SecUnData} ${SF_SELECTED}
FunctionEnd

; The descriptions shown beside the component lists.
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecMain} $(DescProgram)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktopShortcut} $(DescDesktop)
!insertmacro MUI_FUNCTION_DESCRIPTION_END
!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecUnProgram} $(DescUnProgram)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecUnData} $(DescUnData)
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

; The Windows installer (makensis from Debian's nsis, called by
; scripts/package): cwtrack.exe, cwtrack-cli.exe, the catalogs and the report
; fonts into one folder (the programs find locale\ and fonts\ beside
; themselves), Start-menu shortcuts, an optional desktop shortcut, the .cwt
; file association, and an entry in Programs and Features. Per machine
; (Program Files, administrators) or per user (%LOCALAPPDATA%\Programs);
; silent with /S, the folder with /D=. The uninstaller removes the program,
; its shortcuts and registry entries, and never the user's databases
; (%APPDATA%\cwtrack).
;   makensis -DVERSION=0.1.0 -DSRC=. -DBUILD=build-windows -DOUT=dist\cwtrack-0.1.0-setup.exe cwtrack.nsi
; A 64-bit installer for the 64-bit program (also what Wine runs here: wine64 only).
Target amd64-unicode
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "give -DVERSION="
!endif
!ifndef BUILD
  !error "give -DBUILD= (the Windows build folder)"
!endif
!ifndef SRC
  !error "give -DSRC= (the source folder)"
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
!insertmacro MUI_UNPAGE_INSTFILES

; Chinese first: the installer speaks Chinese on a Chinese system, English elsewhere.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString SecProgram ${LANG_ENGLISH} "cwtrack (desktop program and command line)"
LangString SecProgram ${LANG_SIMPCHINESE} "cwtrack（桌面程序和命令行）"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktop ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString FileType ${LANG_ENGLISH} "cwtrack database"
LangString FileType ${LANG_SIMPCHINESE} "cwtrack 数据库"
LangString ShortcutCli ${LANG_ENGLISH} "cwtrack command line (help)"
LangString ShortcutCli ${LANG_SIMPCHINESE} "cwtrack 命令行（帮助）"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"

Function .onInit
  ; /D= wins over the install mode's default folder (MultiUser would replace it).
  StrCpy $R9 $INSTDIR
  !insertmacro MULTIUSER_INIT
  StrCmp $R9 "" +2
    StrCpy $INSTDIR $R9
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "!$(SecProgram)" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Over an older version: the files are replaced, the user's databases and
  ; settings (in %APPDATA% and the registry) are not touched; the program
  ; upgrades a database when it opens it, keeping a copy first.
  File "${BUILD}\gui\cwtrack.exe"
  File "${BUILD}\cli\cwtrack-cli.exe"
  SetOutPath "$INSTDIR\locale\zh_CN\LC_MESSAGES"
  File "${BUILD}\locale\zh_CN\LC_MESSAGES\cwtrack.mo"
  File /nonfatal "${BUILD}\locale\zh_CN\LC_MESSAGES\wxstd-3.2.mo"
  SetOutPath "$INSTDIR\fonts"
  File "${BUILD}\fonts\uming-cn.ttf"
  File "${BUILD}\fonts\DroidSansFallbackFull.ttf"
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

Section "Uninstall"
  ; The program and what the installer made; never the databases.
  Delete "$INSTDIR\cwtrack.exe"
  Delete "$INSTDIR\cwtrack-cli.exe"
  Delete "$INSTDIR\locale\zh_CN\LC_MESSAGES\cwtrack.mo"
  Delete "$INSTDIR\locale\zh_CN\LC_MESSAGES\wxstd-3.2.mo"
  RMDir "$INSTDIR\locale\zh_CN\LC_MESSAGES"
  RMDir "$INSTDIR\locale\zh_CN"
  RMDir "$INSTDIR\locale"
  Delete "$INSTDIR\fonts\uming-cn.ttf"
  Delete "$INSTDIR\fonts\DroidSansFallbackFull.ttf"
  RMDir "$INSTDIR\fonts"
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

; Coordinator — NSIS 3 script (Unicode, Modern UI 2): per-user installer without administrator
; rights, Dutch and English. The same installer as coordinator.iss, for IT departments that use
; NSIS; this one is also compiled and checked on Linux by the test suite (makensis, Debian `nsis`).
;
; Build (installer/README.md):
;   python installer\buildinfo.py includes build\installer     (version and names: config.nsh)
;   python installer\buildinfo.py icons build\installer        (coordinator.ico)
;   makensis installer\windows\coordinator.nsi                 -> dist\coordinator-<version>-setup.exe
; Optional defines (makensis -DNAME=value, before the script): CONFIG, BUNDLE, OUTFILE, ICON, and
; SIGN_CMD: a command with %1 for the file, run on the installer and the uninstaller (signing).
; Silent install: setup.exe /S  (install folder: /D=<folder> as the LAST argument).

Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"

!ifndef CONFIG
  !define CONFIG "..\..\build\installer\config.nsh"
!endif
!include "${CONFIG}"
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\${BundleDir}"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\coordinator-${AppVersion}-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\..\build\installer\coordinator.ico"
!endif
!ifdef SIGN_CMD
  !finalize '${SIGN_CMD}'
  !uninstfinalize '${SIGN_CMD}'
!endif

; The uninstall entry is keyed by the AppId from build_config.toml (shared with Inno Setup).
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\{${AppId}}"

Name "${AppName}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${AppName}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
ManifestDPIAware true
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "${AppName} ${AppVersion}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Language"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GuiExe}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

; File version info of setup.exe (the program's own .exe files get theirs from PyInstaller).
VIProductVersion "${AppVersionNumeric}"
VIFileVersion "${AppVersionNumeric}"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductName" "${AppName}"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductVersion" "${AppVersion}"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileVersion" "${AppVersion}"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileDescription" "${AppDescriptionNl}"
VIAddVersionKey /LANG=${LANG_DUTCH} "CompanyName" "${AppPublisher}"
VIAddVersionKey /LANG=${LANG_DUTCH} "LegalCopyright" "${AppCopyright}"

LangString DataKept ${LANG_DUTCH} "De gegevens van ${AppName} (de versleutelde kluis) zijn NIET verwijderd. Ze staan in:$\r$\n$\r$\n${DataDir}$\r$\n$\r$\nWil je ze op een andere computer gebruiken? Maak dan eerst een back-up in ${AppName}. Verwijder deze map alleen als je zeker weet dat je de gegevens niet meer nodig hebt."
LangString DataKept ${LANG_ENGLISH} "The data of ${AppName} (the encrypted vault) has NOT been removed. It is in:$\r$\n$\r$\n${DataDir}$\r$\n$\r$\nTo use it on another computer, make a backup in ${AppName} first. Delete this folder only when you are sure you no longer need the data."
LangString ShortcutComment ${LANG_DUTCH} "${AppDescriptionNl}"
LangString ShortcutComment ${LANG_ENGLISH} "${AppDescriptionEn}"

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "${AppName}" SecMain
  SectionIn RO
  SetShellVarContext current
  ; An upgrade replaces the whole bundle: no stale libraries from an older version stay behind.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${AppName}.lnk" "$INSTDIR\${GuiExe}" "" "$INSTDIR\${GuiExe}" 0 SW_SHOWNORMAL "" "$(ShortcutComment)"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${AppName}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${AppVersion}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${AppPublisher}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${GuiExe}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; Removes only what the installer put there; never the data folder (${DataDir}).
Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${AppName}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GuiExe}"
  Delete "$INSTDIR\${CliExe}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  IfSilent done
  MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)"
  done:
SectionEnd

; Coordinator — Inno Setup 6 script: per-user installer (no administrator rights), Dutch and English.
;
; Build on Windows (installer/README.md):
;   python installer\buildinfo.py includes build\installer      (version, names: config.iss)
;   python installer\buildinfo.py icons build\installer         (coordinator.ico)
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\coordinator.spec
;   iscc installer\windows\coordinator.iss                      -> dist\coordinator-<version>-setup.exe
;
; Names, the version and the AppId come from the generated include (installer/build_config.toml and
; pyproject.toml): nothing is typed twice. Optional defines on the iscc command line:
;   /DBundlePath=<folder>   another one-folder bundle than ..\..\dist\<BundleDir>
;   /DSign                  sign setup and uninstaller with the sign tool named "coordsign" (see README)

#include "..\..\build\installer\config.iss"
#ifndef AppVersion
  #error Generate build\installer\config.iss first: python installer\buildinfo.py includes build\installer
#endif
#ifndef BundlePath
  #define BundlePath "..\..\dist\" + BundleDir
#endif

[Setup]
; AppId identifies the installation for upgrades and uninstall: it comes from build_config.toml.
AppId={{{#AppId}}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright={#AppCopyright}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppDescriptionNl}
VersionInfoProductName={#AppName}
VersionInfoCopyright={#AppCopyright}
; Per user, without administrator rights: {autopf} becomes %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=coordinator-{#AppVersion}-setup
SetupIconFile=..\..\build\installer\coordinator.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
; Close a running Coordinator before files are replaced (it locks its vault and saves on close).
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=coordsign
SignedUninstaller=yes
#endif

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.DataKept=De gegevens van {#AppName} (de versleutelde kluis) zijn NIET verwijderd. Ze staan in:%n%n%1%n%nWil je ze op een andere computer gebruiken? Maak dan eerst een back-up in {#AppName}. Verwijder deze map alleen als je zeker weet dat je de gegevens niet meer nodig hebt.
en.DataKept=The data of {#AppName} (the encrypted vault) has NOT been removed. It is in:%n%n%1%n%nTo use it on another computer, make a backup in {#AppName} first. Delete this folder only when you are sure you no longer need the data.
nl.StartMenuComment={#AppDescriptionNl}
en.StartMenuComment={#AppDescriptionEn}

[InstallDelete]
; An upgrade replaces the whole bundle: no stale libraries from an older version stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundlePath}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "{cm:StartMenuComment}"

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Nothing in [UninstallDelete]: the uninstaller removes only what it installed, never the data
; folder ({#DataDir}), which the program itself creates.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{#DataDir}')]), mbInformation, MB_OK);
end;

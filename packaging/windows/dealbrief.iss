; Inno Setup script for Dealbrief on Windows: wraps the one-folder bundle that
; packaging/dealbrief.spec builds (dist\dealbrief\) into a per-user installer.
;
;   pyinstaller --noconfirm packaging\dealbrief.spec
;   iscc packaging\windows\dealbrief.iss
;
; Output: dist\dealbrief-<version>-windows-x64-setup.exe. See docs/packaging.md.
; The version is read from dealbrief.exe (its ProductVersion, which the spec takes from
; pyproject.toml); /DAppVersion=X.Y.Z overrides it.

#define BundledExe AddBackslash(SourcePath) + "..\..\dist\dealbrief\dealbrief.exe"
#ifndef AppVersion
  #if !FileExists(BundledExe)
    #error Build the bundle first: pyinstaller --noconfirm packaging\dealbrief.spec
  #endif
  #define AppVersion GetStringFileInfo(BundledExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error dealbrief.exe has no version: pass it with iscc /DAppVersion=X.Y.Z
#endif

#define AppName "Dealbrief"
#define AppExe "dealbrief.exe"
#define Root "..\.."

[Setup]
; A fixed AppId so upgrades replace the old install instead of adding a second one.
AppId={{6C1E5B8A-3D2F-4E7A-9B1C-D0A1B2C3E4F5}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Dealbrief authors
AppPublisherURL=https://dealbrief.github.io/
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install, no administrator rights needed (like install.sh on Linux).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=dealbrief-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\packaging\icons\dealbrief.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\dealbrief\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The book and settings live in the user's AppData folders, not in {app}: the uninstaller
; removes only what it installed and never the book.

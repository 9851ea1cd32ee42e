; Inno Setup script for Kerneopgave-tavlen: a per-user install that needs no admin rights.
;
; Build on Windows (see packaging/README.md):
;   py packaging\build.py --zip          -> dist\kerneopgave\ and the portable zip
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\kerneopgave.iss
;                                        -> dist\kerneopgave-0.1.0-setup.exe
; Silent deployment, per user:  kerneopgave-0.1.0-setup.exe /VERYSILENT /CURRENTUSER /NORESTART
; Silent removal:               "%LOCALAPPDATA%\Programs\Kerneopgave-tavlen\unins000.exe" /VERYSILENT

#define AppName "Kerneopgave-tavlen"
#define AppVersion "0.1.0"
#define AppExe "kerneopgave.exe"
#define Root "..\.."

[Setup]
; Never change AppId: it ties upgrades and the uninstaller to earlier installs.
AppId={{6B0E2A4D-3C71-4F0B-9E55-2D8A1F6C7B93}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Kerneopgave-tavlen
VersionInfoVersion={#AppVersion}
; Per user by default: {autopf} is %LOCALAPPDATA%\Programs, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile={#Root}\resources\icons\kerneopgave.ico
OutputDir={#Root}\dist
OutputBaseFilename=kerneopgave-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
; The room (Møde > Deltag fra telefoner) listens on TCP 47800 while it is open. Only an
; all-users install (admin) can add the Windows Firewall rule; a per-user one never offers it.
Name: "firewall"; Description: "Tillad telefoner i mødelokalet at forbinde (Windows Firewall: TCP 47800, private netværk)"; GroupDescription: "Netværk:"; Flags: unchecked; Check: IsAdminInstallMode

[Files]
Source: "{#Root}\dist\kerneopgave\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\resources\icons\kerneopgave-document.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .kerneopgave association, with the file type's own icon. {autoclasses} is
; HKCU\Software\Classes for a per-user install and HKLM for an all-users one.
Root: HKA; Subkey: "Software\Classes\.kerneopgave"; ValueType: string; ValueName: ""; ValueData: "KerneopgaveTavlen.Workshop"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.kerneopgave\OpenWithProgids"; ValueType: string; ValueName: "KerneopgaveTavlen.Workshop"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\KerneopgaveTavlen.Workshop"; ValueType: string; ValueName: ""; ValueData: "Arbejdsmøde om kerneopgaven"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\KerneopgaveTavlen.Workshop\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\kerneopgave-document.ico,0"
Root: HKA; Subkey: "Software\Classes\KerneopgaveTavlen.Workshop\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".kerneopgave"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""Kerneopgave-tavlen rum"" dir=in action=allow program=""{app}\{#AppExe}"" protocol=TCP localport=47800 profile=private"; Flags: runhidden; Tasks: firewall
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""Kerneopgave-tavlen rum"""; Flags: runhidden; RunOnceId: "RemoveFirewallRule"; Tasks: firewall

; Workshops, backups and settings belong to the user and stay on uninstall:
; Documents\Kerneopgave\ and the settings under HKCU\Software\Kerneopgave-tavlen.

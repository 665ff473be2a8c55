; Inno Setup 6 script for the Windows installer of fourgmon (needs Inno Setup 6.3 or newer).
;
; Build the onedir first (PyInstaller, packaging\fourgmon.spec), then from the checkout root:
;
;   iscc /DAppVersion=0.1.0 packaging\fourgmon.iss
;
; -> dist\fourgmon-0.1.0-setup.exe. Optional defines: /DSourceDir=<onedir> (default
; ..\dist\fourgmon), /DIconFile=<.ico> (default: the one the spec put into the onedir).
; Relative paths are relative to this script's folder.
;
; What it does:
; - installs per user by default, without administrator rights, into
;   %LOCALAPPDATA%\Programs\fourgmon; the first page lets the engineer choose an install for
;   all users instead (Program Files, needs administrator rights);
; - a start-menu folder with "fourgmon", "fourgmon self-test" (a console window that stays
;   open with the verdict) and "Uninstall fourgmon"; an optional desktop shortcut;
; - the task "Allow modules to connect": a Windows Firewall rule allowing inbound TCP on
;   port 51609 for fourgmon.exe, on private and domain networks (optionally public ones too).
;   Changing the firewall always needs administrator rights. In an all-users install the
;   installer already has them. In a per-user install the installer asks Windows for them
;   for this one step (a UAC prompt for netsh); if the engineer cannot or does not approve,
;   the install still succeeds, a message explains what happens instead: on first launch
;   Windows shows its own "Windows Defender Firewall has blocked some features of this app"
;   prompt, where "Private networks" must be ticked and "Allow access" clicked (that too
;   needs an administrator).
; - the uninstaller removes the program, the shortcuts and the firewall rule (asking for
;   administrator rights again in a per-user install, only if the rule was added). The
;   engineer's data (%LOCALAPPDATA%\fourgmon: the packet database) is kept.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z packaging\fourgmon.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\fourgmon"
#endif
#ifndef IconFile
  #define IconFile SourceDir + "\_internal\resources\icons\fourgmon.ico"
#endif
#define AppName "fourgmon"
#define AppExe "fourgmon.exe"
#define CliExe "fourgmon-cli.exe"
#define Port "51609"
#define RuleName "fourgmon (TCP " + Port + ")"
; Inno Setup ships the Simplified Chinese messages only in some versions: use them if present.
#define HaveChinese FileExists(CompilerPath + "Languages\ChineseSimplified.isl")

[Setup]
; The AppId identifies the program for upgrades and the uninstaller: never change it.
AppId={{5B0F7C1E-6A43-4C1B-9D8E-2F4F6C0A9151}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running fourgmon before replacing its files (upgrades).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if HaveChinese
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[CustomMessages]
english.TaskFirewall=Allow modules to connect: add a Windows Firewall rule for TCP port {#Port} (needs administrator rights)
english.TaskFirewallPublic=Also on public networks (only if the site network shows as "Public")
english.GroupFirewall=Network:
english.SelfTest=fourgmon self-test
english.Launch=Launch fourgmon
english.FirewallFailed=The Windows Firewall rule for TCP port {#Port} was not added (%1).%n%nfourgmon is installed and works. The first time it starts, Windows asks whether it may accept connections: tick "Private networks" and click "Allow access" (an administrator must approve). Otherwise modules on the network cannot reach this laptop.
english.FirewallRemoveFailed=The Windows Firewall rule "{#RuleName}" could not be removed (%1). An administrator can remove it in "Windows Defender Firewall with Advanced Security", Inbound Rules.
#if HaveChinese
chinesesimplified.TaskFirewall=允许模块连接：添加 Windows 防火墙规则，开放 TCP 端口 {#Port}（需要管理员权限）
chinesesimplified.TaskFirewallPublic=同时允许公用网络（仅当现场网络显示为“公用”时）
chinesesimplified.GroupFirewall=网络：
chinesesimplified.SelfTest=fourgmon 自检
chinesesimplified.Launch=启动 fourgmon
chinesesimplified.FirewallFailed=未能添加 TCP 端口 {#Port} 的 Windows 防火墙规则（%1）。%n%nfourgmon 已安装并可正常使用。首次启动时 Windows 会询问是否允许其接受连接：请勾选“专用网络”并点击“允许访问”（需要管理员批准）。否则网络中的模块无法连接到本机。
chinesesimplified.FirewallRemoveFailed=未能删除 Windows 防火墙规则“{#RuleName}”（%1）。管理员可在“高级安全 Windows Defender 防火墙”的入站规则中删除。
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "firewall"; Description: "{cm:TaskFirewall}"; GroupDescription: "{cm:GroupFirewall}"
Name: "firewall\public"; Description: "{cm:TaskFirewallPublic}"; GroupDescription: "{cm:GroupFirewall}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files a newer build no longer has must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
; cmd /k keeps the console open so the engineer can read the verdict.
Name: "{group}\{cm:SelfTest}"; Filename: "{cmd}"; Parameters: "/k """"{app}\{#CliExe}"" --self-test"""; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: files; Name: "{app}\firewall-rule-added"

[Code]
const
  MarkerName = 'firewall-rule-added';

{ Run netsh commands through one cmd.exe with administrator rights: the "runas" verb shows
  one UAC prompt when the installer is not elevated (per-user install) and none when it is.
  The command line after /c starts with "netsh", not a quote, so cmd keeps every quote in it.
  Returns '' on success, else a short reason for the message box. }
function RunElevated(const Args: String): String;
var
  Code: Integer;
begin
  Code := 0;
  if not ShellExec('runas', ExpandConstant('{cmd}'), '/c ' + Args, '', SW_HIDE,
                   ewWaitUntilTerminated, Code) then
    Result := SysErrorMessage(Code)  { e.g. "The operation was canceled by the user." }
  else if Code <> 0 then
    Result := Format('netsh exit code %d', [Code])
  else
    Result := '';
end;

function DeleteRuleArgs(): String;
begin
  Result := 'netsh advfirewall firewall delete rule name="{#RuleName}" >nul 2>&1';
end;

function AddRuleArgs(): String;
var
  Profiles: String;
begin
  if WizardIsTaskSelected('firewall\public') then
    Profiles := 'any'
  else
    Profiles := 'private,domain';
  { Delete first: "add rule" with an existing name adds a second rule (upgrades). }
  Result := DeleteRuleArgs() + ' & netsh advfirewall firewall add rule name="{#RuleName}"' +
    ' dir=in action=allow protocol=TCP localport={#Port} enable=yes profile=' + Profiles +
    ' program="' + ExpandConstant('{app}\{#AppExe}') + '"';
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Reason: String;
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('firewall') then
  begin
    Reason := RunElevated(AddRuleArgs());
    if Reason = '' then
      SaveStringToFile(ExpandConstant('{app}\' + MarkerName), '{#RuleName}', False)
    else
    begin
      Log('Firewall rule not added: ' + Reason);
      { SuppressibleMsgBox: a silent install (/SILENT, /VERYSILENT /SUPPRESSMSGBOXES) goes on. }
      SuppressibleMsgBox(FmtMessage(CustomMessage('FirewallFailed'), [Reason]),
                         mbInformation, MB_OK, IDOK);
    end;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Reason: String;
begin
  { Before the files go: the marker says whether this install added the rule. }
  if (CurUninstallStep = usUninstall) and FileExists(ExpandConstant('{app}\' + MarkerName)) then
  begin
    Reason := RunElevated(DeleteRuleArgs());
    if Reason <> '' then
    begin
      Log('Firewall rule not removed: ' + Reason);
      SuppressibleMsgBox(FmtMessage(CustomMessage('FirewallRemoveFailed'), [Reason]),
                         mbInformation, MB_OK, IDOK);
    end;
  end;
end;

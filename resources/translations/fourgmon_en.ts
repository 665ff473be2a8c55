<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../fourgmon/gui/about_box.py" line="28"/>
        <source>About fourgmon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/about_box.py" line="31"/>
        <source>Monitor and built-in server for 4G pressure-monitoring modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/about_box.py" line="35"/>
        <source>Listening on {host}:{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/about_box.py" line="37"/>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/about_box.py" line="42"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlarmPanel</name>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="442"/>
        <source>Alarms: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="442"/>
        <source>No open alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="448"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="451"/>
        <source>Acknowledge the selected alarms ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="453"/>
        <source>Filter alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="454"/>
        <source>Filter alarms (module, kind, channel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlarmTableModel</name>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="205"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="206"/>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="215"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="207"/>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="213"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="208"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="209"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="210"/>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="214"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="211"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="212"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="296"/>
        <source>Since {time} ({duration}), raised {count} time(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="302"/>
        <source>Acknowledged by {user} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlarmTray</name>
    <message>
        <location filename="../../fourgmon/gui/alarm_tray.py" line="72"/>
        <source>Show the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_tray.py" line="73"/>
        <source>Mute the alarm sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_tray.py" line="78"/>
        <source>fourgmon: no open alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_tray.py" line="79"/>
        <source>fourgmon: critical alarm open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_tray.py" line="80"/>
        <source>fourgmon: major alarm open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_tray.py" line="81"/>
        <source>fourgmon: minor alarm open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_tray.py" line="104"/>
        <source>Alarm: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alarms</name>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="58"/>
        <source>module offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="59"/>
        <source>sensor offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="60"/>
        <source>interference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="61"/>
        <source>stuck value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="62"/>
        <source>crystal fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="63"/>
        <source>unknown sensor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="64"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="65"/>
        <source>lost packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="66"/>
        <source>RS485 errors rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="67"/>
        <source>clock off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="68"/>
        <source>above high threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="69"/>
        <source>below low threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="76"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="77"/>
        <source>major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="78"/>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BridgeSettingsPage</name>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="160"/>
        <source>Forward to an MQTT broker (ThingsBoard, Mosquitto…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="162"/>
        <source>Broker URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="163"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="164"/>
        <source>Topic prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="165"/>
        <source>CA file (mqtts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="166"/>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="172"/>
        <source>mqtt://[user[:password]@]host[:port], or mqtts:// for TLS. ThingsBoard: create a gateway device and put its access token as the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="176"/>
        <source>ThingsBoard gateway API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="177"/>
        <source>Plain topics (prefix/IMEI/…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="178"/>
        <source>Only for plain topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="179"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="180"/>
        <source>the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="181"/>
        <source>Allow firmware updates from the broker (RPC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="60"/>
        <source>{n} ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="61"/>
        <source>{n} timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="62"/>
        <source>{n} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="63"/>
        <source>{n} error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="64"/>
        <source>{n} queued (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="65"/>
        <source>{n} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="67"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="70"/>
        <source>{command} on {n} modules: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="239"/>
        <source>Calibration and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="242"/>
        <source>value = gain × raw + offset. A &apos;*&apos; row applies to every module without its own row; channels without any row stay in raw counts. Thresholds are in the row&apos;s unit; every change is kept with its time and user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="247"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="248"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="249"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="250"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="251"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="253"/>
        <source>Set the rows of a CSV file (imei,channel,gain,offset,unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="255"/>
        <source>Import replaces all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="258"/>
        <source>Remove the rows the file does not list (as `fourgmon calibration import --replace`); the history keeps them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="262"/>
        <source>Rows in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="263"/>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="266"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="267"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="268"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="269"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="270"/>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="271"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="296"/>
        <source>* (every module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="380"/>
        <source>Cannot store the change: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="387"/>
        <source>Import calibration CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="389"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="397"/>
        <source>Export calibration CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="399"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="420"/>
        <source>Cannot read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="427"/>
        <source>Nothing imported: {file}, {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="436"/>
        <source>{changed} rows changed ({total} in {file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="440"/>
        <source>{removed} rows removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="456"/>
        <source>Cannot write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="459"/>
        <source>{n} rows exported to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="469"/>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="508"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="509"/>
        <source>raw counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="510"/>
        <source>gain {gain}, offset {offset}, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="516"/>
        <source>no thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="519"/>
        <source>high {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="521"/>
        <source>low {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="523"/>
        <source>hysteresis {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="524"/>
        <source>counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="187"/>
        <source>any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="218"/>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="328"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="218"/>
        <source>offline: queued until it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="226"/>
        <source>Start puts these {n} modules into firmware upgrade mode, {k} at a time; each fetches the firmware by itself, goes offline and is checked when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="230"/>
        <source>No module matches: change the selection or the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="299"/>
        <source>Campaign {state} — {done} of {n} done ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="327"/>
        <source>update sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="329"/>
        <source>offline at start: queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="330"/>
        <source>refused by the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="332"/>
        <source>upgrade mode entered: waiting for the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="334"/>
        <source>back online: reading the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="335"/>
        <source>same version as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="336"/>
        <source>campaign aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="337"/>
        <source>never online during the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="342"/>
        <source>not back within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="367"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="367"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="379"/>
        <source>Export campaign report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="381"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="397"/>
        <source>Cannot write the report: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="401"/>
        <source>Report saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="429"/>
        <source>Firmware campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="433"/>
        <source>Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="434"/>
        <source>Hardware type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="435"/>
        <source>only below version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="436"/>
        <source>At a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="437"/>
        <source>back within (min):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="446"/>
        <source>the {n} selected modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="447"/>
        <source>all modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="450"/>
        <source>e.g. 1.0.4 (empty: any version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="453"/>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="454"/>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="455"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="456"/>
        <source>Current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="457"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="458"/>
        <source>Version after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="459"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="462"/>
        <source>Start the update of these modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="463"/>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="464"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="465"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="391"/>
        <source>Current firmware: type {type}, version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="395"/>
        <source>Current firmware: unknown (use Version first to read it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="398"/>
        <location filename="../../fourgmon/gui/command_panel.py" line="431"/>
        <location filename="../../fourgmon/gui/command_panel.py" line="490"/>
        <source>Firmware update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="399"/>
        <source>Start a firmware update of module {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="408"/>
        <source>The module enters upgrade mode, fetches the firmware by itself and is offline for a while. Its version is read back when it reconnects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="427"/>
        <source>(offline: queued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="432"/>
        <source>Start a firmware update of {n} modules at once?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="439"/>
        <source>They enter upgrade mode together (at most the in-flight limit at once) and go offline for a while. For one module after the other with the version read back, use Modules → Firmware campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="486"/>
        <source>Time sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="487"/>
        <source>Query info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="488"/>
        <source>Query version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="489"/>
        <source>Query data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="510"/>
        <source>Version read back after update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="521"/>
        <source>waiting for the reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="523"/>
        <source>timeout: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="525"/>
        <source>refused by the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="527"/>
        <source>error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="532"/>
        <source>CCID {ccid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="533"/>
        <source>location {loc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="548"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="555"/>
        <source>the module is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="556"/>
        <source>the connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="557"/>
        <source>the server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="562"/>
        <source>no reply within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="564"/>
        <source>the same command is still waiting for its reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="575"/>
        <source>{n} modules selected ({online} online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="594"/>
        <source>queued: sent when the module reconnects (expires {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="647"/>
        <source>Module {imei} is offline: the command is queued and sent when it reconnects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="672"/>
        <source>Waiting for the replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="675"/>
        <source>Send to the {n} selected modules ({offline} offline: queued).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="685"/>
        <source>Queue ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="685"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="696"/>
        <source>Command and result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="541"/>
        <source>type {type} · version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="348"/>
        <source>Retry the failed ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="535"/>
        <source>RS485 errors bus 1/2/3: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="543"/>
        <source>upgrade mode entered; version is read back on reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="545"/>
        <source>accepted; fresh data follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="547"/>
        <source>time sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="581"/>
        <source>No module selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="585"/>
        <source>Module: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="604"/>
        <source>upgrade mode entered; after reconnecting: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="642"/>
        <source>Select a module in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="651"/>
        <source>Module {imei} is offline: commands need a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="657"/>
        <source>Waiting for the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="493"/>
        <source>Send this computer&apos;s time (UTC) to the module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="496"/>
        <source>Read CCID, location and the RS485 error counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="499"/>
        <source>Read the hardware type and firmware version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="501"/>
        <source>Ask the module to push its data now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="503"/>
        <source>Put the module into firmware upgrade mode (asks first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="491"/>
        <source>Firmware update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="696"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="697"/>
        <location filename="../../fourgmon/gui/command_panel.py" line="698"/>
        <source>Command history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateAxis</name>
    <message>
        <location filename="../../fourgmon/gui/date_axis.py" line="29"/>
        <source>en_US</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="150"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="152"/>
        <source>{n} s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="154"/>
        <source>{n} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="156"/>
        <source>{n} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="157"/>
        <source>{n} d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="398"/>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="399"/>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="400"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="401"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="402"/>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="403"/>
        <source>Temp. °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="404"/>
        <source>Hum. %RH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="405"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="406"/>
        <source>CCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="407"/>
        <source>Last packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="408"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="409"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="410"/>
        <source>Last command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="503"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="503"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="545"/>
        <source>Online since {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="548"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="549"/>
        <source>Offline: {cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="551"/>
        <source>Double-click to name this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="553"/>
        <source>Location: {loc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="296"/>
        <location filename="../../fourgmon/gui/export_dialog.py" line="339"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="297"/>
        <source>Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/export_dialog.py" line="298"/>
        <source>Selected (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/export_dialog.py" line="299"/>
        <source>All (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="300"/>
        <source>IMEI or alias contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="301"/>
        <source>Time range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="307"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="308"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="309"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="310"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="311"/>
        <source>Everything stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="312"/>
        <source>From – to (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="317"/>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="323"/>
        <source>Frames (the samples of every channel frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="324"/>
        <source>Events (online/offline, commands, sensor status, SIM info, version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="325"/>
        <source>Alarm history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="330"/>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="331"/>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="332"/>
        <source>Raw AD counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="333"/>
        <source>Engineering units (calibration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="334"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="335"/>
        <source>One file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="336"/>
        <source>One file per module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="337"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="338"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="340"/>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="341"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="342"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="345"/>
        <source>Times in the files are UTC (ISO 8601, e.g. 2026-11-24T19:56:07.123Z); CSV opens in Excel with Chinese text intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="412"/>
        <source>No module matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="415"/>
        <source>Choose at least one channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="417"/>
        <source>Choose raw counts, engineering units or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="420"/>
        <source>The range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="422"/>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/export_dialog.py" line="435"/>
        <source>%n module(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="443"/>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="467"/>
        <source>Counting the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="475"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="483"/>
        <source>%1 of about %2 rows, about %3 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/export_dialog.py" line="502"/>
        <source>%n row(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="504"/>
        <source>Incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="512"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="518"/>
        <source>Export cancelled: no file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="37"/>
        <source>Time sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="38"/>
        <source>Query info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="39"/>
        <source>Query version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="40"/>
        <source>Query data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="41"/>
        <source>Firmware update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="49"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="50"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="51"/>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="52"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="53"/>
        <source>waiting for the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="54"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="55"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="56"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="57"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="58"/>
        <source>update sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="59"/>
        <source>upgrading, waiting for it to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="60"/>
        <source>back, reading the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="61"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="62"/>
        <source>unchanged (same version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="63"/>
        <source>not back in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="64"/>
        <source>never online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="65"/>
        <location filename="../../fourgmon/gui/fleet_text.py" line="75"/>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="72"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="73"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="74"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="76"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetActions</name>
    <message>
        <location filename="../../fourgmon/gui/fleet_actions.py" line="103"/>
        <source>&amp;Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_actions.py" line="104"/>
        <source>Select all in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_actions.py" line="105"/>
        <source>Select all with open alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_actions.py" line="106"/>
        <source>Firmware campaign…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetSettingsPage</name>
    <message>
        <location filename="../../fourgmon/gui/settings_fleet.py" line="85"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_fleet.py" line="86"/>
        <source>Requests in flight at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_fleet.py" line="87"/>
        <source>Queued commands expire after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_fleet.py" line="89"/>
        <source>A bulk action sends to this many modules at a time, so a site is not flooded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_fleet.py" line="91"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_fleet.py" line="93"/>
        <source>Synchronise each module&apos;s clock when it connects and when it drifts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameBrowser</name>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="200"/>
        <location filename="../../fourgmon/gui/history_frames.py" line="278"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="200"/>
        <location filename="../../fourgmon/gui/history_frames.py" line="278"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="249"/>
        <source>No stored frames in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="253"/>
        <source>Frame {i} of {n} · received {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="258"/>
        <source>packnum {p} · device time {t} · {channels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="279"/>
        <source>First frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="280"/>
        <source>Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="281"/>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="282"/>
        <source>Last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="283"/>
        <source>Replay speed (times real time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="284"/>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="272"/>
        <source>The end of the range must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="430"/>
        <source>Could not read the history: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="435"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="438"/>
        <source>Every stored frame (min / max / mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="440"/>
        <source>Per-minute rollups (min / max / mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="482"/>
        <source>Save the site report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="484"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="500"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="516"/>
        <source>Could not write the report: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="521"/>
        <source>Report saved: &lt;a href=&quot;{path}&quot;&gt;{name}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="528"/>
        <location filename="../../fourgmon/gui/history_panel.py" line="546"/>
        <source>No module selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="535"/>
        <source>AD counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="535"/>
        <location filename="../../fourgmon/gui/history_panel.py" line="545"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="539"/>
        <source>CH{n} · bus {bus} / pos {pos} · {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="546"/>
        <source>No data in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="547"/>
        <source>local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="558"/>
        <source>Packets received {received} of {expected} expected ({pct}) · {lost} lost · online {online:.1f} % of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="571"/>
        <source>Events ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="573"/>
        <source>Events (newest {n} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="577"/>
        <source>Frame browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="592"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="593"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="594"/>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="595"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="599"/>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="600"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="601"/>
        <source>Raw counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="602"/>
        <source>Show the modules&apos; AD counts instead of engineering units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="605"/>
        <source>Language of the site report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="606"/>
        <source>Site report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="608"/>
        <source>A PDF of every module for this range, to hand to the client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTimeline</name>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="43"/>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="46"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="47"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="48"/>
        <source>interference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="49"/>
        <source>stuck value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="60"/>
        <source>CH{a}–CH{b}: {new} (first report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="67"/>
        <source>CH{n} (bus {bus} / pos {pos}): {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="80"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="81"/>
        <source>heartbeat timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="82"/>
        <source>replaced by a new connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="83"/>
        <source>closed by the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="84"/>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="85"/>
        <source>server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="86"/>
        <source>module too slow to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="97"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="99"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="106"/>
        <source>Sensor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="109"/>
        <source>Alarm raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="111"/>
        <source>Alarm cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="123"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="124"/>
        <source>no reply (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="125"/>
        <source>refused by the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="126"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="131"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="133"/>
        <source>CCID {ccid} · location {loc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="137"/>
        <source>RS485 errors bus 1/2/3: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="140"/>
        <source>Module info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="142"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="142"/>
        <source>type {type} · version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="146"/>
        <source>Data gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="146"/>
        <source>{lost} packet(s) lost (packnum {a} → {b})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="211"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="212"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="213"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="640"/>
        <source>The server keeps listening on {host}:{port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="644"/>
        <source>The server is not listening. Choose another port in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="647"/>
        <source>Port not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="648"/>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="656"/>
        <source>Another program (or another fourgmon) may use this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="739"/>
        <source>4G pressure module monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="740"/>
        <source>Filter by IMEI or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="741"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="742"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="743"/>
        <source>&amp;Calibration and thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="744"/>
        <source>Show raw AD counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="745"/>
        <source>Plots in raw AD counts instead of engineering units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="746"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="747"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="748"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="750"/>
        <source>History of the selected module, and the site report (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="752"/>
        <source>Export frames, events or alarms as CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="753"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="754"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="755"/>
        <source>Traffic log: follow the selected module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="756"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="758"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="759"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="760"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="764"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="765"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="766"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="769"/>
        <source>&amp;History and site report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="770"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="464"/>
        <source>IMEI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="465"/>
        <source>IMEI or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="466"/>
        <source>Follow selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="468"/>
        <source>Show the module selected in the table; the filter follows the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="470"/>
        <source>Cmd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="473"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="474"/>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="475"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="476"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="477"/>
        <source>Save the shown rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="478"/>
        <source>Traffic log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="697"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="697"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/message_log.py" line="707"/>
        <source>%n message(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/message_log.py" line="713"/>
        <source>%n message(s) not shown (flood)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/message_log.py" line="735"/>
        <source>Saved %n row(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="709"/>
        <source>{shown} of {total} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="719"/>
        <source>Save traffic log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="721"/>
        <source>Tab-separated text (*.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="721"/>
        <source>All (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="733"/>
        <source>Could not save: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="261"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="261"/>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="261"/>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="261"/>
        <source>Cmd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="261"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="285"/>
        <source>← in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="285"/>
        <source>→ out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="299"/>
        <source>peer {peer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="301"/>
        <source>IMEI named in the bad packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="306"/>
        <source>… ({n} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="308"/>
        <source>undecodable message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="309"/>
        <source>Protocol error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="639"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="639"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="216"/>
        <source>Stop drawing; data keeps being collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="217"/>
        <source>Y range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="219"/>
        <source>Fit once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="220"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="221"/>
        <source>Fixed 0–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="222"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="228"/>
        <source>Fit once: fit each channel to its first frame, then hold (cheapest).
Auto: follow every frame (costs CPU with many updates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="232"/>
        <source>Lowest AD count shown (custom range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="233"/>
        <source>Highest AD count shown (custom range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="234"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="235"/>
        <source>Fit every channel to its current frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="236"/>
        <source>Trend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="237"/>
        <source>10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="238"/>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="239"/>
        <source>Crosshair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="240"/>
        <source>{mean} mean  {max} max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="242"/>
        <source>Last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="243"/>
        <source>Trend (mean / max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="245"/>
        <source>CH{n} · bus {bus} / pos {pos}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="253"/>
        <source>CH{n} · {bus}/{pos}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="271"/>
        <source>value ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="272"/>
        <source>units: see the titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="286"/>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="286"/>
        <source>no module selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="719"/>
        <source>CH{n} · {time} · mean {mean} · max {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="727"/>
        <source>CH{n} · sample {i} · {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="269"/>
        <source>raw AD counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="277"/>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="278"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="498"/>
        <source>{value} counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="714"/>
        <source>CH{n}: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="724"/>
        <source>CH{n} · sample {i} · {value} counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../fourgmon/gui/queue_view.py" line="132"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/queue_view.py" line="133"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/queue_view.py" line="134"/>
        <source>Queued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/queue_view.py" line="135"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/queue_view.py" line="136"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../fourgmon/gui/queue_view.py" line="233"/>
        <source>Cancel selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/queue_view.py" line="235"/>
        <source>Commands for offline modules are sent when the module reconnects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuitBox</name>
    <message>
        <location filename="../../fourgmon/gui/quit_box.py" line="21"/>
        <source>Quit fourgmon?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/quit_box.py" line="22"/>
        <source>%n module(s) connected.</source>
        <translation>
            <numerusform>%n module connected.</numerusform>
            <numerusform>%n modules connected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/quit_box.py" line="25"/>
        <source>Quitting stops the server on port {port}: the modules go offline, and nothing they send is received until fourgmon runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/quit_box.py" line="30"/>
        <source>Quitting stops the server: the modules go offline, and nothing they send is received until fourgmon runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/quit_box.py" line="35"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/quit_box.py" line="41"/>
        <source>Don&apos;t ask again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="243"/>
        <source>Calibration row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="244"/>
        <source>* (every module without its own row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="246"/>
        <source>CH{n} · bus {bus} / pos {pos}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="250"/>
        <source>Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="251"/>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="252"/>
        <source>Own calibration (value = gain × raw + offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="253"/>
        <source>Gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="254"/>
        <source>Offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="255"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="256"/>
        <source>Two-point helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="257"/>
        <source>Raw counts read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="259"/>
        <source>Point {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="260"/>
        <source>Read live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="261"/>
        <source>Compute gain and offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="262"/>
        <source>Alarm thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="263"/>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="264"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="266"/>
        <source>default: {n} raw counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="320"/>
        <source>gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="321"/>
        <source>offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="335"/>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="345"/>
        <source>raw counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="341"/>
        <source>In {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="342"/>
        <source>High ({unit}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="343"/>
        <source>Low ({unit}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="344"/>
        <source>Hysteresis ({unit}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="346"/>
        <source>Known pressure ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="354"/>
        <source>Values of this row are shown as the &apos;*&apos; row says: {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="366"/>
        <source>The mean of this channel&apos;s last frame: {value} counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="370"/>
        <source>Select this module in the device table to read its live value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="391"/>
        <source>point {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="419"/>
        <source>{module} CH{n} already has a row: edit that one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="424"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="425"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="426"/>
        <source>hysteresis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="431"/>
        <source>a hysteresis needs a high or a low threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="93"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="94"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="95"/>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="96"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="97"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="98"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="99"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="100"/>
        <source>Hysteresis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="117"/>
        <source>Not applied: {unit} does not convert to this channel&apos;s unit ({shown})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="119"/>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="120"/>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="143"/>
        <source>raw counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="123"/>
        <source>No own calibration: the &apos;*&apos; row (or raw counts) applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="146"/>
        <source>counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="149"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SensorCells</name>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="57"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="59"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="61"/>
        <source>high-frequency interference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="63"/>
        <source>stuck value (fixed-value anomaly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="65"/>
        <source>crystal oscillator fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="67"/>
        <source>reserved code {raw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="69"/>
        <source>unknown code {raw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="70"/>
        <source>no status reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="75"/>
        <source>CH{ch} · bus {bus} / pos {pos}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="114"/>
        <source>crystal: unknown code {raw}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerStatusBar</name>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="49"/>
        <source>MQTT: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="56"/>
        <source>MQTT: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="59"/>
        <source>MQTT: disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="62"/>
        <source>, {n} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="65"/>
        <source>Last error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="106"/>
        <source>Listening on {host}:{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="109"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="110"/>
        <source>Not listening: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="113"/>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="114"/>
        <source>This PC: {addresses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="121"/>
        <source>{connected} connected · {online} online · {faults} with faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="125"/>
        <source>{rate:.0f} msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="130"/>
        <source>Storage error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="140"/>
        <source>Disk full: {free} free, packets not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="143"/>
        <source>Disk space low: {free} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="146"/>
        <source>{free} free on {path}. A warning below {warn}; below {reserve} packets are not stored (nor acknowledged: the modules keep them and send them again) until space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="158"/>
        <source>Database damaged: storing into {active}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="162"/>
        <source>set aside by an earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="166"/>
        <source>A damaged file is kept untouched for recovery, and what is still readable in it is shown and exported. New data goes to {active}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="179"/>
        <source>Upgrading database: {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="181"/>
        <source>Copying {copied} of {total} stored packets to the new, smaller format. Receiving goes on meanwhile; older history appears as it is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="190"/>
        <source>History kept since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="192"/>
        <source>the disk reached its storage budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="194"/>
        <source>packets reached the maximum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="197"/>
        <source>Retention removed the {removed} oldest packets because {why}. Per-minute trends are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="338"/>
        <source>Modules are set to send to port {old}. They will not find fourgmon on port {new} until each one (or the router&apos;s port forwarding) is changed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="357"/>
        <source>Not a 15-digit IMEI: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="367"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="374"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="378"/>
        <source>Listen on address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="379"/>
        <source>TCP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="380"/>
        <source>Offline after silence of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="381"/>
        <source>Reply terminator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="382"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="383"/>
        <source>Allowed IMEIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="384"/>
        <source>Max. connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="385"/>
        <source>Alarm when no data for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="386"/>
        <source>Alarm when a clock is off by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="387"/>
        <source>Modules&apos; time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="392"/>
        <source>0.0.0.0 listens on every network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="393"/>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="411"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="394"/>
        <source>Modules ping every 60 s; 180 s = 3 missed pings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="395"/>
        <source>None (as documented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="396"/>
        <source>CR LF (for firmware that wants it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="397"/>
        <source>Default folder of this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="398"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="399"/>
        <source>Empty: any module may connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="402"/>
        <source>15-digit IMEIs separated by spaces, commas or new lines. Other modules are logged and disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="406"/>
        <source>Connections beyond this many are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="407"/>
        <source>Ask before quitting while modules are connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="408"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="409"/>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="412"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="410"/>
        <source>An online module that sends no data this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="413"/>
        <source>This computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="414"/>
        <source>Mute the alarm sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="415"/>
        <source>Storage limits (from the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="419"/>
        <source>A new data folder and new storage limits take effect after restarting fourgmon; everything else applies at once (the listener restarts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteReport</name>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="161"/>
        <location filename="../../fourgmon/gui/report.py" line="347"/>
        <source>Site report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="164"/>
        <source>Range: {since} to {until} (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="168"/>
        <source>Generated {at} by fourgmon {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="174"/>
        <source>Site summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="179"/>
        <source>{modules} module(s); {open} open alarm(s); {past} in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="186"/>
        <location filename="../../fourgmon/gui/report.py" line="213"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="188"/>
        <location filename="../../fourgmon/gui/report.py" line="268"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="189"/>
        <source>Packets received / expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="190"/>
        <location filename="../../fourgmon/gui/report.py" line="245"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="191"/>
        <source>Open alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="210"/>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="214"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="215"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="216"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="217"/>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="218"/>
        <location filename="../../fourgmon/gui/report.py" line="317"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="227"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="237"/>
        <source>No alarms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="239"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="246"/>
        <source>SIM (CCID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="247"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="248"/>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="249"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="255"/>
        <source>Data completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="256"/>
        <source>{received} of {expected} packets received ({pct}), {lost} lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="269"/>
        <source>{pct:.1f} % of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="276"/>
        <source>AD counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="283"/>
        <source>Trends (min / max band and mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="286"/>
        <source>CHn · bus/position · unit; times in local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="290"/>
        <source>Firmware and SIM changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="298"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="298"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="300"/>
        <source>Command history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="307"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="308"/>
        <source>no reply (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="309"/>
        <source>refused by the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="310"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="314"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="315"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="316"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="323"/>
        <source>No commands in the range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageLimitsPage</name>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="114"/>
        <source>Raw traffic journal up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="115"/>
        <source>Remove oldest data above disk use of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="116"/>
        <source>Remove data older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="117"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="120"/>
        <source>What modules sent, kept compressed in the journal folder of the data folder for support; the oldest goes first beyond this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="124"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="125"/>
        <source>never for space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="128"/>
        <source>While the data folder&apos;s disk is fuller than this, the oldest packets are removed; per-minute trends are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="132"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="133"/>
        <source>keep everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../fourgmon/gui/app.py" line="271"/>
        <source>Only one fourgmon may use a data folder. Stop the other one first, or start this one with another data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

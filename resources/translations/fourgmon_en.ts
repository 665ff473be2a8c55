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
        <location filename="../../fourgmon/gui/alarm_panel.py" line="294"/>
        <source>Alarms: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="294"/>
        <source>No open alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="300"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="303"/>
        <source>Acknowledge the selected alarms ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="305"/>
        <source>Filter alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="306"/>
        <source>Filter alarms (module, kind, channel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlarmTableModel</name>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="166"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="167"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="168"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="169"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="170"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="171"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="172"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="214"/>
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
        <location filename="../../fourgmon/gui/alarm_panel.py" line="51"/>
        <source>module offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="52"/>
        <source>sensor offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="53"/>
        <source>interference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="54"/>
        <source>stuck value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="55"/>
        <source>crystal fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="56"/>
        <source>unknown sensor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="57"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="58"/>
        <source>lost packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="59"/>
        <source>RS485 errors rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="60"/>
        <source>clock off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="61"/>
        <source>above high threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="62"/>
        <source>below low threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="69"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="70"/>
        <source>major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="71"/>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="248"/>
        <source>Current firmware: type {type}, version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="252"/>
        <source>Current firmware: unknown (use Version first to read it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="255"/>
        <location filename="../../fourgmon/gui/command_panel.py" line="314"/>
        <source>Firmware update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="256"/>
        <source>Start a firmware update of module {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="265"/>
        <source>The module enters upgrade mode, fetches the firmware by itself and is offline for a while. Its version is read back when it reconnects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="310"/>
        <source>Time sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="311"/>
        <source>Query info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="312"/>
        <source>Query version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="313"/>
        <source>Query data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="334"/>
        <source>Version read back after update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="345"/>
        <source>waiting for the reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="347"/>
        <source>timeout: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="349"/>
        <source>refused by the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="351"/>
        <source>error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="356"/>
        <source>CCID {ccid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="357"/>
        <source>location {loc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="372"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="379"/>
        <source>the module is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="380"/>
        <source>the connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="381"/>
        <source>the server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="386"/>
        <source>no reply within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="388"/>
        <source>the same command is still waiting for its reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="466"/>
        <source>Command and result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="365"/>
        <source>type {type} · version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="359"/>
        <source>RS485 errors bus 1/2/3: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="367"/>
        <source>upgrade mode entered; version is read back on reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="369"/>
        <source>accepted; fresh data follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="371"/>
        <source>time sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="395"/>
        <source>No module selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="399"/>
        <source>Module: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="412"/>
        <source>upgrade mode entered; after reconnecting: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="443"/>
        <source>Select a module in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="446"/>
        <source>Module {imei} is offline: commands need a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="453"/>
        <source>Waiting for the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="317"/>
        <source>Send this computer&apos;s time (UTC) to the module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="320"/>
        <source>Read CCID, location and the RS485 error counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="323"/>
        <source>Read the hardware type and firmware version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="325"/>
        <source>Ask the module to push its data now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="327"/>
        <source>Put the module into firmware upgrade mode (asks first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="315"/>
        <source>Firmware update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="466"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="467"/>
        <source>Command history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="147"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="149"/>
        <source>{n} s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="151"/>
        <source>{n} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="153"/>
        <source>{n} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="154"/>
        <source>{n} d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="371"/>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="372"/>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="373"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="374"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="375"/>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="376"/>
        <source>Temp. °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="377"/>
        <source>Hum. %RH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="378"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="379"/>
        <source>CCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="380"/>
        <source>Last packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="381"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="382"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="457"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="457"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="499"/>
        <source>Online since {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="502"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="503"/>
        <source>Offline: {cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="505"/>
        <source>Double-click to name this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="507"/>
        <source>Location: {loc}</source>
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
        <location filename="../../fourgmon/gui/main_window.py" line="543"/>
        <source>The server keeps listening on {host}:{port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="547"/>
        <source>The server is not listening. Choose another port in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="550"/>
        <source>Port not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="551"/>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="559"/>
        <source>Another program (or another fourgmon) may use this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="642"/>
        <source>4G pressure module monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="643"/>
        <source>Filter by IMEI or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="644"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="645"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="646"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="647"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="648"/>
        <source>Traffic log: follow the selected module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="649"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="651"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="652"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="653"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="657"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="658"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="659"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="660"/>
        <source>&amp;History and site report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="661"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="420"/>
        <source>IMEI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="421"/>
        <source>IMEI or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="422"/>
        <source>Follow selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="424"/>
        <source>Show the module selected in the table; the filter follows the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="426"/>
        <source>Cmd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="429"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="430"/>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="431"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="432"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="433"/>
        <source>Save the shown rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="640"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="640"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/message_log.py" line="649"/>
        <source>%n message(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/message_log.py" line="655"/>
        <source>%n message(s) not shown (flood)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/message_log.py" line="677"/>
        <source>Saved %n row(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="651"/>
        <source>{shown} of {total} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="661"/>
        <source>Save traffic log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="663"/>
        <source>Tab-separated text (*.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="663"/>
        <source>All (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="675"/>
        <source>Could not save: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="227"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="227"/>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="227"/>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="227"/>
        <source>Cmd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="227"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="251"/>
        <source>← in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="251"/>
        <source>→ out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="265"/>
        <source>peer {peer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="267"/>
        <source>IMEI named in the bad packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="272"/>
        <source>… ({n} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="274"/>
        <source>undecodable message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="275"/>
        <source>Protocol error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="486"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="486"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="195"/>
        <source>Stop drawing; data keeps being collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="196"/>
        <source>Y range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="198"/>
        <source>Fit once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="199"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="200"/>
        <source>Fixed 0–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="201"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="207"/>
        <source>Fit once: fit each channel to its first frame, then hold (cheapest).
Auto: follow every frame (costs CPU with many updates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="211"/>
        <source>Lowest AD count shown (custom range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="212"/>
        <source>Highest AD count shown (custom range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="213"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="214"/>
        <source>Fit every channel to its current frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="215"/>
        <source>Trend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="216"/>
        <source>10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="217"/>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="218"/>
        <source>Crosshair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="219"/>
        <source>{mean} mean  {max} max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="221"/>
        <source>Last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="222"/>
        <source>Trend (mean / max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="224"/>
        <source>CH{n} · bus {bus} / pos {pos}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="235"/>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="235"/>
        <source>no module selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="229"/>
        <location filename="../../fourgmon/gui/plot_panel.py" line="230"/>
        <source>raw AD counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="229"/>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="230"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="561"/>
        <source>CH{n}: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="565"/>
        <source>CH{n} · {time} · mean {mean:.1f} · max {max:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="570"/>
        <source>CH{n} · sample {i} · {value} counts</source>
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
        <location filename="../../fourgmon/gui/status_bar.py" line="82"/>
        <source>Listening on {host}:{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="85"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="86"/>
        <source>Not listening: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="89"/>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="90"/>
        <source>This PC: {addresses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="97"/>
        <source>{connected} connected · {online} online · {faults} with faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="101"/>
        <source>{rate:.0f} msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="106"/>
        <source>Storage error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="116"/>
        <source>Disk full: {free} free, packets not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="119"/>
        <source>Disk space low: {free} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="122"/>
        <source>{free} free on {path}. A warning below {warn}; below {reserve} packets are not stored (nor acknowledged: the modules keep them and send them again) until space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="134"/>
        <source>Database damaged: storing into {active}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="138"/>
        <source>set aside by an earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="142"/>
        <source>A damaged file is kept untouched for recovery, and what is still readable in it is shown and exported. New data goes to {active}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="155"/>
        <source>Upgrading database: {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="157"/>
        <source>Copying {copied} of {total} stored packets to the new, smaller format. Receiving goes on meanwhile; older history appears as it is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="166"/>
        <source>History kept since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="168"/>
        <source>the disk reached its storage budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="170"/>
        <source>packets reached the maximum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="173"/>
        <source>Retention removed the {removed} oldest packets because {why}. Per-minute trends are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="293"/>
        <source>Modules are set to send to port {old}. They will not find fourgmon on port {new} until each one (or the router&apos;s port forwarding) is changed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="312"/>
        <source>Not a 15-digit IMEI: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="320"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="327"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="331"/>
        <source>Listen on address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="332"/>
        <source>TCP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="333"/>
        <source>Offline after silence of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="334"/>
        <source>Reply terminator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="335"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="336"/>
        <source>Allowed IMEIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="337"/>
        <source>Max. connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="338"/>
        <source>Alarm when no data for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="339"/>
        <source>Alarm when a clock is off by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="340"/>
        <source>Modules&apos; time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="345"/>
        <source>0.0.0.0 listens on every network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="346"/>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="364"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="347"/>
        <source>Modules ping every 60 s; 180 s = 3 missed pings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="348"/>
        <source>None (as documented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="349"/>
        <source>CR LF (for firmware that wants it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="350"/>
        <source>Default folder of this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="351"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="352"/>
        <source>Empty: any module may connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="355"/>
        <source>15-digit IMEIs separated by spaces, commas or new lines. Other modules are logged and disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="359"/>
        <source>Connections beyond this many are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="360"/>
        <source>Ask before quitting while modules are connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="361"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="362"/>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="365"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="363"/>
        <source>An online module that sends no data this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="366"/>
        <source>This computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="367"/>
        <source>Mute the alarm sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="371"/>
        <source>Everything but the data folder applies at once (the listener restarts). A new data folder takes effect after restarting fourgmon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteReport</name>
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
    <message>
        <location filename="../../fourgmon/gui/report.py" line="161"/>
        <location filename="../../fourgmon/gui/report.py" line="347"/>
        <source>Site report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../fourgmon/gui/app.py" line="240"/>
        <source>Only one fourgmon may use a data folder. Stop the other one first, or start this one with another data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

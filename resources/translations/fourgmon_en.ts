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
    <name>MainWindow</name>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="542"/>
        <source>The server keeps listening on {host}:{port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="546"/>
        <source>The server is not listening. Choose another port in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="549"/>
        <source>Port not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="550"/>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="558"/>
        <source>Another program (or another fourgmon) may use this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="641"/>
        <source>4G pressure module monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="642"/>
        <source>Filter by IMEI or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="643"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="644"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="645"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="646"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="647"/>
        <source>Traffic log: follow the selected module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="648"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="650"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="651"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="652"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="656"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="657"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="658"/>
        <source>&amp;About</source>
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
        <location filename="../../fourgmon/gui/settings_dialog.py" line="306"/>
        <source>Modules are set to send to port {old}. They will not find fourgmon on port {new} until each one (or the router&apos;s port forwarding) is changed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="325"/>
        <source>Not a 15-digit IMEI: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="335"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="342"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="346"/>
        <source>Listen on address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="347"/>
        <source>TCP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="348"/>
        <source>Offline after silence of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="349"/>
        <source>Reply terminator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="350"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="351"/>
        <source>Allowed IMEIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="352"/>
        <source>Max. connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="353"/>
        <source>Alarm when no data for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="354"/>
        <source>Alarm when a clock is off by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="355"/>
        <source>Modules&apos; time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="360"/>
        <source>0.0.0.0 listens on every network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="361"/>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="379"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="362"/>
        <source>Modules ping every 60 s; 180 s = 3 missed pings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="363"/>
        <source>None (as documented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="364"/>
        <source>CR LF (for firmware that wants it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="365"/>
        <source>Default folder of this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="366"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="367"/>
        <source>Empty: any module may connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="370"/>
        <source>15-digit IMEIs separated by spaces, commas or new lines. Other modules are logged and disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="374"/>
        <source>Connections beyond this many are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="375"/>
        <source>Ask before quitting while modules are connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="376"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="377"/>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="380"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="378"/>
        <source>An online module that sends no data this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="381"/>
        <source>This computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="382"/>
        <source>Mute the alarm sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="386"/>
        <source>Everything but the data folder applies at once (the listener restarts). A new data folder takes effect after restarting fourgmon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../fourgmon/gui/app.py" line="241"/>
        <source>Only one fourgmon may use a data folder. Stop the other one first, or start this one with another data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

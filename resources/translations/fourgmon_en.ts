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
    <name>CommandPanel</name>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="253"/>
        <source>Current firmware: type {type}, version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="257"/>
        <source>Current firmware: unknown (use Version first to read it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="260"/>
        <location filename="../../fourgmon/gui/command_panel.py" line="318"/>
        <source>Firmware update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="261"/>
        <source>Start a firmware update of module {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="270"/>
        <source>The module enters upgrade mode, fetches the firmware by itself and is offline for a while. Its version is read back when it reconnects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="314"/>
        <location filename="../../fourgmon/gui/command_panel.py" line="457"/>
        <source>Time sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="315"/>
        <location filename="../../fourgmon/gui/command_panel.py" line="458"/>
        <source>Query info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="316"/>
        <location filename="../../fourgmon/gui/command_panel.py" line="459"/>
        <source>Query version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="317"/>
        <location filename="../../fourgmon/gui/command_panel.py" line="460"/>
        <source>Query data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="319"/>
        <source>Version read back after update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="330"/>
        <source>waiting for the reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="332"/>
        <source>timeout: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="334"/>
        <source>refused by the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="336"/>
        <source>error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="341"/>
        <source>CCID {ccid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="342"/>
        <source>location {loc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="357"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="364"/>
        <source>the module is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="365"/>
        <source>the connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="366"/>
        <source>the server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="371"/>
        <source>no reply within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="373"/>
        <source>the same command is still waiting for its reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="465"/>
        <source>Command and result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="350"/>
        <source>type {type} · version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="344"/>
        <source>RS485 errors bus 1/2/3: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="352"/>
        <source>upgrade mode entered; version is read back on reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="354"/>
        <source>accepted; fresh data follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="356"/>
        <source>time sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="380"/>
        <source>No module selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="384"/>
        <source>Module: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="397"/>
        <source>upgrade mode entered; after reconnecting: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="428"/>
        <source>Select a module in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="431"/>
        <source>Module {imei} is offline: commands need a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="438"/>
        <source>Waiting for the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="446"/>
        <source>Send this computer&apos;s time (UTC) to the module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="447"/>
        <source>Read CCID, location and the RS485 error counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="448"/>
        <source>Read the hardware type and firmware version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="449"/>
        <source>Ask the module to push its data now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="450"/>
        <source>Put the module into firmware upgrade mode (asks first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="461"/>
        <source>Firmware update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="465"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="466"/>
        <source>Command history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="130"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="132"/>
        <source>{n} s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="134"/>
        <source>{n} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="136"/>
        <source>{n} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="137"/>
        <source>{n} d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="333"/>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="334"/>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="335"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="336"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="337"/>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="338"/>
        <source>Temp. °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="339"/>
        <source>Hum. %RH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="340"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="341"/>
        <source>CCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="342"/>
        <source>Last packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="343"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="398"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="398"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="440"/>
        <source>Online since {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="443"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="444"/>
        <source>Offline: {cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="446"/>
        <source>Double-click to name this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="448"/>
        <source>Location: {loc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="496"/>
        <source>The server keeps listening on {host}:{port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="500"/>
        <source>The server is not listening. Choose another port in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="503"/>
        <source>Port not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="504"/>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="512"/>
        <source>Another program (or another fourgmon) may use this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="595"/>
        <source>4G pressure module monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="596"/>
        <source>Filter by IMEI or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="597"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="598"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="599"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="600"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="601"/>
        <source>Traffic log: follow the selected module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="602"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="604"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="605"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="606"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="610"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="611"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="612"/>
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
        <location filename="../../fourgmon/gui/plot_panel.py" line="479"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="479"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="194"/>
        <source>Stop drawing; data keeps being collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="195"/>
        <source>Y range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="197"/>
        <source>Fit once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="198"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="199"/>
        <source>Fixed 0–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="200"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="206"/>
        <source>Fit once: fit each channel to its first frame, then hold (cheapest).
Auto: follow every frame (costs CPU with many updates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="210"/>
        <source>Lowest AD count shown (custom range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="211"/>
        <source>Highest AD count shown (custom range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="212"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="213"/>
        <source>Fit every channel to its current frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="214"/>
        <source>Trend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="215"/>
        <source>10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="216"/>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="217"/>
        <source>Crosshair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="218"/>
        <source>{mean} mean  {max} max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="220"/>
        <source>Last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="221"/>
        <source>Trend (mean / max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="223"/>
        <source>CH{n} · bus {bus} / pos {pos}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="234"/>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="234"/>
        <source>no module selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="228"/>
        <location filename="../../fourgmon/gui/plot_panel.py" line="229"/>
        <source>raw AD counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="228"/>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="229"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="554"/>
        <source>CH{n}: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="558"/>
        <source>CH{n} · {time} · mean {mean:.1f} · max {max:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="563"/>
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
        <location filename="../../fourgmon/gui/settings_dialog.py" line="222"/>
        <source>Modules are set to send to port {old}. They will not find fourgmon on port {new} until each one (or the router&apos;s port forwarding) is changed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="241"/>
        <source>Not a 15-digit IMEI: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="249"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="256"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="260"/>
        <source>Listen on address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="261"/>
        <source>TCP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="262"/>
        <source>Offline after silence of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="263"/>
        <source>Reply terminator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="264"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="265"/>
        <source>Allowed IMEIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="266"/>
        <source>Max. connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="271"/>
        <source>0.0.0.0 listens on every network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="272"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="273"/>
        <source>Modules ping every 60 s; 180 s = 3 missed pings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="274"/>
        <source>None (as documented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="275"/>
        <source>CR LF (for firmware that wants it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="276"/>
        <source>Default folder of this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="277"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="278"/>
        <source>Empty: any module may connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="281"/>
        <source>15-digit IMEIs separated by spaces, commas or new lines. Other modules are logged and disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="285"/>
        <source>Connections beyond this many are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="286"/>
        <source>Ask before quitting while modules are connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="290"/>
        <source>Everything but the data folder applies at once (the listener restarts). A new data folder takes effect after restarting fourgmon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../fourgmon/gui/app.py" line="249"/>
        <source>Only one fourgmon may use a data folder. Stop the other one first, or start this one with another data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

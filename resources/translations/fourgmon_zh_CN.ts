<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../fourgmon/gui/about_box.py" line="28"/>
        <source>About fourgmon</source>
        <translation>关于 fourgmon</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/about_box.py" line="31"/>
        <source>Monitor and built-in server for 4G pressure-monitoring modules.</source>
        <translation>4G 压力监测模块的监控程序，内置服务器。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/about_box.py" line="35"/>
        <source>Listening on {host}:{port}</source>
        <translation>正在监听 {host}:{port}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/about_box.py" line="37"/>
        <source>Not listening</source>
        <translation>未在监听</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/about_box.py" line="42"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
</context>
<context>
    <name>AlarmPanel</name>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="294"/>
        <source>Alarms: {n}</source>
        <translation>告警：{n}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="294"/>
        <source>No open alarm</source>
        <translation>无未处理告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="300"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="303"/>
        <source>Acknowledge the selected alarms ({key})</source>
        <translation>确认所选告警（{key}）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="305"/>
        <source>Filter alarms</source>
        <translation>筛选告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="306"/>
        <source>Filter alarms (module, kind, channel)</source>
        <translation>筛选告警（模块、类型、通道）</translation>
    </message>
</context>
<context>
    <name>AlarmTableModel</name>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="166"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="167"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="168"/>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="169"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="170"/>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="171"/>
        <source>Duration</source>
        <translation>持续</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="172"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="214"/>
        <source>Acknowledged by {user} at {time}</source>
        <translation>由 {user} 于 {time} 确认</translation>
    </message>
</context>
<context>
    <name>AlarmTray</name>
    <message>
        <location filename="../../fourgmon/gui/alarm_tray.py" line="72"/>
        <source>Show the window</source>
        <translation>显示窗口</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_tray.py" line="73"/>
        <source>Mute the alarm sound</source>
        <translation>告警静音</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_tray.py" line="78"/>
        <source>fourgmon: no open alarm</source>
        <translation>fourgmon：无未处理告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_tray.py" line="79"/>
        <source>fourgmon: critical alarm open</source>
        <translation>fourgmon：有严重告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_tray.py" line="80"/>
        <source>fourgmon: major alarm open</source>
        <translation>fourgmon：有重要告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_tray.py" line="81"/>
        <source>fourgmon: minor alarm open</source>
        <translation>fourgmon：有次要告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_tray.py" line="104"/>
        <source>Alarm: {kind}</source>
        <translation>告警：{kind}</translation>
    </message>
</context>
<context>
    <name>Alarms</name>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="51"/>
        <source>module offline</source>
        <translation>模块离线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="52"/>
        <source>sensor offline</source>
        <translation>传感器离线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="53"/>
        <source>interference</source>
        <translation>干扰</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="54"/>
        <source>stuck value</source>
        <translation>数值卡滞</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="55"/>
        <source>crystal fault</source>
        <translation>晶振故障</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="56"/>
        <source>unknown sensor status</source>
        <translation>未知传感器状态</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="57"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="58"/>
        <source>lost packets</source>
        <translation>丢包</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="59"/>
        <source>RS485 errors rising</source>
        <translation>RS485 错误增加</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="60"/>
        <source>clock off</source>
        <translation>时钟偏差</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="61"/>
        <source>above high threshold</source>
        <translation>高于上限</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="62"/>
        <source>below low threshold</source>
        <translation>低于下限</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="69"/>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="70"/>
        <source>major</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="71"/>
        <source>minor</source>
        <translation>次要</translation>
    </message>
</context>
<context>
    <name>BridgeSettingsPage</name>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="160"/>
        <source>Forward to an MQTT broker (ThingsBoard, Mosquitto…)</source>
        <translation>转发到 MQTT 服务器（ThingsBoard、Mosquitto…）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="162"/>
        <source>Broker URL:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="163"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="164"/>
        <source>Topic prefix:</source>
        <translation>主题前缀：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="165"/>
        <source>CA file (mqtts):</source>
        <translation>CA 证书文件（mqtts）：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="166"/>
        <source>Client id:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="172"/>
        <source>mqtt://[user[:password]@]host[:port], or mqtts:// for TLS. ThingsBoard: create a gateway device and put its access token as the user.</source>
        <translation>mqtt://[用户名[:密码]@]主机[:端口]，TLS 用 mqtts://。ThingsBoard：先创建一个网关设备，把它的访问令牌（access token）填作用户名。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="176"/>
        <source>ThingsBoard gateway API</source>
        <translation>ThingsBoard 网关 API</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="177"/>
        <source>Plain topics (prefix/IMEI/…)</source>
        <translation>普通主题（前缀/IMEI/…）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="178"/>
        <source>Only for plain topics.</source>
        <translation>仅用于普通主题格式。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="179"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="180"/>
        <source>the system&apos;s certificates</source>
        <translation>系统自带的证书</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_bridge.py" line="181"/>
        <source>Allow firmware updates from the broker (RPC)</source>
        <translation>允许通过服务器（RPC）触发固件升级</translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="248"/>
        <source>Current firmware: type {type}, version {version}.</source>
        <translation>当前固件：类型 {type}，版本 {version}。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="252"/>
        <source>Current firmware: unknown (use Version first to read it).</source>
        <translation>当前固件：未知（请先点击“查询版本”读取）。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="255"/>
        <location filename="../../fourgmon/gui/command_panel.py" line="314"/>
        <source>Firmware update</source>
        <translation>固件升级</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="256"/>
        <source>Start a firmware update of module {name}?</source>
        <translation>确定对模块 {name} 进行固件升级吗？</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="265"/>
        <source>The module enters upgrade mode, fetches the firmware by itself and is offline for a while. Its version is read back when it reconnects.</source>
        <translation>模块将进入升级模式，自行下载固件，期间会离线一段时间。模块重新上线后将自动回读版本。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="310"/>
        <source>Time sync</source>
        <translation>时间同步</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="311"/>
        <source>Query info</source>
        <translation>查询信息</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="312"/>
        <source>Query version</source>
        <translation>查询版本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="313"/>
        <source>Query data now</source>
        <translation>主动查询数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="334"/>
        <source>Version read back after update</source>
        <translation>升级后回读版本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="345"/>
        <source>waiting for the reply…</source>
        <translation>等待应答…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="347"/>
        <source>timeout: {detail}</source>
        <translation>超时：{detail}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="349"/>
        <source>refused by the module</source>
        <translation>模块拒绝</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="351"/>
        <source>error: {detail}</source>
        <translation>错误：{detail}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="356"/>
        <source>CCID {ccid}</source>
        <translation>CCID {ccid}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="357"/>
        <source>location {loc}</source>
        <translation>位置 {loc}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="372"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="379"/>
        <source>the module is offline</source>
        <translation>模块离线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="380"/>
        <source>the connection closed</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="381"/>
        <source>the server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="386"/>
        <source>no reply within {seconds} s</source>
        <translation>{seconds} 秒内无应答</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="388"/>
        <source>the same command is still waiting for its reply</source>
        <translation>同一命令仍在等待应答</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="466"/>
        <source>Command and result</source>
        <translation>命令与结果</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="365"/>
        <source>type {type} · version {version}</source>
        <translation>类型 {type} · 版本 {version}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="359"/>
        <source>RS485 errors bus 1/2/3: {counts}</source>
        <translation>RS485 故障次数 1路/2路/3路：{counts}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="367"/>
        <source>upgrade mode entered; version is read back on reconnect</source>
        <translation>已进入升级模式；重新上线后回读版本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="369"/>
        <source>accepted; fresh data follows</source>
        <translation>已接受；模块将上报最新数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="371"/>
        <source>time sent</source>
        <translation>已下发时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="395"/>
        <source>No module selected</source>
        <translation>未选择模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="399"/>
        <source>Module: {name}</source>
        <translation>模块：{name}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="412"/>
        <source>upgrade mode entered; after reconnecting: {result}</source>
        <translation>已进入升级模式；重新上线后：{result}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="443"/>
        <source>Select a module in the table first.</source>
        <translation>请先在表格中选择一个模块。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="446"/>
        <source>Module {imei} is offline: commands need a connection.</source>
        <translation>模块 {imei} 离线：下发命令需要模块在线。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="453"/>
        <source>Waiting for the reply.</source>
        <translation>正在等待应答。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="317"/>
        <source>Send this computer&apos;s time (UTC) to the module.</source>
        <translation>把本机时间（UTC）下发给模块。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="320"/>
        <source>Read CCID, location and the RS485 error counters.</source>
        <translation>读取 CCID、位置和 RS485 故障计数。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="323"/>
        <source>Read the hardware type and firmware version.</source>
        <translation>读取硬件类型和固件版本。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="325"/>
        <source>Ask the module to push its data now.</source>
        <translation>让模块立即上报数据。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="327"/>
        <source>Put the module into firmware upgrade mode (asks first).</source>
        <translation>让模块进入固件升级模式（会先确认）。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="315"/>
        <source>Firmware update…</source>
        <translation>固件升级…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="466"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="467"/>
        <source>Command history</source>
        <translation>命令记录</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="147"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="149"/>
        <source>{n} s ago</source>
        <translation>{n} 秒前</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="151"/>
        <source>{n} min ago</source>
        <translation>{n} 分钟前</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="153"/>
        <source>{n} h ago</source>
        <translation>{n} 小时前</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="154"/>
        <source>{n} d ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="371"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="372"/>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="373"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="374"/>
        <source>Peer</source>
        <translation>对端地址</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="375"/>
        <source>Connected since</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="376"/>
        <source>Temp. °C</source>
        <translation>温度 °C</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="377"/>
        <source>Hum. %RH</source>
        <translation>湿度 %RH</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="378"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="379"/>
        <source>CCID</source>
        <translation>CCID</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="380"/>
        <source>Last packet</source>
        <translation>最后数据包</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="381"/>
        <source>Packets</source>
        <translation>包数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="382"/>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="457"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="457"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="499"/>
        <source>Online since {t}</source>
        <translation>自 {t} 起在线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="502"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="503"/>
        <source>Offline: {cause}</source>
        <translation>离线：{cause}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="505"/>
        <source>Double-click to name this module</source>
        <translation>双击为此模块命名</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="507"/>
        <source>Location: {loc}</source>
        <translation>位置：{loc}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="542"/>
        <source>The server keeps listening on {host}:{port}.</source>
        <translation>服务器继续在 {host}:{port} 监听。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="546"/>
        <source>The server is not listening. Choose another port in Settings.</source>
        <translation>服务器未在监听。请在“设置”中选择其他端口。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="549"/>
        <source>Port not available</source>
        <translation>端口不可用</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="550"/>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation>无法在 {host}:{port} 监听：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="558"/>
        <source>Another program (or another fourgmon) may use this port.</source>
        <translation>可能有其他程序（或另一个 fourgmon）占用了此端口。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="641"/>
        <source>4G pressure module monitor</source>
        <translation>4G 压力监测模块监控</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="642"/>
        <source>Filter by IMEI or alias</source>
        <translation>按 IMEI 或别名筛选</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="643"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="644"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="645"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="646"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="647"/>
        <source>Traffic log: follow the selected module</source>
        <translation>通信日志：跟随所选模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="648"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="650"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="651"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="652"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="656"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="657"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="658"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="420"/>
        <source>IMEI:</source>
        <translation>IMEI：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="421"/>
        <source>IMEI or address</source>
        <translation>IMEI 或地址</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="422"/>
        <source>Follow selection</source>
        <translation>跟随所选</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="424"/>
        <source>Show the module selected in the table; the filter follows the selection</source>
        <translation>只显示表格中所选的模块；筛选随所选模块变化</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="426"/>
        <source>Cmd:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="429"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="430"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="431"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="432"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="433"/>
        <source>Save the shown rows as tab-separated text</source>
        <translation>将显示的行保存为制表符分隔的文本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="640"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="640"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/message_log.py" line="649"/>
        <source>%n message(s) held</source>
        <translation>
            <numerusform>已暂存 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/message_log.py" line="655"/>
        <source>%n message(s) not shown (flood)</source>
        <translation>
            <numerusform>%n 条消息未显示（流量过大）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/message_log.py" line="677"/>
        <source>Saved %n row(s) to {path}</source>
        <translation>
            <numerusform>已保存 %n 行到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="651"/>
        <source>{shown} of {total} shown</source>
        <translation>显示 {shown} / 共 {total} 条</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="661"/>
        <source>Save traffic log</source>
        <translation>保存通信日志</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="663"/>
        <source>Tab-separated text (*.tsv *.txt)</source>
        <translation>制表符分隔文本 (*.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="663"/>
        <source>All (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="675"/>
        <source>Could not save: {error}</source>
        <translation>保存失败：{error}</translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="227"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="227"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="227"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="227"/>
        <source>Cmd</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="227"/>
        <source>Raw</source>
        <translation>原始报文</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="251"/>
        <source>← in</source>
        <translation>← 收</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="251"/>
        <source>→ out</source>
        <translation>→ 发</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="265"/>
        <source>peer {peer}</source>
        <translation>对端 {peer}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="267"/>
        <source>IMEI named in the bad packet</source>
        <translation>IMEI 取自这条错误报文</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="272"/>
        <source>… ({n} bytes)</source>
        <translation>…（{n} 字节）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="274"/>
        <source>undecodable message</source>
        <translation>无法解析的报文</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="275"/>
        <source>Protocol error: {reason}</source>
        <translation>协议错误：{reason}</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="486"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="486"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="195"/>
        <source>Stop drawing; data keeps being collected</source>
        <translation>暂停绘图；数据仍在继续接收</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="196"/>
        <source>Y range:</source>
        <translation>Y 轴范围：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="198"/>
        <source>Fit once</source>
        <translation>单次缩放</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="199"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="200"/>
        <source>Fixed 0–65535</source>
        <translation>固定 0–65535</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="201"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="207"/>
        <source>Fit once: fit each channel to its first frame, then hold (cheapest).
Auto: follow every frame (costs CPU with many updates).</source>
        <translation>单次缩放：按每个通道的第一帧缩放 Y 轴，之后保持不变（开销最小）。
自动：每帧都重新缩放（更新频繁时占用较多 CPU）。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="211"/>
        <source>Lowest AD count shown (custom range)</source>
        <translation>显示的最小 AD 值（自定义范围）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="212"/>
        <source>Highest AD count shown (custom range)</source>
        <translation>显示的最大 AD 值（自定义范围）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="213"/>
        <source>Fit</source>
        <translation>自动缩放</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="214"/>
        <source>Fit every channel to its current frame</source>
        <translation>按当前帧自动缩放每个通道的 Y 轴</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="215"/>
        <source>Trend:</source>
        <translation>趋势：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="216"/>
        <source>10 min</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="217"/>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="218"/>
        <source>Crosshair</source>
        <translation>十字光标</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="219"/>
        <source>{mean} mean  {max} max</source>
        <translation>{mean} 均值  {max} 最大值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="221"/>
        <source>Last frame</source>
        <translation>最新一帧</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="222"/>
        <source>Trend (mean / max)</source>
        <translation>趋势（均值 / 最大值）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="224"/>
        <source>CH{n} · bus {bus} / pos {pos}</source>
        <translation>CH{n} · {bus}路 / {pos}号</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="235"/>
        <source>no data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="235"/>
        <source>no module selected</source>
        <translation>未选择模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="229"/>
        <location filename="../../fourgmon/gui/plot_panel.py" line="230"/>
        <source>raw AD counts</source>
        <translation>原始 AD 值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="229"/>
        <source>sample</source>
        <translation>采样点</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="230"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="561"/>
        <source>CH{n}: no data</source>
        <translation>CH{n}：无数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="565"/>
        <source>CH{n} · {time} · mean {mean:.1f} · max {max:.0f}</source>
        <translation>CH{n} · {time} · 均值 {mean:.1f} · 最大值 {max:.0f}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="570"/>
        <source>CH{n} · sample {i} · {value} counts</source>
        <translation>CH{n} · 第 {i} 点 · AD 值 {value}</translation>
    </message>
</context>
<context>
    <name>QuitBox</name>
    <message>
        <location filename="../../fourgmon/gui/quit_box.py" line="21"/>
        <source>Quit fourgmon?</source>
        <translation>退出 fourgmon？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/quit_box.py" line="22"/>
        <source>%n module(s) connected.</source>
        <translation>
            <numerusform>有 %n 个模块已连接。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/quit_box.py" line="25"/>
        <source>Quitting stops the server on port {port}: the modules go offline, and nothing they send is received until fourgmon runs again.</source>
        <translation>退出将停止端口 {port} 上的服务器：模块将离线，在 fourgmon 再次运行之前，它们发送的数据都不会被接收。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/quit_box.py" line="30"/>
        <source>Quitting stops the server: the modules go offline, and nothing they send is received until fourgmon runs again.</source>
        <translation>退出将停止服务器：模块将离线，在 fourgmon 再次运行之前，它们发送的数据都不会被接收。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/quit_box.py" line="35"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/quit_box.py" line="41"/>
        <source>Don&apos;t ask again</source>
        <translation>不再询问</translation>
    </message>
</context>
<context>
    <name>SensorCells</name>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="57"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="59"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="61"/>
        <source>high-frequency interference</source>
        <translation>高频干扰</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="63"/>
        <source>stuck value (fixed-value anomaly)</source>
        <translation>固定值异常</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="65"/>
        <source>crystal oscillator fault</source>
        <translation>晶振故障</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="67"/>
        <source>reserved code {raw}</source>
        <translation>保留状态码 {raw}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="69"/>
        <source>unknown code {raw}</source>
        <translation>未知状态码 {raw}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="70"/>
        <source>no status reported yet</source>
        <translation>尚未上报状态</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="75"/>
        <source>CH{ch} · bus {bus} / pos {pos}</source>
        <translation>CH{ch} · {bus}路 / {pos}号</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/sensor_cells.py" line="114"/>
        <source>crystal: unknown code {raw}</source>
        <translation>晶振：未知状态码 {raw}</translation>
    </message>
</context>
<context>
    <name>ServerStatusBar</name>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="49"/>
        <source>MQTT: not started</source>
        <translation>MQTT：未启动</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="56"/>
        <source>MQTT: connected</source>
        <translation>MQTT：已连接</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="59"/>
        <source>MQTT: disconnected</source>
        <translation>MQTT：未连接</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="62"/>
        <source>, {n} waiting</source>
        <translation>，{n} 条待发送</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="65"/>
        <source>Last error: {error}</source>
        <translation>最近错误：{error}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="106"/>
        <source>Listening on {host}:{port}</source>
        <translation>正在监听 {host}:{port}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="109"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="110"/>
        <source>Not listening: {reason}</source>
        <translation>未监听：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="113"/>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="114"/>
        <source>This PC: {addresses}</source>
        <translation>本机地址：{addresses}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="121"/>
        <source>{connected} connected · {online} online · {faults} with faults</source>
        <translation>{connected} 个连接 · {online} 个在线 · {faults} 个有故障</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="125"/>
        <source>{rate:.0f} msg/s</source>
        <translation>{rate:.0f} 条/秒</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="130"/>
        <source>Storage error: {reason}</source>
        <translation>存储错误：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="140"/>
        <source>Disk full: {free} free, packets not stored</source>
        <translation>磁盘已满：剩余 {free}，数据包未保存</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="143"/>
        <source>Disk space low: {free} free</source>
        <translation>磁盘空间不足：剩余 {free}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="146"/>
        <source>{free} free on {path}. A warning below {warn}; below {reserve} packets are not stored (nor acknowledged: the modules keep them and send them again) until space is freed.</source>
        <translation>{path} 剩余 {free}。低于 {warn} 时提醒；低于 {reserve} 时不再保存数据包（也不确认，模块会保留并重发），直到腾出空间。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="158"/>
        <source>Database damaged: storing into {active}</source>
        <translation>数据库已损坏：正在存入 {active}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="162"/>
        <source>set aside by an earlier run</source>
        <translation>已在之前的运行中搁置</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="166"/>
        <source>A damaged file is kept untouched for recovery, and what is still readable in it is shown and exported. New data goes to {active}.</source>
        <translation>损坏的文件原样保留以便恢复，其中仍可读取的数据照常显示和导出。新数据存入 {active}。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="179"/>
        <source>Upgrading database: {percent} %</source>
        <translation>正在升级数据库：{percent} %</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="181"/>
        <source>Copying {copied} of {total} stored packets to the new, smaller format. Receiving goes on meanwhile; older history appears as it is copied.</source>
        <translation>正在把已存储的 {total} 个数据包转换为更小的新格式（已完成 {copied} 个）。期间照常接收数据；较早的历史记录会在转换后逐步显示。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="190"/>
        <source>History kept since {since}</source>
        <translation>历史数据保留自 {since}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="192"/>
        <source>the disk reached its storage budget</source>
        <translation>磁盘已达到存储上限</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="194"/>
        <source>packets reached the maximum age</source>
        <translation>数据包超过了最长保留时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="197"/>
        <source>Retention removed the {removed} oldest packets because {why}. Per-minute trends are kept.</source>
        <translation>由于{why}，已删除最早的 {removed} 个数据包。每分钟趋势数据仍然保留。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="306"/>
        <source>Modules are set to send to port {old}. They will not find fourgmon on port {new} until each one (or the router&apos;s port forwarding) is changed too.</source>
        <translation>模块设置的是发往端口 {old}。改为端口 {new} 后，除非每个模块（或路由器的端口转发）也一并修改，否则它们将找不到 fourgmon。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="325"/>
        <source>Not a 15-digit IMEI: {items}</source>
        <translation>不是 15 位 IMEI：{items}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="335"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="342"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="346"/>
        <source>Listen on address:</source>
        <translation>监听地址：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="347"/>
        <source>TCP port:</source>
        <translation>TCP 端口：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="348"/>
        <source>Offline after silence of:</source>
        <translation>无数据多久判为离线：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="349"/>
        <source>Reply terminator:</source>
        <translation>应答结束符：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="350"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="351"/>
        <source>Allowed IMEIs:</source>
        <translation>允许的 IMEI：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="352"/>
        <source>Max. connections:</source>
        <translation>最大连接数：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="353"/>
        <source>Alarm when no data for:</source>
        <translation>无数据告警时长：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="354"/>
        <source>Alarm when a clock is off by:</source>
        <translation>时钟偏差告警阈值：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="355"/>
        <source>Modules&apos; time zone:</source>
        <translation>模块时区：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="360"/>
        <source>0.0.0.0 listens on every network interface.</source>
        <translation>0.0.0.0 表示在所有网卡上监听。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="361"/>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="379"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="362"/>
        <source>Modules ping every 60 s; 180 s = 3 missed pings.</source>
        <translation>模块每 60 秒发送一次心跳；180 秒 = 连续 3 次未收到心跳。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="363"/>
        <source>None (as documented)</source>
        <translation>无（按协议文档）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="364"/>
        <source>CR LF (for firmware that wants it)</source>
        <translation>CR LF（部分固件需要）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="365"/>
        <source>Default folder of this user</source>
        <translation>当前用户的默认文件夹</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="366"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="367"/>
        <source>Empty: any module may connect</source>
        <translation>留空：允许任何模块连接</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="370"/>
        <source>15-digit IMEIs separated by spaces, commas or new lines. Other modules are logged and disconnected.</source>
        <translation>15 位 IMEI，用空格、逗号或换行分隔。其他模块将被记录并断开连接。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="374"/>
        <source>Connections beyond this many are refused.</source>
        <translation>超过此数量的连接将被拒绝。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="375"/>
        <source>Ask before quitting while modules are connected</source>
        <translation>有模块连接时，退出前先询问</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="376"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="377"/>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="380"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="378"/>
        <source>An online module that sends no data this long.</source>
        <translation>在线模块在此时长内未发送数据即告警。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="381"/>
        <source>This computer&apos;s time zone</source>
        <translation>本机时区</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="382"/>
        <source>Mute the alarm sound</source>
        <translation>告警静音</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="386"/>
        <source>Everything but the data folder applies at once (the listener restarts). A new data folder takes effect after restarting fourgmon.</source>
        <translation>除数据文件夹外，所有设置立即生效（监听会重启）。新的数据文件夹在重启 fourgmon 后生效。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../fourgmon/gui/app.py" line="241"/>
        <source>Only one fourgmon may use a data folder. Stop the other one first, or start this one with another data folder (--data-dir).</source>
        <translation>一个数据文件夹只能由一个 fourgmon 使用。请先停止另一个，或用另一个数据文件夹启动本程序（--data-dir）。</translation>
    </message>
</context>
</TS>

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
    <name>FrameBrowser</name>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="200"/>
        <location filename="../../fourgmon/gui/history_frames.py" line="278"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="200"/>
        <location filename="../../fourgmon/gui/history_frames.py" line="278"/>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="249"/>
        <source>No stored frames in this range.</source>
        <translation>此时间范围内没有存储的数据帧。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="253"/>
        <source>Frame {i} of {n} · received {when}</source>
        <translation>第 {i} / {n} 帧 · 接收于 {when}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="258"/>
        <source>packnum {p} · device time {t} · {channels}</source>
        <translation>包号 {p} · 设备时间 {t} · {channels}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="279"/>
        <source>First frame</source>
        <translation>第一帧</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="280"/>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="281"/>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="282"/>
        <source>Last frame</source>
        <translation>最后一帧</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="283"/>
        <source>Replay speed (times real time)</source>
        <translation>回放速度（实际时间的倍数）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_frames.py" line="284"/>
        <source>sample</source>
        <translation>采样点</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="272"/>
        <source>The end of the range must be after its start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="430"/>
        <source>Could not read the history: {error}</source>
        <translation>无法读取历史数据：{error}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="435"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="438"/>
        <source>Every stored frame (min / max / mean)</source>
        <translation>每个存储帧（最小 / 最大 / 平均）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="440"/>
        <source>Per-minute rollups (min / max / mean)</source>
        <translation>每分钟汇总（最小 / 最大 / 平均）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="482"/>
        <source>Save the site report</source>
        <translation>保存现场报告</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="484"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="500"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="516"/>
        <source>Could not write the report: {error}</source>
        <translation>无法写入报告：{error}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="521"/>
        <source>Report saved: &lt;a href=&quot;{path}&quot;&gt;{name}&lt;/a&gt;</source>
        <translation>报告已保存：&lt;a href=&quot;{path}&quot;&gt;{name}&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="528"/>
        <location filename="../../fourgmon/gui/history_panel.py" line="546"/>
        <source>No module selected</source>
        <translation>未选择模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="535"/>
        <source>AD counts</source>
        <translation>AD 值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="535"/>
        <location filename="../../fourgmon/gui/history_panel.py" line="545"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="539"/>
        <source>CH{n} · bus {bus} / pos {pos} · {unit}</source>
        <translation>CH{n} · {bus}路 / {pos}号 · {unit}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="546"/>
        <source>No data in this range</source>
        <translation>此范围内无数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="547"/>
        <source>local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="558"/>
        <source>Packets received {received} of {expected} expected ({pct}) · {lost} lost · online {online:.1f} % of the range</source>
        <translation>已收数据包 {received} / 应收 {expected}（{pct}）· 丢失 {lost} · 在线时间占 {online:.1f} %</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="571"/>
        <source>Events ({n})</source>
        <translation>事件（{n}）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="573"/>
        <source>Events (newest {n} of {total})</source>
        <translation>事件（最新 {n} / 共 {total}）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="577"/>
        <source>Frame browser</source>
        <translation>帧浏览</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="592"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="593"/>
        <source>Last day</source>
        <translation>最近 1 天</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="594"/>
        <source>Last week</source>
        <translation>最近 1 周</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="595"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="599"/>
        <source>Range:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="600"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="601"/>
        <source>Raw counts</source>
        <translation>原始值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="602"/>
        <source>Show the modules&apos; AD counts instead of engineering units</source>
        <translation>显示模块的原始 AD 值，而不是工程单位</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="605"/>
        <source>Language of the site report</source>
        <translation>现场报告的语言</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="606"/>
        <source>Site report…</source>
        <translation>现场报告…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_panel.py" line="608"/>
        <source>A PDF of every module for this range, to hand to the client</source>
        <translation>生成此时间范围内所有模块的 PDF 报告，可交给客户</translation>
    </message>
</context>
<context>
    <name>HistoryTimeline</name>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="43"/>
        <source>not reported</source>
        <translation>未上报</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="46"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="47"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="48"/>
        <source>interference</source>
        <translation>干扰</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="49"/>
        <source>stuck value</source>
        <translation>数值卡滞</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="60"/>
        <source>CH{a}–CH{b}: {new} (first report)</source>
        <translation>CH{a}–CH{b}：{new}（首次上报）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="67"/>
        <source>CH{n} (bus {bus} / pos {pos}): {old} → {new}</source>
        <translation>CH{n}（{bus}路 / {pos}号）：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="80"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="81"/>
        <source>heartbeat timeout</source>
        <translation>心跳超时</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="82"/>
        <source>replaced by a new connection</source>
        <translation>被新连接取代</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="83"/>
        <source>closed by the module</source>
        <translation>模块关闭了连接</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="84"/>
        <source>connection lost</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="85"/>
        <source>server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="86"/>
        <source>module too slow to read</source>
        <translation>模块读取过慢</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="97"/>
        <source>Online</source>
        <translation>上线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="99"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="106"/>
        <source>Sensor status</source>
        <translation>传感器状态</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="109"/>
        <source>Alarm raised</source>
        <translation>告警产生</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="111"/>
        <source>Alarm cleared</source>
        <translation>告警清除</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="123"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="124"/>
        <source>no reply (timeout)</source>
        <translation>无应答（超时）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="125"/>
        <source>refused by the module</source>
        <translation>模块拒绝</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="126"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="131"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="133"/>
        <source>CCID {ccid} · location {loc}</source>
        <translation>CCID {ccid} · 位置 {loc}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="137"/>
        <source>RS485 errors bus 1/2/3: {counts}</source>
        <translation>RS485 故障次数 1路/2路/3路：{counts}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="140"/>
        <source>Module info</source>
        <translation>模块信息</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="142"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="142"/>
        <source>type {type} · version {version}</source>
        <translation>类型 {type} · 版本 {version}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="146"/>
        <source>Data gap</source>
        <translation>数据缺失</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="146"/>
        <source>{lost} packet(s) lost (packnum {a} → {b})</source>
        <translation>丢失 {lost} 个数据包（包号 {a} → {b}）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="211"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="212"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/history_timeline.py" line="213"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="543"/>
        <source>The server keeps listening on {host}:{port}.</source>
        <translation>服务器继续在 {host}:{port} 监听。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="547"/>
        <source>The server is not listening. Choose another port in Settings.</source>
        <translation>服务器未在监听。请在“设置”中选择其他端口。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="550"/>
        <source>Port not available</source>
        <translation>端口不可用</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="551"/>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation>无法在 {host}:{port} 监听：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="559"/>
        <source>Another program (or another fourgmon) may use this port.</source>
        <translation>可能有其他程序（或另一个 fourgmon）占用了此端口。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="642"/>
        <source>4G pressure module monitor</source>
        <translation>4G 压力监测模块监控</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="643"/>
        <source>Filter by IMEI or alias</source>
        <translation>按 IMEI 或别名筛选</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="644"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="645"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="646"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="647"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="648"/>
        <source>Traffic log: follow the selected module</source>
        <translation>通信日志：跟随所选模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="649"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="651"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="652"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="653"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="657"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="658"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="659"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="660"/>
        <source>&amp;History and site report…</source>
        <translation>历史数据与现场报告(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="661"/>
        <source>History</source>
        <translation>历史数据</translation>
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
        <location filename="../../fourgmon/gui/status_bar.py" line="82"/>
        <source>Listening on {host}:{port}</source>
        <translation>正在监听 {host}:{port}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="85"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="86"/>
        <source>Not listening: {reason}</source>
        <translation>未监听：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="89"/>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="90"/>
        <source>This PC: {addresses}</source>
        <translation>本机地址：{addresses}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="97"/>
        <source>{connected} connected · {online} online · {faults} with faults</source>
        <translation>{connected} 个连接 · {online} 个在线 · {faults} 个有故障</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="101"/>
        <source>{rate:.0f} msg/s</source>
        <translation>{rate:.0f} 条/秒</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="106"/>
        <source>Storage error: {reason}</source>
        <translation>存储错误：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="116"/>
        <source>Disk full: {free} free, packets not stored</source>
        <translation>磁盘已满：剩余 {free}，数据包未保存</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="119"/>
        <source>Disk space low: {free} free</source>
        <translation>磁盘空间不足：剩余 {free}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="122"/>
        <source>{free} free on {path}. A warning below {warn}; below {reserve} packets are not stored (nor acknowledged: the modules keep them and send them again) until space is freed.</source>
        <translation>{path} 剩余 {free}。低于 {warn} 时提醒；低于 {reserve} 时不再保存数据包（也不确认，模块会保留并重发），直到腾出空间。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="134"/>
        <source>Database damaged: storing into {active}</source>
        <translation>数据库已损坏：正在存入 {active}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="138"/>
        <source>set aside by an earlier run</source>
        <translation>已在之前的运行中搁置</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="142"/>
        <source>A damaged file is kept untouched for recovery, and what is still readable in it is shown and exported. New data goes to {active}.</source>
        <translation>损坏的文件原样保留以便恢复，其中仍可读取的数据照常显示和导出。新数据存入 {active}。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="155"/>
        <source>Upgrading database: {percent} %</source>
        <translation>正在升级数据库：{percent} %</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="157"/>
        <source>Copying {copied} of {total} stored packets to the new, smaller format. Receiving goes on meanwhile; older history appears as it is copied.</source>
        <translation>正在把已存储的 {total} 个数据包转换为更小的新格式（已完成 {copied} 个）。期间照常接收数据；较早的历史记录会在转换后逐步显示。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="166"/>
        <source>History kept since {since}</source>
        <translation>历史数据保留自 {since}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="168"/>
        <source>the disk reached its storage budget</source>
        <translation>磁盘已达到存储上限</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="170"/>
        <source>packets reached the maximum age</source>
        <translation>数据包超过了最长保留时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/status_bar.py" line="173"/>
        <source>Retention removed the {removed} oldest packets because {why}. Per-minute trends are kept.</source>
        <translation>由于{why}，已删除最早的 {removed} 个数据包。每分钟趋势数据仍然保留。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="293"/>
        <source>Modules are set to send to port {old}. They will not find fourgmon on port {new} until each one (or the router&apos;s port forwarding) is changed too.</source>
        <translation>模块设置的是发往端口 {old}。改为端口 {new} 后，除非每个模块（或路由器的端口转发）也一并修改，否则它们将找不到 fourgmon。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="312"/>
        <source>Not a 15-digit IMEI: {items}</source>
        <translation>不是 15 位 IMEI：{items}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="320"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="327"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="331"/>
        <source>Listen on address:</source>
        <translation>监听地址：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="332"/>
        <source>TCP port:</source>
        <translation>TCP 端口：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="333"/>
        <source>Offline after silence of:</source>
        <translation>无数据多久判为离线：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="334"/>
        <source>Reply terminator:</source>
        <translation>应答结束符：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="335"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="336"/>
        <source>Allowed IMEIs:</source>
        <translation>允许的 IMEI：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="337"/>
        <source>Max. connections:</source>
        <translation>最大连接数：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="338"/>
        <source>Alarm when no data for:</source>
        <translation>无数据告警时长：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="339"/>
        <source>Alarm when a clock is off by:</source>
        <translation>时钟偏差告警阈值：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="340"/>
        <source>Modules&apos; time zone:</source>
        <translation>模块时区：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="345"/>
        <source>0.0.0.0 listens on every network interface.</source>
        <translation>0.0.0.0 表示在所有网卡上监听。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="346"/>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="364"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="347"/>
        <source>Modules ping every 60 s; 180 s = 3 missed pings.</source>
        <translation>模块每 60 秒发送一次心跳；180 秒 = 连续 3 次未收到心跳。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="348"/>
        <source>None (as documented)</source>
        <translation>无（按协议文档）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="349"/>
        <source>CR LF (for firmware that wants it)</source>
        <translation>CR LF（部分固件需要）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="350"/>
        <source>Default folder of this user</source>
        <translation>当前用户的默认文件夹</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="351"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="352"/>
        <source>Empty: any module may connect</source>
        <translation>留空：允许任何模块连接</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="355"/>
        <source>15-digit IMEIs separated by spaces, commas or new lines. Other modules are logged and disconnected.</source>
        <translation>15 位 IMEI，用空格、逗号或换行分隔。其他模块将被记录并断开连接。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="359"/>
        <source>Connections beyond this many are refused.</source>
        <translation>超过此数量的连接将被拒绝。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="360"/>
        <source>Ask before quitting while modules are connected</source>
        <translation>有模块连接时，退出前先询问</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="361"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="362"/>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="365"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="363"/>
        <source>An online module that sends no data this long.</source>
        <translation>在线模块在此时长内未发送数据即告警。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="366"/>
        <source>This computer&apos;s time zone</source>
        <translation>本机时区</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="367"/>
        <source>Mute the alarm sound</source>
        <translation>告警静音</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="371"/>
        <source>Everything but the data folder applies at once (the listener restarts). A new data folder takes effect after restarting fourgmon.</source>
        <translation>除数据文件夹外，所有设置立即生效（监听会重启）。新的数据文件夹在重启 fourgmon 后生效。</translation>
    </message>
</context>
<context>
    <name>SiteReport</name>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="164"/>
        <source>Range: {since} to {until} (local time)</source>
        <translation>时间范围：{since} 至 {until}（本地时间）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="168"/>
        <source>Generated {at} by fourgmon {version}</source>
        <translation>由 fourgmon {version} 生成于 {at}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="174"/>
        <source>Site summary</source>
        <translation>现场概况</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="179"/>
        <source>{modules} module(s); {open} open alarm(s); {past} in the range.</source>
        <translation>共 {modules} 个模块；{open} 个未清除告警；此范围内共 {past} 个告警。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="186"/>
        <location filename="../../fourgmon/gui/report.py" line="213"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="188"/>
        <location filename="../../fourgmon/gui/report.py" line="268"/>
        <source>Online</source>
        <translation>在线率</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="189"/>
        <source>Packets received / expected</source>
        <translation>已收 / 应收数据包</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="190"/>
        <location filename="../../fourgmon/gui/report.py" line="245"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="191"/>
        <source>Open alarms</source>
        <translation>未清除告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="210"/>
        <source>Alarms</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="214"/>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="215"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="216"/>
        <source>Raised</source>
        <translation>产生时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="217"/>
        <source>Cleared</source>
        <translation>清除时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="218"/>
        <location filename="../../fourgmon/gui/report.py" line="317"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="227"/>
        <source>open</source>
        <translation>未清除</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="237"/>
        <source>No alarms.</source>
        <translation>无告警。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="239"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="246"/>
        <source>SIM (CCID)</source>
        <translation>SIM 卡（CCID）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="247"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="248"/>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="249"/>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="255"/>
        <source>Data completeness</source>
        <translation>数据完整性</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="256"/>
        <source>{received} of {expected} packets received ({pct}), {lost} lost</source>
        <translation>应收 {expected} 个数据包，已收 {received} 个（{pct}），丢失 {lost} 个</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="269"/>
        <source>{pct:.1f} % of the range</source>
        <translation>占时间范围的 {pct:.1f} %</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="276"/>
        <source>AD counts</source>
        <translation>AD 值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="283"/>
        <source>Trends (min / max band and mean)</source>
        <translation>趋势（最小/最大值带与平均值）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="286"/>
        <source>CHn · bus/position · unit; times in local time.</source>
        <translation>CHn · 路/号 · 单位；时间为本地时间。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="290"/>
        <source>Firmware and SIM changes</source>
        <translation>固件与 SIM 卡变更</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="298"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="298"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="300"/>
        <source>Command history</source>
        <translation>命令记录</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="307"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="308"/>
        <source>no reply (timeout)</source>
        <translation>无应答（超时）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="309"/>
        <source>refused by the module</source>
        <translation>模块拒绝</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="310"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="314"/>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="315"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="316"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="323"/>
        <source>No commands in the range.</source>
        <translation>此范围内无命令。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="161"/>
        <location filename="../../fourgmon/gui/report.py" line="347"/>
        <source>Site report</source>
        <translation>现场报告</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../fourgmon/gui/app.py" line="240"/>
        <source>Only one fourgmon may use a data folder. Stop the other one first, or start this one with another data folder (--data-dir).</source>
        <translation>一个数据文件夹只能由一个 fourgmon 使用。请先停止另一个，或用另一个数据文件夹启动本程序（--data-dir）。</translation>
    </message>
</context>
</TS>

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
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="235"/>
        <source>Calibration and thresholds</source>
        <translation>标定与阈值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="238"/>
        <source>value = gain × raw + offset. A &apos;*&apos; row applies to every module without its own row; channels without any row stay in raw counts. Thresholds are in the row&apos;s unit; every change is kept with its time and user.</source>
        <translation>数值 = 增益 × 原始值 + 偏移。“*”行适用于所有没有自己标定行的模块；没有任何标定行的通道保持原始计数。阈值使用该行的单位；每次修改都会记录时间和用户。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="243"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="244"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="245"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="246"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="247"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="249"/>
        <source>Set the rows of a CSV file (imei,channel,gain,offset,unit)</source>
        <translation>设置 CSV 文件中的各行（imei,channel,gain,offset,unit）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="251"/>
        <source>Rows in force</source>
        <translation>当前生效</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="252"/>
        <source>History of changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="255"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="256"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="257"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="258"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="259"/>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="260"/>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="285"/>
        <source>* (every module)</source>
        <translation>*（所有模块）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="369"/>
        <source>Cannot store the change: {reason}</source>
        <translation>无法保存修改：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="376"/>
        <source>Import calibration CSV</source>
        <translation>导入标定 CSV</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="378"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="386"/>
        <source>Export calibration CSV</source>
        <translation>导出标定 CSV</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="388"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="407"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="414"/>
        <source>Nothing imported: {file}, {reason}</source>
        <translation>未导入任何内容：{file}，{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="422"/>
        <source>{changed} rows changed ({total} in {file})</source>
        <translation>已修改 {changed} 行（{file} 中共 {total} 行）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="440"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="443"/>
        <source>{n} rows exported to {file}</source>
        <translation>已导出 {n} 行到 {file}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="453"/>
        <source>Calibration</source>
        <translation>标定</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="492"/>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="493"/>
        <source>raw counts</source>
        <translation>原始计数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="494"/>
        <source>gain {gain}, offset {offset}, {unit}</source>
        <translation>增益 {gain}，偏移 {offset}，{unit}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="500"/>
        <source>no thresholds</source>
        <translation>无阈值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="503"/>
        <source>high {value}</source>
        <translation>上限 {value}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="505"/>
        <source>low {value}</source>
        <translation>下限 {value}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="507"/>
        <source>hysteresis {value}</source>
        <translation>回差 {value}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="508"/>
        <source>counts</source>
        <translation>计数</translation>
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
        <location filename="../../fourgmon/gui/main_window.py" line="575"/>
        <source>The server keeps listening on {host}:{port}.</source>
        <translation>服务器继续在 {host}:{port} 监听。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="579"/>
        <source>The server is not listening. Choose another port in Settings.</source>
        <translation>服务器未在监听。请在“设置”中选择其他端口。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="582"/>
        <source>Port not available</source>
        <translation>端口不可用</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="583"/>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation>无法在 {host}:{port} 监听：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="591"/>
        <source>Another program (or another fourgmon) may use this port.</source>
        <translation>可能有其他程序（或另一个 fourgmon）占用了此端口。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="674"/>
        <source>4G pressure module monitor</source>
        <translation>4G 压力监测模块监控</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="675"/>
        <source>Filter by IMEI or alias</source>
        <translation>按 IMEI 或别名筛选</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="676"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="677"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="678"/>
        <source>&amp;Calibration and thresholds…</source>
        <translation>标定与阈值(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="679"/>
        <source>Show raw AD counts</source>
        <translation>显示原始 AD 值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="680"/>
        <source>Plots in raw AD counts instead of engineering units</source>
        <translation>曲线显示原始 AD 值，而不是工程单位</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="681"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="682"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="683"/>
        <source>Traffic log: follow the selected module</source>
        <translation>通信日志：跟随所选模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="684"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="686"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="687"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="688"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="692"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="693"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="694"/>
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
        <location filename="../../fourgmon/gui/plot_panel.py" line="633"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="633"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="215"/>
        <source>Stop drawing; data keeps being collected</source>
        <translation>暂停绘图；数据仍在继续接收</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="216"/>
        <source>Y range:</source>
        <translation>Y 轴范围：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="218"/>
        <source>Fit once</source>
        <translation>单次缩放</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="219"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="220"/>
        <source>Fixed 0–65535</source>
        <translation>固定 0–65535</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="221"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="227"/>
        <source>Fit once: fit each channel to its first frame, then hold (cheapest).
Auto: follow every frame (costs CPU with many updates).</source>
        <translation>单次缩放：按每个通道的第一帧缩放 Y 轴，之后保持不变（开销最小）。
自动：每帧都重新缩放（更新频繁时占用较多 CPU）。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="231"/>
        <source>Lowest AD count shown (custom range)</source>
        <translation>显示的最小 AD 值（自定义范围）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="232"/>
        <source>Highest AD count shown (custom range)</source>
        <translation>显示的最大 AD 值（自定义范围）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="233"/>
        <source>Fit</source>
        <translation>自动缩放</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="234"/>
        <source>Fit every channel to its current frame</source>
        <translation>按当前帧自动缩放每个通道的 Y 轴</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="235"/>
        <source>Trend:</source>
        <translation>趋势：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="236"/>
        <source>10 min</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="237"/>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="238"/>
        <source>Crosshair</source>
        <translation>十字光标</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="239"/>
        <source>{mean} mean  {max} max</source>
        <translation>{mean} 均值  {max} 最大值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="241"/>
        <source>Last frame</source>
        <translation>最新一帧</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="242"/>
        <source>Trend (mean / max)</source>
        <translation>趋势（均值 / 最大值）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="244"/>
        <source>CH{n} · bus {bus} / pos {pos}</source>
        <translation>CH{n} · {bus}路 / {pos}号</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="252"/>
        <source>CH{n} · {bus}/{pos}</source>
        <translation>CH{n} · {bus}路/{pos}号</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="265"/>
        <source>value ({unit})</source>
        <translation>数值（{unit}）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="266"/>
        <source>units: see the titles</source>
        <translation>单位：见各图标题</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="280"/>
        <source>no data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="280"/>
        <source>no module selected</source>
        <translation>未选择模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="713"/>
        <source>CH{n} · {time} · mean {mean} · max {max}</source>
        <translation>CH{n} · {time} · 均值 {mean} · 最大值 {max}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="721"/>
        <source>CH{n} · sample {i} · {value}</source>
        <translation>CH{n} · 采样点 {i} · {value}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="263"/>
        <source>raw AD counts</source>
        <translation>原始 AD 值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="271"/>
        <source>sample</source>
        <translation>采样点</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="272"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="492"/>
        <source>{value} counts</source>
        <translation>{value} 计数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="708"/>
        <source>CH{n}: no data</source>
        <translation>CH{n}：无数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="718"/>
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
    <name>RowEditor</name>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="243"/>
        <source>Calibration row</source>
        <translation>标定行</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="244"/>
        <source>* (every module without its own row)</source>
        <translation>*（所有没有自己标定行的模块）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="246"/>
        <source>CH{n} · bus {bus} / pos {pos}</source>
        <translation>CH{n} · {bus}路 / {pos}号</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="250"/>
        <source>Module:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="251"/>
        <source>Channel:</source>
        <translation>通道：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="252"/>
        <source>Own calibration (value = gain × raw + offset)</source>
        <translation>本行标定（数值 = 增益 × 原始值 + 偏移）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="253"/>
        <source>Gain:</source>
        <translation>增益：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="254"/>
        <source>Offset:</source>
        <translation>偏移：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="255"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="256"/>
        <source>Two-point helper</source>
        <translation>两点标定</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="257"/>
        <source>Raw counts read</source>
        <translation>读到的原始计数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="259"/>
        <source>Point {n}</source>
        <translation>第 {n} 点</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="260"/>
        <source>Read live</source>
        <translation>读取实时值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="261"/>
        <source>Compute gain and offset</source>
        <translation>计算增益和偏移</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="262"/>
        <source>Alarm thresholds</source>
        <translation>报警阈值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="263"/>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="264"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="266"/>
        <source>default: {n} raw counts</source>
        <translation>默认：{n} 原始计数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="320"/>
        <source>gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="321"/>
        <source>offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="335"/>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="345"/>
        <source>raw counts</source>
        <translation>原始计数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="341"/>
        <source>In {unit}</source>
        <translation>单位：{unit}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="342"/>
        <source>High ({unit}):</source>
        <translation>上限（{unit}）：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="343"/>
        <source>Low ({unit}):</source>
        <translation>下限（{unit}）：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="344"/>
        <source>Hysteresis ({unit}):</source>
        <translation>回差（{unit}）：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="346"/>
        <source>Known pressure ({unit})</source>
        <translation>已知压力（{unit}）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="354"/>
        <source>Values of this row are shown as the &apos;*&apos; row says: {unit}.</source>
        <translation>本行数值按“*”行显示：{unit}。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="366"/>
        <source>The mean of this channel&apos;s last frame: {value} counts</source>
        <translation>该通道最新一帧的均值：{value} 计数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="370"/>
        <source>Select this module in the device table to read its live value</source>
        <translation>在设备列表中选中此模块才能读取其实时值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="391"/>
        <source>point {n}</source>
        <translation>第 {n} 点</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="419"/>
        <source>{module} CH{n} already has a row: edit that one</source>
        <translation>{module} CH{n} 已有一行：请编辑该行</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="424"/>
        <source>high</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="425"/>
        <source>low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="426"/>
        <source>hysteresis</source>
        <translation>回差</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_editor.py" line="431"/>
        <source>a hysteresis needs a high or a low threshold</source>
        <translation>设置回差需要先设置上限或下限</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="92"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="93"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="94"/>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="95"/>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="96"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="97"/>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="98"/>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="99"/>
        <source>Hysteresis</source>
        <translation>回差</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="116"/>
        <source>Not applied: {unit} does not convert to this channel&apos;s unit ({shown})</source>
        <translation>未生效：{unit} 无法换算为该通道的单位（{shown}）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="118"/>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="119"/>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="142"/>
        <source>raw counts</source>
        <translation>原始计数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="122"/>
        <source>No own calibration: the &apos;*&apos; row (or raw counts) applies</source>
        <translation>无本行标定：使用“*”行（或原始计数）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="145"/>
        <source>counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="148"/>
        <source>default</source>
        <translation>默认</translation>
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
    <name>app</name>
    <message>
        <location filename="../../fourgmon/gui/app.py" line="240"/>
        <source>Only one fourgmon may use a data folder. Stop the other one first, or start this one with another data folder (--data-dir).</source>
        <translation>一个数据文件夹只能由一个 fourgmon 使用。请先停止另一个，或用另一个数据文件夹启动本程序（--data-dir）。</translation>
    </message>
</context>
</TS>

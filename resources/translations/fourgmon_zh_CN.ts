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
        <location filename="../../fourgmon/gui/alarm_panel.py" line="442"/>
        <source>Alarms: {n}</source>
        <translation>告警：{n}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="442"/>
        <source>No open alarm</source>
        <translation>无未处理告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="448"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="451"/>
        <source>Acknowledge the selected alarms ({key})</source>
        <translation>确认所选告警（{key}）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="453"/>
        <source>Filter alarms</source>
        <translation>筛选告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="454"/>
        <source>Filter alarms (module, kind, channel)</source>
        <translation>筛选告警（模块、类型、通道）</translation>
    </message>
</context>
<context>
    <name>AlarmTableModel</name>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="205"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="206"/>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="215"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="207"/>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="213"/>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="208"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="209"/>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="210"/>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="214"/>
        <source>Duration</source>
        <translation>持续</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="211"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="212"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="296"/>
        <source>Since {time} ({duration}), raised {count} time(s)</source>
        <translation>始于 {time}（已持续 {duration}），共报 {count} 次</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="302"/>
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
        <location filename="../../fourgmon/gui/alarm_panel.py" line="58"/>
        <source>module offline</source>
        <translation>模块离线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="59"/>
        <source>sensor offline</source>
        <translation>传感器离线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="60"/>
        <source>interference</source>
        <translation>干扰</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="61"/>
        <source>stuck value</source>
        <translation>数值卡滞</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="62"/>
        <source>crystal fault</source>
        <translation>晶振故障</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="63"/>
        <source>unknown sensor status</source>
        <translation>未知传感器状态</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="64"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="65"/>
        <source>lost packets</source>
        <translation>丢包</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="66"/>
        <source>RS485 errors rising</source>
        <translation>RS485 错误增加</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="67"/>
        <source>clock off</source>
        <translation>时钟偏差</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="68"/>
        <source>above high threshold</source>
        <translation>高于上限</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="69"/>
        <source>below low threshold</source>
        <translation>低于下限</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="76"/>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="77"/>
        <source>major</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/alarm_panel.py" line="78"/>
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
    <name>BulkAction</name>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="60"/>
        <source>{n} ok</source>
        <translation>{n} 个成功</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="61"/>
        <source>{n} timeout</source>
        <translation>{n} 个超时</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="62"/>
        <source>{n} refused</source>
        <translation>{n} 个被拒绝</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="63"/>
        <source>{n} error</source>
        <translation>{n} 个出错</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="64"/>
        <source>{n} queued (offline)</source>
        <translation>{n} 个排队（离线）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="65"/>
        <source>{n} waiting</source>
        <translation>{n} 个等待中</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="67"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/bulk_action.py" line="70"/>
        <source>{command} on {n} modules: {counts}</source>
        <translation>{command}（{n} 个模块）：{counts}</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="239"/>
        <source>Calibration and thresholds</source>
        <translation>标定与阈值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="242"/>
        <source>value = gain × raw + offset. A &apos;*&apos; row applies to every module without its own row; channels without any row stay in raw counts. Thresholds are in the row&apos;s unit; every change is kept with its time and user.</source>
        <translation>数值 = 增益 × 原始值 + 偏移。“*”行适用于所有没有自己标定行的模块；没有任何标定行的通道保持原始计数。阈值使用该行的单位；每次修改都会记录时间和用户。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="247"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="248"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="249"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="250"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="251"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="253"/>
        <source>Set the rows of a CSV file (imei,channel,gain,offset,unit)</source>
        <translation>设置 CSV 文件中的各行（imei,channel,gain,offset,unit）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="255"/>
        <source>Import replaces all rows</source>
        <translation>导入时替换全部行</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="258"/>
        <source>Remove the rows the file does not list (as `fourgmon calibration import --replace`); the history keeps them</source>
        <translation>删除文件中未列出的行（同 `fourgmon calibration import --replace`）；历史记录仍保留</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="262"/>
        <source>Rows in force</source>
        <translation>当前生效</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="263"/>
        <source>History of changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="266"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="267"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="268"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="269"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="270"/>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="271"/>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="296"/>
        <source>* (every module)</source>
        <translation>*（所有模块）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="380"/>
        <source>Cannot store the change: {reason}</source>
        <translation>无法保存修改：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="387"/>
        <source>Import calibration CSV</source>
        <translation>导入标定 CSV</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="389"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="397"/>
        <source>Export calibration CSV</source>
        <translation>导出标定 CSV</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="399"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="420"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="427"/>
        <source>Nothing imported: {file}, {reason}</source>
        <translation>未导入任何内容：{file}，{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="436"/>
        <source>{changed} rows changed ({total} in {file})</source>
        <translation>已修改 {changed} 行（{file} 中共 {total} 行）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="440"/>
        <source>{removed} rows removed</source>
        <translation>已删除 {removed} 行</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="456"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="459"/>
        <source>{n} rows exported to {file}</source>
        <translation>已导出 {n} 行到 {file}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="469"/>
        <source>Calibration</source>
        <translation>标定</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="508"/>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="509"/>
        <source>raw counts</source>
        <translation>原始计数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="510"/>
        <source>gain {gain}, offset {offset}, {unit}</source>
        <translation>增益 {gain}，偏移 {offset}，{unit}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="516"/>
        <source>no thresholds</source>
        <translation>无阈值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="519"/>
        <source>high {value}</source>
        <translation>上限 {value}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="521"/>
        <source>low {value}</source>
        <translation>下限 {value}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="523"/>
        <source>hysteresis {value}</source>
        <translation>回差 {value}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="524"/>
        <source>counts</source>
        <translation>计数</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="187"/>
        <source>any type</source>
        <translation>任意型号</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="218"/>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="328"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="218"/>
        <source>offline: queued until it is back</source>
        <translation>离线：排队，等它重新上线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="226"/>
        <source>Start puts these {n} modules into firmware upgrade mode, {k} at a time; each fetches the firmware by itself, goes offline and is checked when it is back.</source>
        <translation>开始后，这 {n} 个模块将进入固件升级模式，每次 {k} 个；每个模块自行下载固件、暂时离线，重新上线后核对版本。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="230"/>
        <source>No module matches: change the selection or the filter.</source>
        <translation>没有符合条件的模块：请更改选择或筛选条件。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="299"/>
        <source>Campaign {state} — {done} of {n} done ({counts})</source>
        <translation>升级任务{state} — 已完成 {done}/{n}（{counts}）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="327"/>
        <source>update sent</source>
        <translation>已发送升级命令</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="329"/>
        <source>offline at start: queued</source>
        <translation>开始时离线：排队</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="330"/>
        <source>refused by the module</source>
        <translation>模块拒绝</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="332"/>
        <source>upgrade mode entered: waiting for the module</source>
        <translation>已进入升级模式：等待模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="334"/>
        <source>back online: reading the version</source>
        <translation>已重新上线：正在读取版本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="335"/>
        <source>same version as before</source>
        <translation>版本与之前相同</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="336"/>
        <source>campaign aborted</source>
        <translation>升级任务已中止</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="337"/>
        <source>never online during the campaign</source>
        <translation>升级期间始终未上线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="342"/>
        <source>not back within {seconds} s</source>
        <translation>{seconds} 秒内未重新上线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="367"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="367"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="379"/>
        <source>Export campaign report</source>
        <translation>导出升级报告</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="381"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="397"/>
        <source>Cannot write the report: {reason}</source>
        <translation>无法写入报告：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="401"/>
        <source>Report saved to {path}</source>
        <translation>报告已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="429"/>
        <source>Firmware campaign</source>
        <translation>批量固件升级</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="433"/>
        <source>Modules:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="434"/>
        <source>Hardware type:</source>
        <translation>硬件型号：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="435"/>
        <source>only below version</source>
        <translation>仅低于版本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="436"/>
        <source>At a time:</source>
        <translation>每次：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="437"/>
        <source>back within (min):</source>
        <translation>重新上线时限（分钟）：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="446"/>
        <source>the {n} selected modules</source>
        <translation>选中的 {n} 个模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="447"/>
        <source>all modules</source>
        <translation>全部模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="450"/>
        <source>e.g. 1.0.4 (empty: any version)</source>
        <translation>例如 1.0.4（留空：任意版本）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="453"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="454"/>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="455"/>
        <source>Type</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="456"/>
        <source>Current version</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="457"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="458"/>
        <source>Version after</source>
        <translation>升级后版本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="459"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="462"/>
        <source>Start the update of these modules</source>
        <translation>开始升级这些模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="463"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="464"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/campaign_dialog.py" line="465"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="391"/>
        <source>Current firmware: type {type}, version {version}.</source>
        <translation>当前固件：类型 {type}，版本 {version}。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="395"/>
        <source>Current firmware: unknown (use Version first to read it).</source>
        <translation>当前固件：未知（请先点击“查询版本”读取）。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="398"/>
        <location filename="../../fourgmon/gui/command_panel.py" line="431"/>
        <location filename="../../fourgmon/gui/command_panel.py" line="490"/>
        <source>Firmware update</source>
        <translation>固件升级</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="399"/>
        <source>Start a firmware update of module {name}?</source>
        <translation>确定对模块 {name} 进行固件升级吗？</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="408"/>
        <source>The module enters upgrade mode, fetches the firmware by itself and is offline for a while. Its version is read back when it reconnects.</source>
        <translation>模块将进入升级模式，自行下载固件，期间会离线一段时间。模块重新上线后将自动回读版本。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="427"/>
        <source>(offline: queued)</source>
        <translation>（离线：排队）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="432"/>
        <source>Start a firmware update of {n} modules at once?</source>
        <translation>同时开始升级 {n} 个模块的固件？</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="439"/>
        <source>They enter upgrade mode together (at most the in-flight limit at once) and go offline for a while. For one module after the other with the version read back, use Modules → Firmware campaign.</source>
        <translation>这些模块将一起进入升级模式（同时最多为并发上限个），并离线一段时间。若要逐个升级并回读版本，请使用“模块 → 批量固件升级”。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="486"/>
        <source>Time sync</source>
        <translation>时间同步</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="487"/>
        <source>Query info</source>
        <translation>查询信息</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="488"/>
        <source>Query version</source>
        <translation>查询版本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="489"/>
        <source>Query data now</source>
        <translation>主动查询数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="510"/>
        <source>Version read back after update</source>
        <translation>升级后回读版本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="521"/>
        <source>waiting for the reply…</source>
        <translation>等待应答…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="523"/>
        <source>timeout: {detail}</source>
        <translation>超时：{detail}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="525"/>
        <source>refused by the module</source>
        <translation>模块拒绝</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="527"/>
        <source>error: {detail}</source>
        <translation>错误：{detail}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="532"/>
        <source>CCID {ccid}</source>
        <translation>CCID {ccid}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="533"/>
        <source>location {loc}</source>
        <translation>位置 {loc}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="548"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="555"/>
        <source>the module is offline</source>
        <translation>模块离线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="556"/>
        <source>the connection closed</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="557"/>
        <source>the server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="562"/>
        <source>no reply within {seconds} s</source>
        <translation>{seconds} 秒内无应答</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="564"/>
        <source>the same command is still waiting for its reply</source>
        <translation>同一命令仍在等待应答</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="575"/>
        <source>{n} modules selected ({online} online)</source>
        <translation>已选 {n} 个模块（{online} 个在线）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="594"/>
        <source>queued: sent when the module reconnects (expires {t})</source>
        <translation>已排队：模块重新连接时发送（{t} 过期）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="647"/>
        <source>Module {imei} is offline: the command is queued and sent when it reconnects.</source>
        <translation>模块 {imei} 离线：命令将排队，在它重新连接时发送。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="672"/>
        <source>Waiting for the replies.</source>
        <translation>正在等待回复。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="675"/>
        <source>Send to the {n} selected modules ({offline} offline: queued).</source>
        <translation>发送给选中的 {n} 个模块（{offline} 个离线：排队）。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="685"/>
        <source>Queue ({n})</source>
        <translation>队列（{n}）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="685"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="696"/>
        <source>Command and result</source>
        <translation>命令与结果</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="541"/>
        <source>type {type} · version {version}</source>
        <translation>类型 {type} · 版本 {version}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="348"/>
        <source>Retry the failed ({n})</source>
        <translation>重试失败的（{n}）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="535"/>
        <source>RS485 errors bus 1/2/3: {counts}</source>
        <translation>RS485 故障次数 1路/2路/3路：{counts}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="543"/>
        <source>upgrade mode entered; version is read back on reconnect</source>
        <translation>已进入升级模式；重新上线后回读版本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="545"/>
        <source>accepted; fresh data follows</source>
        <translation>已接受；模块将上报最新数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="547"/>
        <source>time sent</source>
        <translation>已下发时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="581"/>
        <source>No module selected</source>
        <translation>未选择模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="585"/>
        <source>Module: {name}</source>
        <translation>模块：{name}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="604"/>
        <source>upgrade mode entered; after reconnecting: {result}</source>
        <translation>已进入升级模式；重新上线后：{result}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="642"/>
        <source>Select a module in the table first.</source>
        <translation>请先在表格中选择一个模块。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="651"/>
        <source>Module {imei} is offline: commands need a connection.</source>
        <translation>模块 {imei} 离线：下发命令需要模块在线。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="657"/>
        <source>Waiting for the reply.</source>
        <translation>正在等待应答。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="493"/>
        <source>Send this computer&apos;s time (UTC) to the module.</source>
        <translation>把本机时间（UTC）下发给模块。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="496"/>
        <source>Read CCID, location and the RS485 error counters.</source>
        <translation>读取 CCID、位置和 RS485 故障计数。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="499"/>
        <source>Read the hardware type and firmware version.</source>
        <translation>读取硬件类型和固件版本。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="501"/>
        <source>Ask the module to push its data now.</source>
        <translation>让模块立即上报数据。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="503"/>
        <source>Put the module into firmware upgrade mode (asks first).</source>
        <translation>让模块进入固件升级模式（会先确认）。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="491"/>
        <source>Firmware update…</source>
        <translation>固件升级…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="696"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/command_panel.py" line="697"/>
        <location filename="../../fourgmon/gui/command_panel.py" line="698"/>
        <source>Command history</source>
        <translation>命令记录</translation>
    </message>
</context>
<context>
    <name>DateAxis</name>
    <message>
        <location filename="../../fourgmon/gui/date_axis.py" line="29"/>
        <source>en_US</source>
        <translation>zh_CN</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="150"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="152"/>
        <source>{n} s ago</source>
        <translation>{n} 秒前</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="154"/>
        <source>{n} min ago</source>
        <translation>{n} 分钟前</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="156"/>
        <source>{n} h ago</source>
        <translation>{n} 小时前</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="157"/>
        <source>{n} d ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="398"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="399"/>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="400"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="401"/>
        <source>Peer</source>
        <translation>对端地址</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="402"/>
        <source>Connected since</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="403"/>
        <source>Temp. °C</source>
        <translation>温度 °C</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="404"/>
        <source>Hum. %RH</source>
        <translation>湿度 %RH</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="405"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="406"/>
        <source>CCID</source>
        <translation>CCID</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="407"/>
        <source>Last packet</source>
        <translation>最后数据包</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="408"/>
        <source>Packets</source>
        <translation>包数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="409"/>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="410"/>
        <source>Last command</source>
        <translation>最近命令</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="503"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="503"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="545"/>
        <source>Online since {t}</source>
        <translation>自 {t} 起在线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="548"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="549"/>
        <source>Offline: {cause}</source>
        <translation>离线：{cause}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="551"/>
        <source>Double-click to name this module</source>
        <translation>双击为此模块命名</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/device_model.py" line="553"/>
        <source>Location: {loc}</source>
        <translation>位置：{loc}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="296"/>
        <location filename="../../fourgmon/gui/export_dialog.py" line="339"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="297"/>
        <source>Modules:</source>
        <translation>模块：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/export_dialog.py" line="298"/>
        <source>Selected (%n)</source>
        <translation>
            <numerusform>所选（%n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/export_dialog.py" line="299"/>
        <source>All (%n)</source>
        <translation>
            <numerusform>全部（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="300"/>
        <source>IMEI or alias contains:</source>
        <translation>IMEI 或别名包含：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="301"/>
        <source>Time range:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="307"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="308"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="309"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="310"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="311"/>
        <source>Everything stored</source>
        <translation>全部已存数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="312"/>
        <source>From – to (local time)</source>
        <translation>自定义起止（本地时间）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="317"/>
        <source>Export:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="323"/>
        <source>Frames (the samples of every channel frame)</source>
        <translation>数据帧（每个通道帧的采样值）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="324"/>
        <source>Events (online/offline, commands, sensor status, SIM info, version)</source>
        <translation>事件（上线/离线、命令、传感器状态、SIM 信息、版本）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="325"/>
        <source>Alarm history</source>
        <translation>报警历史</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="330"/>
        <source>Channels:</source>
        <translation>通道：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="331"/>
        <source>Values:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="332"/>
        <source>Raw AD counts</source>
        <translation>原始 AD 值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="333"/>
        <source>Engineering units (calibration)</source>
        <translation>工程单位（按标定）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="334"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="335"/>
        <source>One file</source>
        <translation>合并为一个文件</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="336"/>
        <source>One file per module</source>
        <translation>每个模块一个文件</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="337"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="338"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="340"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="341"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="342"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="345"/>
        <source>Times in the files are UTC (ISO 8601, e.g. 2026-11-24T19:56:07.123Z); CSV opens in Excel with Chinese text intact.</source>
        <translation>文件中的时间为 UTC（ISO 8601，例如 2026-11-24T19:56:07.123Z）；CSV 用 Excel 打开时中文不会乱码。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="412"/>
        <source>No module matches.</source>
        <translation>没有匹配的模块。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="415"/>
        <source>Choose at least one channel.</source>
        <translation>请至少选择一个通道。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="417"/>
        <source>Choose raw counts, engineering units or both.</source>
        <translation>请选择原始值、工程单位或两者。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="420"/>
        <source>The range ends before it starts.</source>
        <translation>结束时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="422"/>
        <source>The folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/export_dialog.py" line="435"/>
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 个模块</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="443"/>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="467"/>
        <source>Counting the rows…</source>
        <translation>正在统计行数…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="475"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="483"/>
        <source>%1 of about %2 rows, about %3 s left</source>
        <translation>已导出 %1 行，共约 %2 行，约剩 %3 秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/export_dialog.py" line="502"/>
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已写入 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="504"/>
        <source>Incomplete: %1</source>
        <translation>不完整：%1</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="512"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/export_dialog.py" line="518"/>
        <source>Export cancelled: no file was left behind.</source>
        <translation>导出已取消：未留下任何文件。</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="37"/>
        <source>Time sync</source>
        <translation>时间同步</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="38"/>
        <source>Query info</source>
        <translation>查询信息</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="39"/>
        <source>Query version</source>
        <translation>查询版本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="40"/>
        <source>Query data now</source>
        <translation>主动查询数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="41"/>
        <source>Firmware update</source>
        <translation>固件升级</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="49"/>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="50"/>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="51"/>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="52"/>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="53"/>
        <source>waiting for the reply</source>
        <translation>等待回复</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="54"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="55"/>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="56"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="57"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="58"/>
        <source>update sent</source>
        <translation>已发送升级命令</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="59"/>
        <source>upgrading, waiting for it to come back</source>
        <translation>升级中，等待重新上线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="60"/>
        <source>back, reading the version</source>
        <translation>已上线，正在读取版本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="61"/>
        <source>updated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="62"/>
        <source>unchanged (same version)</source>
        <translation>未变化（版本相同）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="63"/>
        <source>not back in time</source>
        <translation>未按时重新上线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="64"/>
        <source>never online</source>
        <translation>始终未上线</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="65"/>
        <location filename="../../fourgmon/gui/fleet_text.py" line="75"/>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="72"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="73"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="74"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_text.py" line="76"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>FleetActions</name>
    <message>
        <location filename="../../fourgmon/gui/fleet_actions.py" line="103"/>
        <source>&amp;Modules</source>
        <translation>模块(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_actions.py" line="104"/>
        <source>Select all in the filter</source>
        <translation>全选筛选结果</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_actions.py" line="105"/>
        <source>Select all with open alarms</source>
        <translation>选择所有有未结报警的模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/fleet_actions.py" line="106"/>
        <source>Firmware campaign…</source>
        <translation>批量固件升级…</translation>
    </message>
</context>
<context>
    <name>FleetSettingsPage</name>
    <message>
        <location filename="../../fourgmon/gui/settings_fleet.py" line="85"/>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_fleet.py" line="86"/>
        <source>Requests in flight at once:</source>
        <translation>同时进行的请求数：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_fleet.py" line="87"/>
        <source>Queued commands expire after:</source>
        <translation>排队命令过期时间：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_fleet.py" line="89"/>
        <source>A bulk action sends to this many modules at a time, so a site is not flooded.</source>
        <translation>批量操作每次只发给这么多个模块，以免现场网络拥塞。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_fleet.py" line="91"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_fleet.py" line="93"/>
        <source>Synchronise each module&apos;s clock when it connects and when it drifts</source>
        <translation>模块连接时及时钟偏差时自动同步时间</translation>
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
        <location filename="../../fourgmon/gui/main_window.py" line="640"/>
        <source>The server keeps listening on {host}:{port}.</source>
        <translation>服务器继续在 {host}:{port} 监听。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="644"/>
        <source>The server is not listening. Choose another port in Settings.</source>
        <translation>服务器未在监听。请在“设置”中选择其他端口。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="647"/>
        <source>Port not available</source>
        <translation>端口不可用</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="648"/>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation>无法在 {host}:{port} 监听：{reason}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="656"/>
        <source>Another program (or another fourgmon) may use this port.</source>
        <translation>可能有其他程序（或另一个 fourgmon）占用了此端口。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="739"/>
        <source>4G pressure module monitor</source>
        <translation>4G 压力监测模块监控</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="740"/>
        <source>Filter by IMEI or alias</source>
        <translation>按 IMEI 或别名筛选</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="741"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="742"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="743"/>
        <source>&amp;Calibration and thresholds…</source>
        <translation>标定与阈值(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="744"/>
        <source>Show raw AD counts</source>
        <translation>显示原始 AD 值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="745"/>
        <source>Plots in raw AD counts instead of engineering units</source>
        <translation>曲线显示原始 AD 值，而不是工程单位</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="746"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="747"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="748"/>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="750"/>
        <source>History of the selected module, and the site report (Ctrl+H)</source>
        <translation>所选模块的历史记录和站点报告 (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="752"/>
        <source>Export frames, events or alarms as CSV or Excel</source>
        <translation>将数据帧、事件或报警导出为 CSV 或 Excel</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="753"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="754"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="755"/>
        <source>Traffic log: follow the selected module</source>
        <translation>通信日志：跟随所选模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="756"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="758"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="759"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="760"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="764"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="765"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="766"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="769"/>
        <source>&amp;History and site report…</source>
        <translation>历史数据与现场报告(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/main_window.py" line="770"/>
        <source>History</source>
        <translation>历史数据</translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="464"/>
        <source>IMEI:</source>
        <translation>IMEI：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="465"/>
        <source>IMEI or address</source>
        <translation>IMEI 或地址</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="466"/>
        <source>Follow selection</source>
        <translation>跟随所选</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="468"/>
        <source>Show the module selected in the table; the filter follows the selection</source>
        <translation>只显示表格中所选的模块；筛选随所选模块变化</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="470"/>
        <source>Cmd:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="473"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="474"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="475"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="476"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="477"/>
        <source>Save the shown rows as tab-separated text</source>
        <translation>将显示的行保存为制表符分隔的文本</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="478"/>
        <source>Traffic log:</source>
        <translation>通信日志：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="697"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="697"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/message_log.py" line="707"/>
        <source>%n message(s) held</source>
        <translation>
            <numerusform>已暂存 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/message_log.py" line="713"/>
        <source>%n message(s) not shown (flood)</source>
        <translation>
            <numerusform>%n 条消息未显示（流量过大）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourgmon/gui/message_log.py" line="735"/>
        <source>Saved %n row(s) to {path}</source>
        <translation>
            <numerusform>已保存 %n 行到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="709"/>
        <source>{shown} of {total} shown</source>
        <translation>显示 {shown} / 共 {total} 条</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="719"/>
        <source>Save traffic log</source>
        <translation>保存通信日志</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="721"/>
        <source>Tab-separated text (*.tsv *.txt)</source>
        <translation>制表符分隔文本 (*.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="721"/>
        <source>All (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="733"/>
        <source>Could not save: {error}</source>
        <translation>保存失败：{error}</translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="261"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="261"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="261"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="261"/>
        <source>Cmd</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="261"/>
        <source>Raw</source>
        <translation>原始报文</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="285"/>
        <source>← in</source>
        <translation>← 收</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="285"/>
        <source>→ out</source>
        <translation>→ 发</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="299"/>
        <source>peer {peer}</source>
        <translation>对端 {peer}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="301"/>
        <source>IMEI named in the bad packet</source>
        <translation>IMEI 取自这条错误报文</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="306"/>
        <source>… ({n} bytes)</source>
        <translation>…（{n} 字节）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="308"/>
        <source>undecodable message</source>
        <translation>无法解析的报文</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/message_log.py" line="309"/>
        <source>Protocol error: {reason}</source>
        <translation>协议错误：{reason}</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="639"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="639"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="216"/>
        <source>Stop drawing; data keeps being collected</source>
        <translation>暂停绘图；数据仍在继续接收</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="217"/>
        <source>Y range:</source>
        <translation>Y 轴范围：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="219"/>
        <source>Fit once</source>
        <translation>单次缩放</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="220"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="221"/>
        <source>Fixed 0–65535</source>
        <translation>固定 0–65535</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="222"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="228"/>
        <source>Fit once: fit each channel to its first frame, then hold (cheapest).
Auto: follow every frame (costs CPU with many updates).</source>
        <translation>单次缩放：按每个通道的第一帧缩放 Y 轴，之后保持不变（开销最小）。
自动：每帧都重新缩放（更新频繁时占用较多 CPU）。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="232"/>
        <source>Lowest AD count shown (custom range)</source>
        <translation>显示的最小 AD 值（自定义范围）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="233"/>
        <source>Highest AD count shown (custom range)</source>
        <translation>显示的最大 AD 值（自定义范围）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="234"/>
        <source>Fit</source>
        <translation>自动缩放</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="235"/>
        <source>Fit every channel to its current frame</source>
        <translation>按当前帧自动缩放每个通道的 Y 轴</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="236"/>
        <source>Trend:</source>
        <translation>趋势：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="237"/>
        <source>10 min</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="238"/>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="239"/>
        <source>Crosshair</source>
        <translation>十字光标</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="240"/>
        <source>{mean} mean  {max} max</source>
        <translation>{mean} 均值  {max} 最大值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="242"/>
        <source>Last frame</source>
        <translation>最新一帧</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="243"/>
        <source>Trend (mean / max)</source>
        <translation>趋势（均值 / 最大值）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="245"/>
        <source>CH{n} · bus {bus} / pos {pos}</source>
        <translation>CH{n} · {bus}路 / {pos}号</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="253"/>
        <source>CH{n} · {bus}/{pos}</source>
        <translation>CH{n} · {bus}路/{pos}号</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="271"/>
        <source>value ({unit})</source>
        <translation>数值（{unit}）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="272"/>
        <source>units: see the titles</source>
        <translation>单位：见各图标题</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="286"/>
        <source>no data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="286"/>
        <source>no module selected</source>
        <translation>未选择模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="719"/>
        <source>CH{n} · {time} · mean {mean} · max {max}</source>
        <translation>CH{n} · {time} · 均值 {mean} · 最大值 {max}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="727"/>
        <source>CH{n} · sample {i} · {value}</source>
        <translation>CH{n} · 采样点 {i} · {value}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="269"/>
        <source>raw AD counts</source>
        <translation>原始 AD 值</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="277"/>
        <source>sample</source>
        <translation>采样点</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="278"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="498"/>
        <source>{value} counts</source>
        <translation>{value} 计数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="714"/>
        <source>CH{n}: no data</source>
        <translation>CH{n}：无数据</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/plot_panel.py" line="724"/>
        <source>CH{n} · sample {i} · {value} counts</source>
        <translation>CH{n} · 第 {i} 点 · AD 值 {value}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../fourgmon/gui/queue_view.py" line="132"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/queue_view.py" line="133"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/queue_view.py" line="134"/>
        <source>Queued at</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/queue_view.py" line="135"/>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/queue_view.py" line="136"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../fourgmon/gui/queue_view.py" line="233"/>
        <source>Cancel selected</source>
        <translation>取消所选</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/queue_view.py" line="235"/>
        <source>Commands for offline modules are sent when the module reconnects.</source>
        <translation>发给离线模块的命令将在模块重新连接时发送。</translation>
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
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="93"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="94"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="95"/>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="96"/>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="97"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="98"/>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="99"/>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="100"/>
        <source>Hysteresis</source>
        <translation>回差</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="117"/>
        <source>Not applied: {unit} does not convert to this channel&apos;s unit ({shown})</source>
        <translation>未生效：{unit} 无法换算为该通道的单位（{shown}）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="119"/>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="120"/>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="143"/>
        <source>raw counts</source>
        <translation>原始计数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="123"/>
        <source>No own calibration: the &apos;*&apos; row (or raw counts) applies</source>
        <translation>无本行标定：使用“*”行（或原始计数）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="146"/>
        <source>counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/calibration_dialog.py" line="149"/>
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
        <location filename="../../fourgmon/gui/settings_dialog.py" line="338"/>
        <source>Modules are set to send to port {old}. They will not find fourgmon on port {new} until each one (or the router&apos;s port forwarding) is changed too.</source>
        <translation>模块设置的是发往端口 {old}。改为端口 {new} 后，除非每个模块（或路由器的端口转发）也一并修改，否则它们将找不到 fourgmon。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="357"/>
        <source>Not a 15-digit IMEI: {items}</source>
        <translation>不是 15 位 IMEI：{items}</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="367"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="374"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="378"/>
        <source>Listen on address:</source>
        <translation>监听地址：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="379"/>
        <source>TCP port:</source>
        <translation>TCP 端口：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="380"/>
        <source>Offline after silence of:</source>
        <translation>无数据多久判为离线：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="381"/>
        <source>Reply terminator:</source>
        <translation>应答结束符：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="382"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="383"/>
        <source>Allowed IMEIs:</source>
        <translation>允许的 IMEI：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="384"/>
        <source>Max. connections:</source>
        <translation>最大连接数：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="385"/>
        <source>Alarm when no data for:</source>
        <translation>无数据告警时长：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="386"/>
        <source>Alarm when a clock is off by:</source>
        <translation>时钟偏差告警阈值：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="387"/>
        <source>Modules&apos; time zone:</source>
        <translation>模块时区：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="392"/>
        <source>0.0.0.0 listens on every network interface.</source>
        <translation>0.0.0.0 表示在所有网卡上监听。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="393"/>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="411"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="394"/>
        <source>Modules ping every 60 s; 180 s = 3 missed pings.</source>
        <translation>模块每 60 秒发送一次心跳；180 秒 = 连续 3 次未收到心跳。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="395"/>
        <source>None (as documented)</source>
        <translation>无（按协议文档）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="396"/>
        <source>CR LF (for firmware that wants it)</source>
        <translation>CR LF（部分固件需要）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="397"/>
        <source>Default folder of this user</source>
        <translation>当前用户的默认文件夹</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="398"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="399"/>
        <source>Empty: any module may connect</source>
        <translation>留空：允许任何模块连接</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="402"/>
        <source>15-digit IMEIs separated by spaces, commas or new lines. Other modules are logged and disconnected.</source>
        <translation>15 位 IMEI，用空格、逗号或换行分隔。其他模块将被记录并断开连接。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="406"/>
        <source>Connections beyond this many are refused.</source>
        <translation>超过此数量的连接将被拒绝。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="407"/>
        <source>Ask before quitting while modules are connected</source>
        <translation>有模块连接时，退出前先询问</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="408"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="409"/>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="412"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="410"/>
        <source>An online module that sends no data this long.</source>
        <translation>在线模块在此时长内未发送数据即告警。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="413"/>
        <source>This computer&apos;s time zone</source>
        <translation>本机时区</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="414"/>
        <source>Mute the alarm sound</source>
        <translation>告警静音</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="415"/>
        <source>Storage limits (from the next start)</source>
        <translation>存储限制（下次启动时生效）</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_dialog.py" line="419"/>
        <source>A new data folder and new storage limits take effect after restarting fourgmon; everything else applies at once (the listener restarts).</source>
        <translation>新的数据文件夹和存储限制在重新启动 fourgmon 后生效；其余设置立即生效（监听会重启）。</translation>
    </message>
</context>
<context>
    <name>SiteReport</name>
    <message>
        <location filename="../../fourgmon/gui/report.py" line="161"/>
        <location filename="../../fourgmon/gui/report.py" line="347"/>
        <source>Site report</source>
        <translation>现场报告</translation>
    </message>
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
</context>
<context>
    <name>StorageLimitsPage</name>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="114"/>
        <source>Raw traffic journal up to:</source>
        <translation>原始报文日志上限：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="115"/>
        <source>Remove oldest data above disk use of:</source>
        <translation>磁盘占用超过此值时删除最旧数据：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="116"/>
        <source>Remove data older than:</source>
        <translation>删除早于此时长的数据：</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="117"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="120"/>
        <source>What modules sent, kept compressed in the journal folder of the data folder for support; the oldest goes first beyond this size.</source>
        <translation>模块发送的原始内容，压缩保存在数据文件夹的 journal 子文件夹中，供技术支持查看；超过此大小时先删除最旧的。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="124"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="125"/>
        <source>never for space</source>
        <translation>不按空间删除</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="128"/>
        <source>While the data folder&apos;s disk is fuller than this, the oldest packets are removed; per-minute trends are kept.</source>
        <translation>数据文件夹所在磁盘的占用超过此值时，删除最旧的数据包；每分钟趋势会保留。</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="132"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../fourgmon/gui/settings_storage.py" line="133"/>
        <source>keep everything</source>
        <translation>全部保留</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../fourgmon/gui/app.py" line="271"/>
        <source>Only one fourgmon may use a data folder. Stop the other one first, or start this one with another data folder (--data-dir).</source>
        <translation>一个数据文件夹只能由一个 fourgmon 使用。请先停止另一个，或用另一个数据文件夹启动本程序（--data-dir）。</translation>
    </message>
</context>
</TS>

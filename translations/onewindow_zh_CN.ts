<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../app/onewindow/commandline.cpp" line="+53"/>
        <source>OneWindow: one-window intake for the government service hall.</source>
        <translation>一窗通：政务服务大厅综合窗口一窗受理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run the demo hall on this machine (demo catalog, demo clerk, demo cases)</source>
        <translation>在本机运行演示大厅（演示事项目录、演示窗口人员、演示办件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the window&apos;s database file</source>
        <translation>本窗口的数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the hall code printed in case numbers</source>
        <translation>打印在办件编号中的大厅代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hall&apos;s name printed on documents</source>
        <translation>打印在文书上的大厅名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the progress-lookup address the documents&apos; QR codes hold, {code} standing for the query code (e.g. https://zwfw.example.gov.cn/query?code={code}); without it they hold the bare code</source>
        <translation>文书二维码中的办件进度查询地址，{code} 代表查询码（如 https://zwfw.example.gov.cn/query?code={code}）；不设置时二维码只含查询码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this window&apos;s number</source>
        <translation>本窗口的窗口号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the user name to offer at sign-in</source>
        <translation>登录时预填的用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an extra working-day calendar file (docs/calendar-format.md)</source>
        <translation>额外的工作日日历文件（docs/calendar-format.md）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the language of the window, e.g. zh_CN or en</source>
        <translation>窗口界面语言，例如 zh_CN 或 en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start with this text in the matter search</source>
        <translation>启动时在事项搜索框中预填此文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archive (PDF files only), preview or printer</source>
        <translation>archive（仅存档为 PDF 文件）、preview（打印预览）或 printer（直接打印）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder where every printed document is archived as PDF</source>
        <translation>所有已打印文书以 PDF 格式存档的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the central platform&apos;s API address</source>
        <translation>中央平台的 API 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file holding this device&apos;s platform token</source>
        <translation>存放本设备平台令牌的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra CA certificates (PEM) to trust for https</source>
        <translation>https 额外信任的 CA 证书（PEM）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clerk (default), kiosk, board, rating or supervisor</source>
        <translation>clerk（默认，窗口）、kiosk（取号机）、board（大屏）、rating（评价器）或 supervisor（管理看板）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hall queue service&apos;s address</source>
        <translation>大厅排队叫号服务的地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file holding this device&apos;s hall token</source>
        <translation>存放本设备大厅令牌的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hall window whose applicants a rating screen asks (e.g. W03)</source>
        <translation>评价器所对应的大厅窗口（如 W03）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kiosk: print tickets as ESC/POS straight to this device, e.g. /dev/usb/lp0</source>
        <translation>取号机：以 ESC/POS 指令直接向此设备打印号票，如 /dev/usb/lp0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the board&apos;s voice announcements: zh, en, zh+en or off</source>
        <translation>大屏语音播报：zh、en、zh+en 或 off</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>allow a plain http:// platform address (training only: the token and the applicants&apos; data travel unencrypted)</source>
        <translation>允许使用明文 http:// 平台地址（仅限培训：令牌和申请人数据将以未加密方式传输）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/onewindow-hall/hallcommandline.cpp" line="+32"/>
        <source>set up a new database even in an existing empty file (never needed for a file that does not exist yet)</source>
        <translation>即使文件已存在且为空，也在其中新建数据库（文件尚不存在时无需此项）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kiosk: how long a ticket stays on screen before the next person (3-120, default 8)</source>
        <translation>取号机：号票在屏幕上停留多久后留给下一位（3-120 秒，默认 8）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>read this configuration file instead of %1 (the per-user file %2 still overrides it)</source>
        <translation>读取此配置文件，代替 %1（用户自己的文件 %2 仍优先于它）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>retention: days a delivered case&apos;s payload is kept after the platform&apos;s receipt (default 30)</source>
        <translation>保留期限：平台回执后已送达案件数据的保留天数（默认 30）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>retention: days an applicant&apos;s personal data is kept after their last case closed (default 365)</source>
        <translation>保留期限：申请人最后一件案件办结后其个人信息的保留天数（默认 365）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>retention: days a closed case&apos;s archived documents are kept (default 180)</source>
        <translation>保留期限：已办结案件归档文书的保留天数（默认 180）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>--%1 takes a number of days from 1 to 3650, not &quot;%2&quot;.</source>
        <translation>--%1 须为 1 至 3650 之间的天数，而不是“%2”。</translation>
    </message>
    <message>
        <location filename="../app/onewindow-hall/hallcommandline.cpp" line="-15"/>
        <source>OneWindow hall service: the hall&apos;s queue over HTTP and WebSocket.</source>
        <translation>一窗通大厅服务：通过 HTTP 和 WebSocket 提供大厅排队叫号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address to listen on (0.0.0.0 for the hall LAN)</source>
        <translation>监听地址（大厅局域网用 0.0.0.0）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port (0: any free port)</source>
        <translation>端口（0：任一空闲端口）</translation>
    </message>
    <message>
        <location filename="../app/onewindow-hall/hallbackup.cpp" line="+19"/>
        <source>Writes a consistent copy of the hall database while the service runs (owner-only, never over an existing file). Restore it with onewindowctl restore.</source>
        <translation>在服务运行时写出大厅数据库的一致副本（仅所有者可读，绝不覆盖已有文件）。用 onewindowctl restore 恢复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/onewindow-hall/hallcommandline.cpp" line="+2"/>
        <source>the hall database file</source>
        <translation>大厅数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new backup file</source>
        <translation>新的备份文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>onewindow-hall backup needs --db PATH and --to FILE.</source>
        <translation>onewindow-hall backup 需要 --db PATH 和 --to FILE。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>warning: %1 is not a hall database (%2).</source>
        <translation>警告：%1 不是大厅数据库（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backed up to %1: schema version %2, %3 tickets</source>
        <translation>已备份到 %1：结构版本 %2，%3 张号票</translation>
    </message>
    <message>
        <location filename="../app/onewindow-hall/hallcommandline.cpp" line="+1"/>
        <source>the hall code (overrides the config)</source>
        <translation>大厅编码（覆盖配置文件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hall config: services, windows, tokens (default: the demo hall)</source>
        <translation>大厅配置：业务、窗口、令牌（默认：示范大厅）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device tokens, replacing those of the config</source>
        <translation>设备令牌，替换配置文件中的令牌</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the most connections open at once, event streams included (default 1024)</source>
        <translation>同时打开的最多连接数，含事件流（默认 1024）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>serve https and wss with this PEM certificate chain (or &quot;tls&quot; in the config)</source>
        <translation>使用此 PEM 证书链提供 https 和 wss 服务（或在配置中设置 &quot;tls&quot;）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate&apos;s PEM private key</source>
        <translation>证书的 PEM 私钥</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--hall must be 1-16 capital letters or digits.</source>
        <translation>--hall 须为 1-16 位大写字母或数字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--listen %1 is not an IP address.</source>
        <translation>--listen %1 不是 IP 地址。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port 须为 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--max-connections must be a number from 8 to 1000000.</source>
        <translation>--max-connections 必须是 8 到 1000000 之间的数字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS needs both a certificate and its key (--tls-cert and --tls-key).</source>
        <translation>TLS 需要同时提供证书及其私钥（--tls-cert 和 --tls-key）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo tokens are public: give --tokens-file with real tokens to listen on %1.</source>
        <translation>示范令牌是公开的：要在 %1 上监听，请用 --tokens-file 提供真实令牌。</translation>
    </message>
    <message>
        <location filename="../app/onewindow-platform/platformoptions.cpp" line="+21"/>
        <source>--%1 takes a rate from 0 to 1.</source>
        <translation>--%1 的取值为 0 到 1 之间的比例。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the tokens file %1.</source>
        <translation>无法读取令牌文件 %1。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The reference central platform: the REST contract of docs/platform-api.yaml on its own SQLite, with injected faults for tests and training.</source>
        <translation>参考中心平台：以自带的 SQLite 实现 docs/platform-api.yaml 的 REST 接口，可注入故障，用于测试与培训。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>address to listen on (default 127.0.0.1)</source>
        <translation>监听地址（默认 127.0.0.1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port (default 8080; 0 picks a free one)</source>
        <translation>端口（默认 8080；0 表示自动选择空闲端口）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/onewindow-platform/platformprogram.cpp" line="+62"/>
        <source>the platform database</source>
        <translation>平台数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device token to accept (repeatable)</source>
        <translation>接受的设备令牌（可重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file of device tokens, one a line</source>
        <translation>设备令牌文件，每行一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the catalog to serve (default: the demo catalog)</source>
        <translation>提供的事项目录（默认：演示目录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move some cases one status on every N seconds, for demos</source>
        <translation>每 N 秒将部分办件推进一个状态，用于演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of requests answered 500 or 503</source>
        <translation>以 500 或 503 应答的请求比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of requests answered 429 with Retry-After</source>
        <translation>以 429 和 Retry-After 应答的请求比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds in Retry-After (default 1)</source>
        <translation>Retry-After 的秒数（默认 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delay added to every request</source>
        <translation>为每个请求增加的延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of connections reset without a reply</source>
        <translation>不应答即重置连接的比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of writes committed whose reply is then dropped</source>
        <translation>写入已提交但丢弃应答的比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random seed of the faults (default: random)</source>
        <translation>故障的随机种子（默认：随机）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serve HTTPS with this certificate (PEM)</source>
        <translation>以此证书提供 HTTPS 服务（PEM）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the private key of --tls-cert (PEM)</source>
        <translation>--tls-cert 对应的私钥（PEM）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give at least one device token (--token or --tokens-file).</source>
        <translation>请至少提供一个设备令牌（--token 或 --tokens-file）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert 与 --tls-key 须同时提供。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an IP address.</source>
        <translation>%1 不是 IP 地址。</translation>
    </message>
    <message>
        <location filename="../app/onewindow-platform/platformprogram.cpp" line="-32"/>
        <source>Cannot serve the catalog %1: %2</source>
        <translation>无法提供事项目录 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot listen on %1 port %2.</source>
        <translation>无法在 %1 的端口 %2 上监听。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>onewindow-platform listening on %1://%2:%3 (%n device token(s))</source>
        <translation>
            <numerusform>onewindow-platform 正在 %1://%2:%3 上监听（%n 个设备令牌）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Moves a case to its next status (accepted, in_progress, completed, delivered) or to the one given; the client sees it in GET /cases/changes.</source>
        <translation>将办件推进到下一状态（accepted 受理、in_progress 办理中、completed 办结、delivered 已出件）或指定状态；客户端通过 GET /cases/changes 获知。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case UUID</source>
        <translation>办件 UUID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the status to move to (default: the next one)</source>
        <translation>目标状态（默认：下一状态）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the department now handling it</source>
        <translation>当前承办部门</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>advance takes exactly one CASE.</source>
        <translation>advance 只接受一个 CASE 参数。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is now %2 (%3)</source>
        <translation>%1 现为 %2（%3）</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <location filename="../ui/dashboard/dashboardformat.cpp" line="+11"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>EscPosTicket</name>
    <message>
        <location filename="../core/print/escposticket.cpp" line="+65"/>
        <source>Priority lane</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking %1</source>
        <translation>预约 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s) ahead of you</source>
        <translation>
            <numerusform>您前面还有 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The ticket printer %1 cannot be written to: %2</source>
        <translation>无法写入取号打印机 %1：%2</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <location filename="../core/print/ticketprinter.cpp" line="+30"/>
        <source>Queue ticket %1</source>
        <translation>排队号 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <source>Cannot write the ticket to %1</source>
        <translation>无法将号票写入 %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Priority lane</source>
        <translation>绿色通道</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s) ahead of you</source>
        <translation>
            <numerusform>前面还有 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onewindow</name>
    <message>
        <location filename="../app/onewindow/roles/clerkrole.cpp" line="+45"/>
        <source>No accounts exist in %1 yet. An administrator creates one with:
onewindowctl user add NAME --role clerk --db %1</source>
        <translation>%1 中尚无任何账号。请系统管理员使用以下命令创建：
onewindowctl user add NAME --role clerk --db %1</translation>
    </message>
    <message>
        <location filename="../app/onewindow/application.cpp" line="+20"/>
        <location filename="../app/onewindow/roles/clerkrole.cpp" line="+176"/>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>无法写入日志文件 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The configuration needs fixing first (onewindowctl config check says the same):
%1</source>
        <translation>请先修正配置（onewindowctl config check 会给出同样的提示）：
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--voice takes zh, en, zh+en or off.</source>
        <translation>--voice 的取值为 zh、en、zh+en 或 off。</translation>
    </message>
    <message>
        <location filename="../app/onewindow/roles/rolesupport.cpp" line="+18"/>
        <source>--role %1 needs --hall-service URL and --hall-token-file FILE.</source>
        <translation>--role %1 需要 --hall-service URL 和 --hall-token-file FILE。</translation>
    </message>
    <message>
        <location filename="../app/onewindow/roles/ratingrole.cpp" line="+15"/>
        <source>--role rating needs --hall-window ID and that window&apos;s token.</source>
        <translation>--role rating 需要 --hall-window 窗口编号及该窗口的令牌。</translation>
    </message>
    <message>
        <location filename="../app/onewindow/roles/rolesupport.cpp" line="+20"/>
        <source>The calendar file was not loaded:
%1</source>
        <translation>日历文件未能加载：
%1</translation>
    </message>
    <message>
        <location filename="../app/onewindow/roles/clerkrole.cpp" line="-144"/>
        <source>the archived documents in %1</source>
        <translation>%1 中的归档文书</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The database could not be opened:
%1</source>
        <translation>数据库无法打开：
%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No holiday data for %1: due dates count weekends only.</source>
        <translation>缺少 %1 年的节假日数据：到期日仅按扣除周末计算。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalog could not be read:
%1</source>
        <translation>无法读取事项目录：
%1</translation>
    </message>
    <message>
        <location filename="../app/onewindow/roles/demorole.cpp" line="+89"/>
        <source>Demo District Government Service Centre</source>
        <translation>演示区政务服务中心</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The demo platform could not start:
%1</source>
        <translation>演示平台无法启动：
%1</translation>
    </message>
    <message>
        <location filename="../app/onewindow/roles/clerksetup.cpp" line="+43"/>
        <source>--platform needs --token-file with this device&apos;s token.</source>
        <translation>使用 --platform 时须以 --token-file 提供本设备的令牌。</translation>
    </message>
    <message>
        <location filename="../app/onewindow/roles/demorole.cpp" line="+4"/>
        <source>The demo hall service could not start:
%1</source>
        <translation>演示大厅服务无法启动：
%1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>OneWindow — ticket kiosk</source>
        <translation>一窗通 — 取号机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OneWindow — hall board</source>
        <translation>一窗通 — 叫号屏</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OneWindow — rating screen, %1</source>
        <translation>一窗通 — 评价器，%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OneWindow — supervisor dashboard</source>
        <translation>一窗通 — 管理看板</translation>
    </message>
    <message>
        <location filename="../app/onewindow/roles/clerksetup.cpp" line="+13"/>
        <source>--hall-service needs --hall-token-file with this window&apos;s token.</source>
        <translation>使用 --hall-service 时须以 --hall-token-file 提供本窗口的令牌。</translation>
    </message>
    <message>
        <location filename="../app/onewindow/roles/clerkrole.cpp" line="+72"/>
        <source>No catalog has been imported into %1 yet.
An administrator imports one with:
onewindowctl import-catalog FILE --db %1</source>
        <translation>%1 尚未导入事项目录。
请管理员使用以下命令导入：
onewindowctl import-catalog FILE --db %1</translation>
    </message>
    <message>
        <location filename="../app/onewindow/demo/serviceprocess.cpp" line="+37"/>
        <source>%1 could not be run: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ended before it was listening (exit code %2).
%3</source>
        <translation>%1 在开始监听之前就已退出（退出码 %2）。
%3</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 did not say it was listening within %2 seconds.</source>
        <translation>%1 在 %2 秒内没有报告已开始监听。</translation>
    </message>
</context>
<context>
    <name>onewindowctl</name>
    <message>
        <location filename="../app/onewindowctl/cmd_backup.cpp" line="+25"/>
        <source>the %1&apos;s database, schema version %2, %3 records</source>
        <translation>%1的数据库，结构版本 %2，%3 条记录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--db PATH and --%1 FILE are required, and nothing else.</source>
        <translation>需要 --db PATH 和 --%1 FILE，不能有其他参数。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writes a consistent copy of a OneWindow database (the counter&apos;s or the hall service&apos;s) while the program using it runs. The copy is owner-only, never replaces an existing file, and is checked before it gets its name; the counter&apos;s audit key is copied beside it (FILE.audit-key).</source>
        <translation>在使用它的程序运行时写出一窗通数据库（窗口或大厅服务的）的一致副本。副本仅所有者可读，绝不覆盖已有文件，在命名前先经校验；窗口的审计密钥一并复制到旁边（FILE.audit-key）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/onewindowctl/cmd_cataloglists.cpp" line="+19"/>
        <location filename="../app/onewindowctl/cmd_database.cpp" line="+21"/>
        <location filename="../app/onewindowctl/cmd_sync.cpp" line="+81"/>
        <location filename="../app/onewindowctl/cmd_user.cpp" line="+50"/>
        <source>the database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new backup file</source>
        <translation>新的备份文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>backed up %1 to %2: %3</source>
        <translation>已将 %1 备份到 %2：%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Puts a backup in place of a database. The backup is checked first (SQLite&apos;s integrity check, schema version, which program it belongs to). The program using the database must be stopped. A database holding changes the backup lacks, or a newer schema, is replaced only with --force. The replaced database is never deleted: it is kept as PATH.before-restore-TIME.</source>
        <translation>用备份替换数据库。先校验备份（SQLite 完整性检查、结构版本、所属程序）。使用该数据库的程序必须先停止。数据库含有备份中没有的变更或结构版本更新时，只有加 --force 才替换。被替换的数据库绝不删除：保留为 PATH.before-restore-TIME。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database file to restore</source>
        <translation>要恢复的数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the database even when it holds changes the backup lacks</source>
        <translation>即使数据库含有备份中没有的变更也替换</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>restored %1 from %2: %3</source>
        <translation>已从 %2 恢复 %1：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database it replaced is kept as %1</source>
        <translation>被替换的数据库保留为 %1</translation>
    </message>
    <message>
        <location filename="../app/onewindowctl/cmd_database.cpp" line="+6"/>
        <source>--db PATH is required.</source>
        <translation>必须指定 --db PATH。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imports a matter catalog (docs/catalog-format.md). A file with any error is refused whole: every error is printed as FILE:LINE: message and nothing is imported. A changed matter gets a new version; decided cases keep theirs.</source>
        <translation>导入事项目录（docs/catalog-format.md）。文件中只要有任何错误即整体拒绝导入：每个错误按 FILE:LINE: message 格式输出，且不导入任何内容。有变更的事项生成新版本；已作出决定的办件保留其原有版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog JSON file</source>
        <translation>事项目录 JSON 文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import-catalog takes exactly one FILE.</source>
        <translation>import-catalog 只接受一个 FILE 参数。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n error(s); nothing was imported.</source>
        <translation>
            <numerusform>%n 个错误；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>imported %1: %2 matters added, %3 changed (new version), %4 unchanged, %5 withdrawn; %6 material kinds, %7 bundles</source>
        <translation>已导入 %1：新增事项 %2 个，变更 %3 个（生成新版本），未变更 %4 个，撤销 %5 个；材料种类 %6 个，一件事 %7 个</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checks a database: SQLite integrity, foreign keys, and orphans (cases without matters or outbox rows, outbox rows ahead of their case) and the audit trail&apos;s hash chain. Exit 1 on any problem.</source>
        <translation>检查数据库：SQLite 完整性、外键、孤立记录（没有事项的办件、没有办件的发件箱记录、排在办件之前的发件箱记录）以及审计记录的哈希链。发现任何问题时退出码为 1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has schema version %2, newer than this program knows (%3): use a newer onewindowctl.</source>
        <translation>%1 的结构版本为 %2，高于本程序所知的版本（%3）：请使用更新的 onewindowctl。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ok: %1 is sound at schema version %2, older than this program&apos;s %3; it was not changed (the window or the hall service upgrades it when it opens it)</source>
        <translation>正常：%1 完好，结构版本 %2，低于本程序的 %3；未作任何改动（窗口程序或大厅服务打开时会升级它）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ok: %1 is clean (schema version %2)</source>
        <translation>正常：%1 检查无问题（schema 版本 %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Makes N realistic decisions through the real checklist engine on the catalog in the database (varied applicants, matters, bundles, situations and outcomes). If the database has no catalog, the demo catalog is imported first.</source>
        <translation>基于数据库中的事项目录，通过真实的材料清单引擎生成 N 个逼真的受理决定（申请人、事项、一件事、情形和结果各不相同）。如果数据库中没有事项目录，则先导入演示事项目录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>how many decisions (default 100)</source>
        <translation>受理决定数量（默认 100）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random seed, for the same data again</source>
        <translation>随机种子，用于再次生成相同的数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hall code in the case numbers (default DEMO)</source>
        <translation>办件编号中的大厅代码（默认 DEMO）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of windows taking cases (default 6)</source>
        <translation>受理办件的窗口数（默认 6）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spread over this many working days up to today (default 10)</source>
        <translation>分布在截至今天的最近若干个工作日内（默认 10）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mark every revision confirmed by the platform a minute after it was made (for benchmarks; the demo&apos;s platform then never receives them)</source>
        <translation>将每个版本标记为平台在其生成一分钟后已确认（用于基准测试；演示平台因此不会收到这些案件）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--cases, --seed, --windows (1-99) and --days need whole numbers; --hall a code.</source>
        <translation>--cases、--seed、--windows（1-99）和 --days 须为整数；--hall 须为代码。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>imported the demo catalog: %1 matters, %2 bundles</source>
        <translation>已导入演示事项目录：事项 %1 个，一件事 %2 个</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>seed-demo stopped after %n decision(s): </source>
        <translation>
            <numerusform>seed-demo 在生成 %n 个受理决定后停止：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 decisions in %2 ms: %3 accepted, %4 accepted with deficiency, %5 one-time notices, %6 not accepted; %7 bundles, %8 organisations, %9 second trips</source>
        <translation>%2 毫秒内生成 %1 个受理决定：受理 %3 件，容缺受理 %4 件，一次性告知 %5 件，不予受理 %6 件；一件事 %7 件，企业申请 %8 件，二次跑动 %9 次</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 supplements brought back, %2 checklist lines reused from earlier cases</source>
        <translation>补齐材料 %1 次，复用既往办件的材料清单条目 %2 项</translation>
    </message>
    <message>
        <location filename="../app/onewindowctl/cmd_identifiers.cpp" line="+13"/>
        <source>Validates a resident ID number (GB 11643) or a unified social credit code (GB 32100).
Exit 0 when valid, 1 with the reason when not.</source>
        <translation>校验居民身份证号码（GB 11643）或统一社会信用代码（GB 32100）。
有效时退出码为 0；无效时退出码为 1 并输出原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number to check</source>
        <translation>要校验的号码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check-id takes exactly one VALUE.</source>
        <translation>check-id 只接受一个 VALUE 参数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prints the due date (YYYY-MM-DD): the Nth working day after the start day, which itself is not counted.</source>
        <translation>输出到期日（YYYY-MM-DD）：起始日之后的第 N 个工作日，起始日本身不计入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start day, YYYY-MM-DD</source>
        <translation>起始日，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>number of working days</source>
        <translation>工作日数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a calendar file (docs/calendar-format.md); its year replaces or adds to the built-in years; may be repeated</source>
        <translation>日历文件（docs/calendar-format.md）；其年份替换或补充内置年份；可重复指定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>count ordinary Saturdays as working days (5+X)</source>
        <translation>将普通周六计为工作日（5+X）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--from needs a real date as YYYY-MM-DD, got &quot;%1&quot;.</source>
        <translation>--from 须为 YYYY-MM-DD 格式的有效日期，实际为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--working-days needs a whole number from 0 to 3650, got &quot;%1&quot;.</source>
        <translation>--working-days 须为 0 到 3650 之间的整数，实际为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>warning: no holiday data for %1; counted weekends only.</source>
        <translation>警告：缺少 %1 年的节假日数据；仅扣除了周末。</translation>
    </message>
    <message>
        <location filename="../app/onewindowctl/main.cpp" line="+15"/>
        <source>Validate a resident ID number or a unified social credit code</source>
        <translation>校验居民身份证号码或统一社会信用代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Nth working day after a date, by the working-day calendar</source>
        <translation>按工作日日历计算某日期之后的第 N 个工作日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a matter catalog (JSON) into a database</source>
        <translation>将事项目录（JSON）导入数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a database: integrity, foreign keys, orphans</source>
        <translation>检查数据库：完整性、外键、孤立记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill a database with realistic demo decisions</source>
        <translation>向数据库填充逼真的演示受理决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage accounts: add, passwd, disable, enable, unlock, list</source>
        <translation>管理账号：add、passwd、disable、enable、unlock、list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hall&apos;s daily or period report as PDF or CSV</source>
        <translation>生成大厅日报或期间报表（PDF 或 CSV）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog&apos;s instant, online, nearby and one-trip lists as PDF or CSV</source>
        <translation>事项目录的马上办、网上办、就近办、一次办清单（PDF 或 CSV）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the audit trail&apos;s hash chain (verify)</source>
        <translation>校验审计记录的哈希链（verify）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the retention policy (--dry-run: say what it would remove)</source>
        <translation>执行保存期限策略（--dry-run：只说明将删除什么）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy a running program&apos;s database consistently (--db PATH --to FILE)</source>
        <translation>一致地复制运行中程序的数据库（--db PATH --to FILE）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put a checked backup in place of a database (--db PATH --from FILE)</source>
        <translation>用校验过的备份替换数据库（--db PATH --from FILE）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check onewindow&apos;s configuration files (check [FILE...])</source>
        <translation>检查 onewindow 的配置文件（check [文件...]）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provision a hall: init, add-device, revoke-device (device tokens), tls (certificates)</source>
        <translation>为大厅开通设备：init、add-device、revoke-device（设备令牌），tls（证书）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: onewindowctl COMMAND [options]</source>
        <translation>用法：onewindowctl COMMAND [options]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run &apos;onewindowctl COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;onewindowctl COMMAND --help&apos; 查看该命令的选项。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <location filename="../app/onewindowctl/cmd_user.cpp" line="-5"/>
        <source>Manages accounts: user add NAME --role clerk|supervisor|administrator [--display-name TEXT], user passwd NAME, user disable NAME, user enable NAME, user unlock NAME, user list. Passwords are read from standard input (without echo at a terminal), never from the command line.</source>
        <translation>管理账号：user add NAME --role clerk|supervisor|administrator [--display-name TEXT]，user passwd NAME，user disable NAME，user enable NAME，user unlock NAME，user list。密码从标准输入读取（在终端中输入时不回显），绝不从命令行读取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add, passwd, disable, enable, unlock or list</source>
        <translation>add、passwd、disable、enable、unlock 或 list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clerk, supervisor or administrator</source>
        <translation>clerk（窗口人员）、supervisor（大厅管理员）或 administrator（系统管理员）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name shown and printed</source>
        <translation>界面显示及文书打印所用的姓名</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: onewindowctl user ACTION [NAME] --db PATH (see --help).</source>
        <translation>用法：onewindowctl user ACTION [NAME] --db PATH（详见 --help）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown role %1: use clerk, supervisor or administrator.</source>
        <translation>未知角色 %1：请使用 clerk、supervisor 或 administrator。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown action %1.</source>
        <translation>未知操作 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done: %1 %2</source>
        <translation>已完成：%1 %2</translation>
    </message>
    <message>
        <location filename="../app/onewindowctl/cmd_report.cpp" line="+30"/>
        <source>--%1: &apos;%2&apos; is not a date; expected YYYY-MM-DD, e.g. 2026-11-27.</source>
        <translation>--%1：“%2”不是日期，应为 YYYY-MM-DD，如 2026-11-27。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Writes the hall&apos;s daily or period report — queue, cases, time limits and the reform figures per window and per matter — as PDF or CSV, from the hall service&apos;s tickets and case summaries. Exit 0 when the report is written, 1 when the hall refused a request or the file could not be written, 2 on bad options, 3 when the hall service could not be reached.</source>
        <translation>根据大厅服务的号票和办件摘要，生成大厅日报或期间报表（排队、办件、时限，以及按窗口、按事项的改革指标），格式为 PDF 或 CSV。报表写成时退出码为 0；大厅拒绝请求或文件无法写入时为 1；参数错误时为 2；无法连接大厅服务时为 3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first day (YYYY-MM-DD)</source>
        <translation>起始日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last day, included (default: --from, a daily report)</source>
        <translation>截止日，含当日（默认同 --from，即日报）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdf or csv (default: the --out file&apos;s suffix)</source>
        <translation>pdf 或 csv（默认按 --out 文件的扩展名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the hall service&apos;s address, e.g. http://hall-pc:8790</source>
        <translation>大厅服务地址，如 http://hall-pc:8790</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file holding a supervisor token of the hall service</source>
        <translation>存放大厅服务管理员令牌的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hall&apos;s time zone, for the hours (default Asia/Shanghai)</source>
        <translation>大厅所在时区，用于按小时统计（默认 Asia/Shanghai）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an extra working-day calendar file, for a year not built in</source>
        <translation>额外的工作日历文件，用于未内置的年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds a request may take (default 60)</source>
        <translation>单个请求的超时秒数（默认 60）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report needs --from DAY, --out FILE, --hall-service URL and --hall-token-file FILE.</source>
        <translation>report 需要 --from 日期、--out 文件、--hall-service 地址和 --hall-token-file 文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 早于 --from %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A report covers at most %1 days; %2 to %3 is %4.</source>
        <translation>一份报表最多覆盖 %1 天；%2 至 %3 为 %4 天。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format must be pdf or csv.</source>
        <translation>--format 必须为 pdf 或 csv。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--hall-service: &apos;%1&apos; is not an http(s) address.</source>
        <translation>--hall-service：“%1”不是 http(s) 地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--time-zone: unknown time zone &apos;%1&apos;.</source>
        <translation>--time-zone：未知时区“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/onewindowctl/cmd_sync.cpp" line="-59"/>
        <source>Cannot read the token file %1.</source>
        <translation>无法读取令牌文件 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>warning: the working-day calendar has no data for %1; due dates count weekends only.</source>
        <translation>警告：工作日历没有 %1 年的数据，到期日仅按周末计算。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot reach the hall service at %1: %2</source>
        <translation>无法连接位于 %1 的大厅服务：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hall service refused the request (HTTP %1, %2): %3</source>
        <translation>大厅服务拒绝了请求（HTTP %1，%2）：%3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 — %3 tickets, %4 case summaries</source>
        <translation>%1：%2 — %3 张号票，%4 条办件摘要</translation>
    </message>
    <message>
        <location filename="../app/onewindowctl/cmd_sync.cpp" line="+9"/>
        <source>platform: %1</source>
        <translation>平台：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cases: %1 delivered (%2 the platform already had), %3 to retry later, %4 refused</source>
        <translation>办件：已送达 %1 件（其中平台已有 %2 件），%3 件稍后重试，%4 件被拒收</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ratings: %1 delivered, %2 to retry later, %3 refused</source>
        <translation>评价：已送达 %1 条，%2 条稍后重试，%3 条被拒收</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>catalog: imported, %1 matters added, %2 changed (new version), %3 withdrawn</source>
        <translation>事项目录：已导入，新增 %1 项，变更 %2 项（新版本），撤销 %3 项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>catalog: unchanged</source>
        <translation>事项目录：无变化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>catalog: not checked</source>
        <translation>事项目录：未检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status changes: %1 received, %2 applied</source>
        <translation>状态变更：收到 %1 条，应用 %2 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status changes: more remain on the platform; the next round reads on</source>
        <translation>状态变更：平台上还有更多，下一轮继续读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now: %1 waiting to be sent, %2 refused (parked), %3 ready for pick-up</source>
        <translation>当前：待发送 %1 件，被拒收（搁置）%2 件，已出件待取 %3 件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refused: %1 %2: %3</source>
        <translation>被拒收：%1 %2：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Runs one full sync round with the central platform: sends the cases and ratings waiting in the outbox (each at most once), then fetches the catalog and the status changes. Exit 0 when all went well, 1 when the platform refused something (parked, listed here), 3 when it could not be reached, the round was cut short, or something is left to retry.</source>
        <translation>与中心平台完整同步一轮：发送发件箱中待发的办件和评价（每项最多一次），然后获取事项目录和状态变更。全部成功时退出码为 0；平台拒收了某些内容（已搁置，列于此处）时为 1；无法连接平台、本轮中途停止或仍有待重试的内容时为 3。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>seconds one request may take in all, however the answer trickles in (default 60)</source>
        <translation>单个请求总共允许的秒数，无论应答如何缓慢到达（默认 60）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>allow a plain http:// platform address (demo and training only: the token and the data travel unencrypted)</source>
        <translation>允许使用明文 http:// 平台地址（仅限演示和培训：令牌和数据将以未加密方式传输）</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>one round, then exit (required)</source>
        <translation>同步一轮后退出（必填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform&apos;s API address, e.g. https://platform.example/api/v1</source>
        <translation>平台接口地址，例如 https://platform.example/api/v1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this device&apos;s token (visible to other users: prefer --token-file)</source>
        <translation>本设备的令牌（其他用户可见，建议使用 --token-file）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file holding this device&apos;s token</source>
        <translation>保存本设备令牌的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra CA certificates to trust (PEM)</source>
        <translation>额外信任的 CA 证书（PEM）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>sync needs --once, --db PATH, --platform URL and one of --token or --token-file.</source>
        <translation>sync 需要 --once、--db PATH、--platform URL，以及 --token 或 --token-file 之一。</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n send(s) interrupted by an earlier run queued again</source>
        <translation>
            <numerusform>上次运行中断的 %n 次发送已重新排队</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/onewindowctl/main.cpp" line="-58"/>
        <source>Sync with the central platform: one round (--once)</source>
        <translation>与中心平台同步：执行一轮（--once）</translation>
    </message>
    <message>
        <location filename="../app/onewindowctl/ctlsupport.cpp" line="+53"/>
        <source>set up a new database even in an existing empty file (never needed for a file that does not exist yet)</source>
        <translation>即使文件已存在且为空，也在其中新建数据库（文件尚不存在时无需此项）</translation>
    </message>
    <message>
        <location filename="../app/onewindowctl/cmd_audit.cpp" line="+16"/>
        <source>audit verify: checks that no audit row was changed, removed, moved or added behind the program&apos;s back. Prints one line; exit 0 when the trail is intact, 1 when it is broken (the line names the first broken row), 3 when it cannot be checked.</source>
        <translation>audit verify：检查审计记录是否在程序之外被修改、删除、移动或添加。输出一行；记录完好时退出码 0，已被破坏时为 1（该行指出第一条被破坏的记录），无法检查时为 3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file (default: the counter&apos;s own)</source>
        <translation>数据库文件（默认：本窗口的数据库）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: onewindowctl audit verify [--database PATH] (see --help).</source>
        <translation>用法：onewindowctl audit verify [--database 路径]（参见 --help）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is at schema version %2, before the audit trail was chained (11): nothing to verify yet.</source>
        <translation>%1 的结构版本为 %2，早于审计记录成链的版本（11）：尚无可校验的内容。</translation>
    </message>
    <message>
        <location filename="../app/onewindowctl/cmd_retention.cpp" line="+18"/>
        <source>Applies the retention policy: empties delivered payloads, removes the personal data of applicants no open case needs and the archived documents of closed cases, and gives the space back. Nothing pending, parked or open is touched. The days come from the window&apos;s settings (group &quot;retention&quot;) unless given here. A real run first rewrites a store made by an older version once, which takes minutes on a large store: run it out of hours.</source>
        <translation>执行保存期限策略：清空已送达的报文，删除没有在办办件需要的申请人个人信息和已办结办件的归档文书，并回收空间。待发送、暂存或在办的内容一概不动。天数取自窗口设置（“retention”组），除非在此指定。正式运行时会先将旧版本建立的数据库重写一次，大型数据库需要数分钟：请在非办公时间运行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>say what would be removed; change nothing</source>
        <translation>说明将删除什么，不做任何更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file (default: the window&apos;s)</source>
        <translation>数据库文件（默认：本窗口的数据库）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder of archived documents (default: the window&apos;s)</source>
        <translation>归档文书所在文件夹（默认：本窗口的文件夹）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days a delivered revision is kept</source>
        <translation>已交付的版本保留的天数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days an applicant&apos;s personal data is kept after their last case closed</source>
        <translation>申请人最后一件办件办结后其个人信息的保留天数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days the archived documents of a closed case are kept</source>
        <translation>已办结办件归档文书的保留天数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--%1 takes a number of days (1 or more).</source>
        <translation>--%1 需要一个天数（1 或以上）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../app/onewindowctl/cmd_cataloglists.cpp" line="-2"/>
        <source>Writes the catalog&apos;s matter lists (instant, online, nearby, one trip) and its online availability (网上可办率) as CSV (UTF-8 with BOM) or PDF, from the catalog imported into the database.</source>
        <translation>根据导入数据库的事项目录，输出事项清单（马上办、网上办、就近办、一次办）及网上可办率，格式为 CSV（带 BOM 的 UTF-8）或 PDF。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file to write: .csv or .pdf</source>
        <translation>要写入的文件：.csv 或 .pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the hall&apos;s name at the top of the PDF</source>
        <translation>PDF 顶部的大厅名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--db PATH and --out FILE are required.</source>
        <translation>需要 --db PATH 和 --out FILE。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out must end in .csv or .pdf.</source>
        <translation>--out 必须以 .csv 或 .pdf 结尾。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds no catalog: import one first (onewindowctl import-catalog).</source>
        <translation>%1 中没有事项目录：请先导入（onewindowctl import-catalog）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 matters; instant %3, online %4, nearby %5, one trip %6; online availability %7</source>
        <translation>%1：%2 个事项；马上办 %3，网上办 %4，就近办 %5，一次办 %6；网上可办率 %7</translation>
    </message>
    <message>
        <location filename="../app/onewindowctl/cmd_config.cpp" line="+16"/>
        <source>config check: validates onewindow&apos;s configuration files. Without FILE it checks %1 and %2, those that exist. Prints one line per problem (FILE:LINE: key: message); exit 0 when all is well, 1 otherwise.</source>
        <translation>config check：检查 onewindow 的配置文件。不指定文件时检查 %1 和 %2 中存在的文件。每个问题输出一行（文件:行: 键: 说明）；全部无误时退出码为 0，否则为 1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the files to check</source>
        <translation>要检查的文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: onewindowctl config check [FILE...]</source>
        <translation>用法：onewindowctl config check [文件...]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: fine; settings: %2</source>
        <translation>%1：无误；设置项：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No configuration file: onewindow runs on its defaults and its command line.</source>
        <translation>没有配置文件：onewindow 使用默认值和命令行参数运行。</translation>
    </message>
    <message>
        <location filename="../app/onewindowctl/cmd_hall.cpp" line="+18"/>
        <location line="+80"/>
        <source>the hall code, 1-16 capital letters and digits</source>
        <translation>大厅代码，1 至 16 位大写字母和数字</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>the hall&apos;s name</source>
        <translation>大厅名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address the PCs reach the hall service at, e.g. https://hall.lan:8790</source>
        <translation>各台电脑访问大厅服务的地址，例如 https://hall.lan:8790</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number of counters (1-99)</source>
        <translation>窗口数量（1-99）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number of ticket kiosks</source>
        <translation>取号机数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number of call boards</source>
        <translation>叫号屏数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number of supervisor dashboards</source>
        <translation>大厅管理看板数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an empty folder to write the hall&apos;s files into</source>
        <translation>用于写入大厅文件的空文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>serve https: make a hall CA and a certificate for this host name (the --service address&apos;s)</source>
        <translation>提供 https：为此主机名（--service 地址中的主机名）生成大厅 CA 和证书</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hall init needs --code, --service, --windows and --out.</source>
        <translation>hall init 需要 --code、--service、--windows 和 --out。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+60"/>
        <source>the service&apos;s tokens file</source>
        <translation>大厅服务的令牌文件</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>the new device&apos;s name, e.g. counter-12</source>
        <translation>新设备的名称，例如 counter-12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kiosk, window, board or supervisor</source>
        <translation>kiosk、window、board 或 supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a window token&apos;s window, e.g. W12</source>
        <translation>窗口令牌对应的窗口，例如 W12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder for the device&apos;s token file</source>
        <translation>存放设备令牌文件的文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hall add-device needs --tokens, --device, --role and --out.</source>
        <translation>hall add-device 需要 --tokens、--device、--role 和 --out。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has a new token in %2; its digest is in %3. Restart the hall service for it to count.</source>
        <translation>%1 的新令牌已写入 %2，其摘要已写入 %3。重启大厅服务后生效。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the host name or IP address the PCs reach the service at</source>
        <translation>各台电脑访问服务所用的主机名或 IP 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another name or address of the service (repeatable)</source>
        <translation>服务的其他名称或地址（可重复）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder for hall-ca.pem, hall.crt and hall.key</source>
        <translation>存放 hall-ca.pem、hall.crt 和 hall.key 的文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hall tls needs --code, --host and --out.</source>
        <translation>hall tls 需要 --code、--host 和 --out。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hall CA %1 goes to every PC (/etc/onewindow/hall-ca.pem, ca-file in onewindow.conf); %2 and %3 go to the server (/etc/onewindow/hall.crt and hall.key, &quot;tls&quot; in hall.json). The CA&apos;s key was destroyed after signing.</source>
        <translation>大厅 CA %1 分发到每台电脑（/etc/onewindow/hall-ca.pem，即 onewindow.conf 中的 ca-file）；%2 和 %3 安装到服务器（/etc/onewindow/hall.crt 和 hall.key，即 hall.json 中的 &quot;tls&quot;）。CA 私钥在签发后已销毁。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the device whose token is revoked</source>
        <translation>要吊销令牌的设备</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hall revoke-device needs --tokens and --device.</source>
        <translation>hall revoke-device 需要 --tokens 和 --device。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token of %1 is revoked. Restart the hall service (systemctl restart onewindow-hall) for it to take effect.</source>
        <translation>%1 的令牌已吊销。重启大厅服务（systemctl restart onewindow-hall）后生效。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>hall init: the files of a new hall (the service&apos;s config, the digests of its device tokens, each device&apos;s token and config) and the enrolment sheet. hall add-device / revoke-device: one device&apos;s token more or less in the service&apos;s tokens file. hall tls: a hall CA and the service&apos;s certificate.</source>
        <translation>hall init：生成新大厅的文件（服务配置、设备令牌摘要、每台设备的令牌和配置）以及设备登记单。hall add-device / revoke-device：在服务的令牌文件中增加或吊销一台设备的令牌。hall tls：生成大厅 CA 和服务证书。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>init, add-device, revoke-device or tls</source>
        <translation>init、add-device、revoke-device 或 tls</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: onewindowctl hall init|add-device|revoke-device|tls [options]</source>
        <translation>用法：onewindowctl hall init|add-device|revoke-device|tls [选项]</translation>
    </message>
</context>
<context>
    <name>ow::Accounts</name>
    <message>
        <location filename="../core/security/accounts.cpp" line="+48"/>
        <source>Window clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>大厅管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A user name has 3 to 32 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>用户名须为 3 至 32 个字符，只能使用小写字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>The user name or the password is wrong, or this account may not sign in now. After %n wrong password(s) an account is locked for %1 minutes; an administrator can unlock it.</source>
        <translation>
            <numerusform>用户名或密码错误，或该账号当前不能登录。连续输错密码 %n 次后账号将被锁定 %1 分钟；管理员可以解锁。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The user %1 exists already.</source>
        <translation>用户 %1 已存在。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+14"/>
        <source>There is no user %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
</context>
<context>
    <name>ow::AlertLimitsDialog</name>
    <message>
        <location filename="../ui/dashboard/alertlimitsdialog.cpp" line="+22"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> tickets</source>
        <translation> 张</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> cases</source>
        <translation> 件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert limits</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ticket has waited</source>
        <translation>号票等候时长达到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ticket has been at a window</source>
        <translation>号票在窗口办理时长达到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets waiting for one service</source>
        <translation>单项业务等候人数达到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases of a window not yet synced</source>
        <translation>单个窗口未同步办件数达到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An alert is raised when a value reaches its limit; 0 turns it off.</source>
        <translation>数值达到阈值即发出预警；设为 0 则关闭该项预警。</translation>
    </message>
</context>
<context>
    <name>ow::AlertsModel</name>
    <message>
        <location filename="../ui/dashboard/alertsmodel.cpp" line="+11"/>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 waited %2; waiting past %3: %4</source>
        <translation>%1 已等候 %2；等候超过 %3 的共 %4 张</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at the window for %2 (limit %3)</source>
        <translation>%1 已在窗口办理 %2（阈值 %3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 waiting (limit %2)</source>
        <translation>%1 人等候（阈值 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cases not yet synced with the platform (limit %2)</source>
        <translation>%1 件尚未同步至平台（阈值 %2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 waited %2</source>
        <translation>%1 已等候 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 for %2</source>
        <translation>%1 已办理 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 waiting</source>
        <translation>%1 人等候</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not synced</source>
        <translation>%1 件未同步</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts (%1): %2</source>
        <translation>预警（%1）：%2</translation>
    </message>
</context>
<context>
    <name>ow::ApplicantPanel</name>
    <message>
        <location filename="../ui/intake/applicantpanel.cpp" line="+28"/>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resident ID number or unified social credit code</source>
        <translation>居民身份证号码或统一社会信用代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked as you type: check character, birth date, alphabet (Ctrl+I)</source>
        <translation>输入时即时校验：校验码、出生日期、字符范围（Ctrl+I）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;ID number:</source>
        <translation>证件号码(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>姓名/名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type or scan the applicant&apos;s ID number.</source>
        <translation>请输入或扫描申请人的证件号码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Valid unified social credit code (organisation)</source>
        <translation>统一社会信用代码有效（单位申请人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid resident ID (born %1)</source>
        <translation>居民身份证号码有效（出生日期 %1）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> · known applicant: details filled in</source>
        <translation> · 已有申请人信息：已自动填入</translation>
    </message>
</context>
<context>
    <name>ow::Audit</name>
    <message>
        <location filename="../core/security/auditchain.cpp" line="+94"/>
        <source>The audit key %1 is missing.</source>
        <translation>缺少审计密钥 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the audit key %1: %2</source>
        <translation>无法读取审计密钥 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit key %1 is not a key.</source>
        <translation>%1 不是有效的审计密钥。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write the audit key %1: %2</source>
        <translation>无法写入审计密钥 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>The audit trail is intact: %n row(s) verified.</source>
        <translation>
            <numerusform>审计记录完好：已校验 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/security/auditquery.cpp" line="+106"/>
        <location line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Row</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../core/security/auditverify.cpp" line="+70"/>
        <source>Cannot read the audit trail&apos;s head: %1</source>
        <translation>无法读取审计记录链头：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the audit trail: %1</source>
        <translation>无法读取审计记录：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Audit row %1 has no hash: it was written or changed outside OneWindow.</source>
        <translation>第 %1 条审计记录没有哈希：它是在一窗通之外写入或修改的。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit row %1 is chained but rows before it are not.</source>
        <translation>第 %1 条审计记录已成链，但其之前的记录没有。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit row %1 follows removed rows, and %2</source>
        <translation>第 %1 条审计记录之前有记录被删除，并且 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rows before audit row %1 were removed without a signed checkpoint.</source>
        <translation>第 %1 条审计记录之前的记录在没有签名检查点的情况下被删除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit row %1 is out of order (place %2 after %3).</source>
        <translation>第 %1 条审计记录顺序错乱（位置 %2 排在 %3 之后）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit row at place %2 before row %1 is missing, or rows were moved.</source>
        <translation>第 %1 条审计记录之前位置 %2 的记录缺失，或记录被移动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit row %1 was changed after it was written.</source>
        <translation>第 %1 条审计记录在写入后被修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit row %1 is a checkpoint without a valid signature.</source>
        <translation>第 %1 条审计记录是检查点，但签名无效。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audit trail&apos;s signed head is missing.</source>
        <translation>审计记录的签名链头缺失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail&apos;s head cannot be checked: %1</source>
        <translation>无法检查审计记录的链头：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit trail&apos;s head is not signed with this device&apos;s key.</source>
        <translation>审计记录的链头不是用本设备的密钥签名的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit row %1 was added after the last signed row.</source>
        <translation>第 %1 条审计记录是在最后一条签名记录之后添加的。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The last %n audit row(s) are missing: the trail ends at place %1, the signed head at %2.</source>
        <translation>
            <numerusform>最后 %n 条审计记录缺失：记录止于位置 %1，签名链头在 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail was rewritten: its last row is not the one the signed head names.</source>
        <translation>审计记录被重写：其最后一条记录不是签名链头所指的那条。</translation>
    </message>
</context>
<context>
    <name>ow::AuditModel</name>
    <message>
        <location filename="../ui/dashboard/auditmodel.cpp" line="+54"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account added</source>
        <translation>新增账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account disabled</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account enabled</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account unlocked</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>受理决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement</source>
        <translation>补齐材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override</source>
        <translation>例外放行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-over</source>
        <translation>出件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number shown</source>
        <translation>查看身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old rows removed (checkpoint)</source>
        <translation>删除旧记录（检查点）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit key replaced</source>
        <translation>更换审计密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit head rebuilt</source>
        <translation>重建审计链头</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrong password, %1 in a row</source>
        <translation>密码错误，连续第 %1 次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account has this name</source>
        <translation>没有这个用户名的账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is disabled</source>
        <translation>账号已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is locked</source>
        <translation>账号已锁定</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ow::AuditPage</name>
    <message>
        <location filename="../ui/dashboard/auditpage.cpp" line="+47"/>
        <location line="+1"/>
        <source>any day</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify chain</source>
        <translation>校验记录链</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Chain verified: %n row(s), none changed, removed or added.</source>
        <translation>
            <numerusform>记录链校验通过：%n 条，无修改、删除或添加。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain broken: %1</source>
        <translation>记录链已被破坏：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Export the audit rows</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
</context>
<context>
    <name>ow::BadRatingsModel</name>
    <message>
        <location filename="../ui/dashboard/badratingsmodel.cpp" line="+13"/>
        <source>Ticket</source>
        <translation>票号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rated on</source>
        <translation>评价日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reasons</source>
        <translation>差评原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called back</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectified</source>
        <translation>整改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rectified late</source>
        <translation>逾期整改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left</source>
        <translation>剩 %1 天</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ow::BadRatingsPage</name>
    <message>
        <location filename="../ui/dashboard/badratingspage.cpp" line="+29"/>
        <source>Record call-back…</source>
        <translation>登记回访…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record rectification…</source>
        <translation>登记整改…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The bad ratings could not be read from the hall: %1</source>
        <translation>无法从大厅服务读取差评：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Last %n day(s): satisfaction %1 (%2 of %3 ratings were 4 or 5) · bad ratings %4 · called back %5 · rectified %6 (%7, %8 in time) · overdue %9</source>
        <translation>
            <numerusform>近 %n 天：满意率 %1（%3 个评价中 %2 个为 4 或 5 分）· 差评 %4 · 已回访 %5 · 已整改 %6（%7，按期 %8）· 逾期 %9</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose a bad rating in the list first.</source>
        <translation>请先在列表中选择一条差评。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call-back</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did the applicant say when called back?</source>
        <translation>回访时申请人的意见是什么？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was put right, and by whom?</source>
        <translation>整改了什么，由谁整改？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not recorded: %1</source>
        <translation>未能登记：%1</translation>
    </message>
</context>
<context>
    <name>ow::BoardWidget</name>
    <message>
        <location filename="../ui/queue/boardwidget.cpp" line="+23"/>
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+59"/>
        <source>Please wait to be called</source>
        <translation>请等候叫号</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%1: %n waiting</source>
        <translation>
            <numerusform>%1：%n 人等候</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (next %1)</source>
        <translation>（下一位 %1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>offline: the calls shown may be out of date</source>
        <translation>离线：显示的叫号可能不是最新</translation>
    </message>
</context>
<context>
    <name>ow::BookingCodePad</name>
    <message>
        <location filename="../ui/queue/kioskcheckin.cpp" line="+21"/>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Booking code</source>
        <translation>预约码</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>⌫ Delete</source>
        <translation>⌫ 删除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Booking check-in: type the code of your booking</source>
        <translation>预约签到：请输入您的预约码</translation>
    </message>
</context>
<context>
    <name>ow::BookingSlotsModel</name>
    <message>
        <location filename="../ui/dashboard/bookingsmodel.cpp" line="+25"/>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booked</source>
        <translation>已约</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>ow::BookingsModel</name>
    <message>
        <location line="-11"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Booking code</source>
        <translation>预约码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ow::BookingsPage</name>
    <message>
        <location filename="../ui/dashboard/bookingspage.cpp" line="+48"/>
        <source>Book the selected slot</source>
        <translation>预约所选时段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to the selected slot</source>
        <translation>改约到所选时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+193"/>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+17"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Mobile or landline with area code</source>
        <translation>手机号或带区号的固定电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking code, phone or name</source>
        <translation>预约码、电话或姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SMS to send appears here after booking.</source>
        <translation>预约成功后，这里显示要发送的短信。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The slots could not be read from the hall: %1</source>
        <translation>无法从大厅读取时段：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The bookings could not be read from the hall: %1</source>
        <translation>无法从大厅读取预约：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a slot with free places first.</source>
        <translation>请先选择一个有余额的时段。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Booked</source>
        <translation>预约成功</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a booking in the list and a slot above first.</source>
        <translation>请先在列表中选择一条预约，并在上方选择时段。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved</source>
        <translation>已改约</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a booking in the list first.</source>
        <translation>请先在列表中选择一条预约。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel booking %1 of %2, %3 %4? Its place goes to others.</source>
        <translation>确定取消%2的预约 %1（%3 %4）吗？该名额将让给他人。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled</source>
        <translation>已取消预约</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
</context>
<context>
    <name>ow::CallTicketDialog</name>
    <message>
        <location filename="../ui/dashboard/callticketdialog.cpp" line="+20"/>
        <source>Call a ticket to %1</source>
        <translation>指定号票到 %1 办理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ticket number, e.g. A017</source>
        <translation>号码，如 A017</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1  %2  waiting %n min</source>
        <translation>
            <numerusform>%1  %2  已等候 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting tickets, in queue order:</source>
        <translation>等候中的号票（按排队顺序）：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is still at the window: the hall refuses the call until the clerk completes it.</source>
        <translation>%1 仍在窗口办理：窗口人员办结之前，大厅不接受新的呼叫。</translation>
    </message>
</context>
<context>
    <name>ow::CallingPanel</name>
    <message>
        <location filename="../ui/queue/outcomebox.cpp" line="+14"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with deficiency (容缺受理)</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time notice (一次告知)</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents collected</source>
        <translation>已取件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/queue/callingpanel.cpp" line="+82"/>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>No ticket at the window</source>
        <translation>当前窗口无人办理</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Call &amp;selected</source>
        <translation>叫选中号(&amp;S)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Waiting, in calling order:</source>
        <translation>等候（按叫号顺序）：</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Call next</source>
        <translation>叫下一位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>转移…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note from the transfer: %1</source>
        <translation>转办备注：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Serving for %1:%2</source>
        <translation>已办理 %1:%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>offline: intake still works; call people in by hand</source>
        <translation>离线：受理照常进行，请人工叫号</translation>
    </message>
    <message>
        <location filename="../ui/queue/callingpanel_actions.cpp" line="+23"/>
        <source>The queue service did not answer.</source>
        <translation>排队叫号服务无响应。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Called %1</source>
        <translation>已呼叫 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nobody is waiting.</source>
        <translation>当前无人等候。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Called %1 again</source>
        <translation>已重呼 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not come</source>
        <translation>%1 过号</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>%1 done</source>
        <translation>%1 办结</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Window open again</source>
        <translation>窗口已恢复服务</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Window paused</source>
        <translation>窗口已暂停服务</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 transferred to %2</source>
        <translation>%1 已转至 %2</translation>
    </message>
</context>
<context>
    <name>ow::Case</name>
    <message>
        <location filename="../core/domain/case.cpp" line="+48"/>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept with deficiency</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time notice</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting supplement</source>
        <translation>待补齐材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified of missing materials</source>
        <translation>已一次性告知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for pick-up</source>
        <translation>已出件待取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation>已出件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To collect</source>
        <translation>待收取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reused</source>
        <translation>免提交（复用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By data sharing</source>
        <translation>数据共享获取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deficiency allowed</source>
        <translation>可容缺（后补）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced by commitment</source>
        <translation>以承诺代替</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>By post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick up at the window</source>
        <translation>窗口领取</translation>
    </message>
</context>
<context>
    <name>ow::CaseDesk</name>
    <message>
        <location filename="../core/workflow/casedesk.cpp" line="+17"/>
        <source>Saved here</source>
        <translation>已保存（待上报）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>上报中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the platform</source>
        <translation>平台退回</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>This window no longer keeps the applicant&apos;s ID number (removed after the retention period).</source>
        <translation>本窗口已不再保存申请人的证件号码（保存期满后已删除）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit trail is not open, so the ID number is not shown.</source>
        <translation>审计日志未打开，因此不显示证件号码。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Case %1: %2</source>
        <translation>办件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::CaseDetails</name>
    <message>
        <location filename="../core/workflow/casedetails.cpp" line="+69"/>
        <source>Collected on %1</source>
        <translation>%1 收取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected</source>
        <translation>已收取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reused from an earlier case (collected %1)</source>
        <translation>复用以往办件的材料（%1 收取）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reused from case %1</source>
        <translation>复用办件 %1 的材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sharing</source>
        <translation>数据共享</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed until %1</source>
        <translation>容缺，%1 前补齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not brought</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, not brought</source>
        <translation>选交，未提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced by the applicant&apos;s commitment (告知承诺制)</source>
        <translation>以申请人承诺代替（告知承诺制）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accepted by the platform</source>
        <translation>平台已受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result at the hall</source>
        <translation>结果已到大厅</translation>
    </message>
</context>
<context>
    <name>ow::CaseListModel</name>
    <message>
        <location filename="../ui/cases/caselistmodel.cpp" line="+33"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, due %2</source>
        <translation>%1，%2 前补交</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n trip(s))</source>
        <translation>
            <numerusform>%1（跑动 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>受理决定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform</source>
        <translation>平台上报</translation>
    </message>
</context>
<context>
    <name>ow::CaseView</name>
    <message>
        <location filename="../ui/cases/caseview.cpp" line="+23"/>
        <source>Reveal &amp;ID number</source>
        <translation>显示证件号码(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;print...</source>
        <translation>补打(&amp;P)...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the full ID number (Ctrl+I); this is recorded in the audit trail</source>
        <translation>显示完整证件号码（Ctrl+I）；此操作记入审计日志</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a document of this case again, marked as a reprint (Ctrl+P)</source>
        <translation>再次打印本办件的文书，标明补打（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This case is not in this window&apos;s database.</source>
        <translation>本窗口的数据库中没有此办件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reveal ID number</source>
        <translation>显示证件号码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The ID number is not shown: %1</source>
        <translation>不显示证件号码：%1</translation>
    </message>
    <message>
        <location filename="../ui/cases/caseviewhtml.cpp" line="+68"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed after the retention period</source>
        <translation>保存期满后已删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>version %1 (in force)</source>
        <translation>第 %1 版（现行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1 (no longer in the catalog)</source>
        <translation>第 %1 版（已不在目录中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1 (now %2)</source>
        <translation>第 %1 版（现为第 %2 版）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matters and catalog versions</source>
        <translation>事项及目录版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+60"/>
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Catalog version</source>
        <translation>目录版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matter.</source>
        <translation>无事项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Situation answers</source>
        <translation>情形选择</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No question was asked.</source>
        <translation>未涉及情形问题。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional</source>
        <translation>选交</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>required</source>
        <translation>必交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>是否必交</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State and source</source>
        <translation>状态及来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No material was listed.</source>
        <translation>未列出材料。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>已超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Decision</source>
        <translation>受理决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 at window %2 by %3</source>
        <translation>%1，%2 号窗口，%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials due</source>
        <translation>补齐材料期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips</source>
        <translation>跑动次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follows</source>
        <translation>后续于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query code</source>
        <translation>查询码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint %1</source>
        <translation>第 %1 次补打</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no archived file (%1)</source>
        <translation>无归档文件（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not written</source>
        <translation>未写入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents issued</source>
        <translation>已出具文书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issue</source>
        <translation>次序</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <location line="+17"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived PDF</source>
        <translation>归档 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document issue is recorded (cases decided before this version record none).</source>
        <translation>没有文书出具记录（本版本之前决定的办件不记录）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Central platform</source>
        <translation>中心平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused because</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official number</source>
        <translation>平台受理编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform has reported no move yet.</source>
        <translation>平台尚未报告办理进展。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Queue tickets</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket</source>
        <translation>号票</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked</source>
        <translation>关联时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No queue ticket is linked.</source>
        <translation>未关联排队号。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit history</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No audit row.</source>
        <translation>无审计记录。</translation>
    </message>
</context>
<context>
    <name>ow::CasesPage</name>
    <message>
        <location filename="../ui/cases/casespage.cpp" line="+31"/>
        <source>&amp;Reprint...</source>
        <translation>补打(&amp;R)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return &amp;trip...</source>
        <translation>补交材料(&amp;T)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open case</source>
        <translation>打开办件(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case number, query code, name or ID number; empty: today&apos;s cases</source>
        <translation>办件编号、查询码、姓名或证件号码；留空则显示今日办件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print a document of the selected case again (Ctrl+P)</source>
        <translation>补打所选办件的文书（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The applicant brought materials a case was waiting for (Ctrl+R)</source>
        <translation>申请人再次到窗口补交办件所缺材料（Ctrl+R）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything about the selected case (Enter)</source>
        <translation>查看所选办件的全部信息（Enter）</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n case(s) today</source>
        <translation>
            <numerusform>今日办件 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n case(s) found</source>
        <translation>
            <numerusform>找到 %n 件办件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/cases/reprintflow.cpp" line="+23"/>
        <location line="+10"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Which document?</source>
        <translation>补打哪一份文书？</translation>
    </message>
    <message>
        <location filename="../ui/cases/casespage.cpp" line="+47"/>
        <source>Return trip</source>
        <translation>补交材料</translation>
    </message>
</context>
<context>
    <name>ow::CasesPanel</name>
    <message>
        <location filename="../ui/dashboard/casespanel.cpp" line="+20"/>
        <source>Decisions today</source>
        <translation>今日受理决定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with deficiency</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  of which supplements outstanding</source>
        <translation>  其中待补正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time notices</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All decisions</source>
        <translation>全部决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limits and sync</source>
        <translation>时限与同步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplements overdue</source>
        <translation>补正已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet synced with the platform</source>
        <translation>尚未同步至平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results (出件)</source>
        <translation>出件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handed over</source>
        <translation>已出件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  of which by post</source>
        <translation>  其中邮寄送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting at the hall</source>
        <translation>在大厅待领取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  of which waiting long</source>
        <translation>  其中等待过久</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cases to watch, most urgent first:</source>
        <translation>需关注的办件（最紧急的在前）：</translation>
    </message>
</context>
<context>
    <name>ow::CatalogBrowser</name>
    <message>
        <location filename="../ui/catalog/catalogbrowser.cpp" line="+27"/>
        <source>Find a matter: 汉字, pinyin initials (spjy) or code</source>
        <translation>查找事项：汉字、拼音首字母（spjy）或事项编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search; Down to move into the results (Ctrl+F comes back here)</source>
        <translation>输入即可搜索；按下方向键进入结果列表（按 Ctrl+F 返回此处）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n matter(s) and bundle(s) in the catalog</source>
        <translation>
            <numerusform>事项目录共有 %n 个事项和一件事</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found for &quot;%1&quot;. Try fewer characters or the pinyin initials.</source>
        <translation>未找到“%1”。请减少输入的字数，或改用拼音首字母。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::CatalogLoader</name>
    <message>
        <location filename="../core/catalog/catalogloader.cpp" line="+33"/>
        <source>cannot open the catalog file: %1</source>
        <translation>无法打开事项目录文件：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is too large for a catalog (%1 bytes)</source>
        <translation>文件过大，不是有效的事项目录（%1 字节）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the catalog file: %1</source>
        <translation>无法读取事项目录文件：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>JSON syntax error: %1</source>
        <translation>JSON 语法错误：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a catalog must be a JSON object { ... }</source>
        <translation>事项目录必须是 JSON 对象 { ... }</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported format &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation>不支持的格式 &quot;%1&quot;（应为 &quot;%2&quot;）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;matters&quot; must list at least one matter</source>
        <translation>&quot;matters&quot; 必须至少列出一个事项</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>each bundle</source>
        <translation>&quot;bundles&quot; 中的每一项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bundle code &quot;%1&quot; is already the code of a matter (line %2)</source>
        <translation>一件事编码 &quot;%1&quot; 已被用作事项编码（第 %2 行）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate bundle code &quot;%1&quot; (first used at line %2)</source>
        <translation>一件事编码 &quot;%1&quot; 重复（首次使用于第 %2 行）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a bundle must combine at least two matters</source>
        <translation>一件事必须至少包含两个事项</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown matter &quot;%1&quot; in bundle</source>
        <translation>一件事中包含未知事项 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matter &quot;%1&quot; is listed twice in this bundle</source>
        <translation>事项 &quot;%1&quot; 在此一件事中列出了两次</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogmaterials.cpp" line="+36"/>
        <source>material kind &quot;%1&quot; is listed twice in this matter under the same conditions (first at line %2)</source>
        <translation>材料种类 &quot;%1&quot; 在此事项中以相同条件列出了两次（首次位于第 %2 行）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>each material</source>
        <translation>&quot;materials&quot; 中的每一项</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown material kind &quot;%1&quot;</source>
        <translation>未知的材料种类 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>vague material name &quot;%1&quot;: the list of certificates allows only named materials</source>
        <translation>材料名称 &quot;%1&quot; 过于笼统：证明事项清单只允许列明具体名称的材料</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>unknown form &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的材料形式 &quot;%1&quot;（应为以下之一：%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown requirement &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的提交要求 &quot;%1&quot;（应为以下之一：%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;when&quot; is only allowed with &quot;requirement&quot;: &quot;situational&quot;</source>
        <translation>只有在 &quot;requirement&quot;: &quot;situational&quot; 时才允许使用 &quot;when&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>a situational material needs a &quot;when&quot; condition</source>
        <translation>特定情形下必交的材料需要 &quot;when&quot; 条件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>material kind &quot;%1&quot; allows no commitment instead of the certificate (its &quot;commitmentBasis&quot; is empty)</source>
        <translation>材料种类“%1”不允许以承诺代替证明（其“commitmentBasis”为空）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>condition &quot;%1&quot; must have the form situation=option</source>
        <translation>条件 &quot;%1&quot; 必须采用 situation=option 形式</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>condition &quot;%1&quot;: this matter has no situation &quot;%2&quot;</source>
        <translation>条件 &quot;%1&quot;：此事项没有情形 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>condition &quot;%1&quot;: situation &quot;%2&quot; has no option &quot;%3&quot;</source>
        <translation>条件 &quot;%1&quot;：情形 &quot;%2&quot; 没有选项 &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>condition &quot;%1&quot; is listed twice</source>
        <translation>条件 &quot;%1&quot; 列出了两次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>condition &quot;%1&quot; contradicts &quot;%2=%3&quot;: the material could never apply</source>
        <translation>条件 &quot;%1&quot; 与 &quot;%2=%3&quot; 矛盾：该材料永远不会适用</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogmatters.cpp" line="+43"/>
        <source>duplicate material kind code &quot;%1&quot; (first defined at line %2)</source>
        <translation>材料种类编码 &quot;%1&quot; 重复（首次定义于第 %2 行）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>each material kind</source>
        <translation>&quot;materialKinds&quot; 中的每一项</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>material kind code &quot;%1&quot; may use only A-Z, 0-9 and _</source>
        <translation>材料种类编码 &quot;%1&quot; 只能使用 A-Z、0-9 和 _</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>material kind &quot;%1&quot; is filled in for each application: it is no certificate a commitment could replace</source>
        <translation>材料种类“%1”是每次申请填写的表格，不是可以用承诺代替的证明</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>duplicate matter code &quot;%1&quot; (first used at line %2)</source>
        <translation>事项编码 &quot;%1&quot; 重复（首次使用于第 %2 行）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>each matter</source>
        <translation>&quot;matters&quot; 中的每一项</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown matter type &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的事项类型 &quot;%1&quot;（应为以下之一：%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the promised time limit (%1 working days) exceeds the legal time limit (%2 working days)</source>
        <translation>承诺时限（%1 个工作日）超过法定时限（%2 个工作日）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a matter must list at least one material</source>
        <translation>事项必须至少列出一项材料</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;materialsBeforeReform&quot; must be at most %1 (a count of materials)</source>
        <translation>“materialsBeforeReform”不得大于 %1（材料份数）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>each fee</source>
        <translation>&quot;fees&quot; 中的每一项</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown tag &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的标签 &quot;%1&quot;（应为以下之一：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tag &quot;%1&quot; is listed twice</source>
        <translation>标签 &quot;%1&quot; 列出了两次</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>each situation</source>
        <translation>&quot;situations&quot; 中的每一项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>situation id &quot;%1&quot; may use only a-z, 0-9 and _</source>
        <translation>情形 id &quot;%1&quot; 只能使用 a-z、0-9 和 _</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate situation id &quot;%1&quot; in this matter</source>
        <translation>此事项中的情形 id &quot;%1&quot; 重复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a situation needs at least two options</source>
        <translation>情形至少需要两个选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each option</source>
        <translation>&quot;options&quot; 中的每一项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>option id &quot;%1&quot; may use only a-z, 0-9 and _</source>
        <translation>选项 id &quot;%1&quot; 只能使用 a-z、0-9 和 _</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate option id &quot;%1&quot; in this situation</source>
        <translation>此情形中的选项 id &quot;%1&quot; 重复</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogobjectreader.cpp" line="+37"/>
        <source>%1 must be an object { ... }</source>
        <translation>%1必须是 JSON 对象 { ... }</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate key &quot;%1&quot; (already at line %2)</source>
        <translation>键 &quot;%1&quot; 重复（已出现在第 %2 行）</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>each entry of &quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 的每一项都必须是字符串</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the entries of &quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; 的各项不能为空</translation>
    </message>
</context>
<context>
    <name>ow::ChecklistEngine</name>
    <message>
        <location filename="../core/intake/checklistengine.cpp" line="+216"/>
        <source>Give the reason for not accepting: it is printed on the notice to the applicant.</source>
        <translation>请填写不予受理的理由：该理由将打印在交给申请人的不予受理通知书上。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Answer every situation question first (%n open).</source>
        <translation>
            <numerusform>请先回答所有情形问题（还有 %n 个未回答）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n material(s) still missing: accept needs every material.</source>
        <translation>
            <numerusform>仍缺少 %n 项材料：受理要求材料齐全。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is missing: accept the application instead.</source>
        <translation>材料齐全：请直接受理。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missing material(s) cannot follow later: issue a one-time notice instead.</source>
        <translation>
            <numerusform>有 %n 项缺少的材料不可容缺后补：请改为出具一次性告知书。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is missing: a one-time notice would be empty. Accept the application.</source>
        <translation>材料齐全：一次性告知书将没有内容。请予以受理。</translation>
    </message>
</context>
<context>
    <name>ow::ChecklistModel</name>
    <message>
        <location filename="../ui/intake/checklistmodel.cpp" line="+97"/>
        <source>On file from %1: not asked again</source>
        <translation>已于 %1 提交过：无需再次提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By data sharing: not asked</source>
        <translation>通过数据共享获取：无需提交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To collect; may follow later; or commitment (C)</source>
        <translation>待收取；可容缺后补；或以承诺代替（C）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To collect; may follow later</source>
        <translation>待收取；可容缺后补</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>选交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To collect</source>
        <translation>待收取</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To collect, or commitment (C)</source>
        <translation>待收取，或以承诺代替（C）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>How to obtain: %1</source>
        <translation>获取方式：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Asked once for %n matter(s)</source>
        <translation>
            <numerusform>%n 个事项共用，只收取一次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A signed commitment may replace it (C): %1</source>
        <translation>可签署承诺书代替（C）：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 × %2</source>
        <translation>%1 %2 份</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ow::ChecklistView</name>
    <message>
        <location filename="../ui/intake/checklistview.cpp" line="+21"/>
        <source>Space ticks the current material; C replaces it by the applicant&apos;s commitment where allowed; arrows move</source>
        <translation>空格勾选当前材料；允许时按 C 以申请人承诺代替；方向键移动</translation>
    </message>
</context>
<context>
    <name>ow::Config</name>
    <message>
        <location filename="../core/config/configfile.cpp" line="+31"/>
        <source>this is not a file</source>
        <translation>这不是一个文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>the file is larger than %1 KiB</source>
        <translation>文件超过 %1 KiB</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file has more than %1 lines</source>
        <translation>文件超过 %1 行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this line is not &quot;key = value&quot;</source>
        <translation>此行不是“键 = 值”的格式</translation>
    </message>
    <message>
        <location filename="../core/config/counterconfig.cpp" line="+91"/>
        <source>longer than 200 characters</source>
        <translation>超过 200 个字符</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a code of letters, digits and &apos;-&apos; (at most 16)</source>
        <translation>“%1”不是由字母、数字和“-”组成的代码（最多 16 个字符）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>“%1”不是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is none of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation>“%1”既不是 true 也不是 false</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a language such as zh_CN or en</source>
        <translation>“%1”不是 zh_CN 或 en 这样的语言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>“%1”不是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longer than 4096 characters</source>
        <translation>超过 4096 个字符</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file this user can read</source>
        <translation>%1 不是当前用户可读取的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds a token and others may read it: chmod 600 (or 640 for the program&apos;s group)</source>
        <translation>%1 存有令牌，但其他用户可以读取：请执行 chmod 600（或对程序所属组使用 640）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown key; did you mean %1?</source>
        <translation>未知的键；您是想写 %1 吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already set on line %1</source>
        <translation>已在第 %1 行设置过</translation>
    </message>
</context>
<context>
    <name>ow::Dashboard</name>
    <message>
        <location filename="../core/dashboard/dashboardfigures.cpp" line="+89"/>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Long wait</source>
        <translation>等候过长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long service</source>
        <translation>办理过长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long queue</source>
        <translation>排队过长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync backlog</source>
        <translation>同步积压</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement overdue</source>
        <translation>补正逾期</translation>
    </message>
</context>
<context>
    <name>ow::DashboardWidget</name>
    <message>
        <location filename="../ui/dashboard/dashboardwidget.cpp" line="+72"/>
        <source>Supervisor dashboard</source>
        <translation>管理看板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reform figures</source>
        <translation>改革指标</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+2"/>
        <source>Bad ratings</source>
        <translation>差评整改</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Bad ratings (%n overdue)</source>
        <translation>
            <numerusform>差评整改（%n 条逾期）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookings</source>
        <translation>预约</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>offline: the figures shown may be out of date</source>
        <translation>离线：所示数据可能已过时</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — supervisor dashboard</source>
        <translation>%1 — 管理看板</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The day&apos;s figures could not be loaded: %1</source>
        <translation>无法载入当日数据：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n bad rating(s) not rectified within %1 working days</source>
        <translation>
            <numerusform>%n 条差评超过 %1 个工作日未整改</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not connected to a hall service.</source>
        <translation>未连接大厅服务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at most 93 days.</source>
        <translation>最多选择 93 天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the period from the hall…</source>
        <translation>正在从大厅载入该期间数据…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The period could not be loaded: %1</source>
        <translation>无法载入该期间数据：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save the report as PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report as CSV</source>
        <translation>将报表保存为 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report was saved to %1.</source>
        <translation>报表已保存至 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report was not saved: %1</source>
        <translation>报表未保存：%1</translation>
    </message>
</context>
<context>
    <name>ow::DatabaseBackup</name>
    <message>
        <location filename="../core/storage/databasebackup.cpp" line="+146"/>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>无法将 %1 复制到 %2：%3</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot move %1 aside to %2.</source>
        <translation>无法将 %1 移到 %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hall service</source>
        <translation>大厅服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference platform</source>
        <translation>参考平台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown program</source>
        <translation>未知程序</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a database of a OneWindow program.</source>
        <translation>%1 不是一窗通程序的数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2).</source>
        <translation>%1 已损坏（SQLite 完整性检查：%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 exists already; a backup never replaces an earlier one. Choose a new name.</source>
        <translation>%1 已存在；备份绝不覆盖以前的备份。请换一个文件名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+91"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the copy could not be written to the disk</source>
        <translation>副本无法写入磁盘</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot give the copy its name</source>
        <translation>无法为副本命名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup of %1 failed: %2</source>
        <translation>%1 的备份失败：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup is not usable, nothing was changed: %1</source>
        <translation>备份不可用，未做任何更改：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is open in a running program (or cannot be locked: %2). Stop the program, then restore again. Nothing was changed.</source>
        <translation>%1 正被运行中的程序打开（或无法加锁：%2）。请停止该程序后再恢复。未做任何更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is in use</source>
        <translation>正在使用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the %2&apos;s database but the backup is the %3&apos;s. Nothing was changed.</source>
        <translation>%1 是%2的数据库，而备份是%3的。未做任何更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is newer than the backup (schema %2 against %3, or changes made after the backup): restoring would lose them. Nothing was changed. Give --force to replace it anyway; it is then kept beside the restored file.</source>
        <translation>%1 比备份新（结构版本 %2 对 %3，或有备份之后的变更）：恢复会丢失这些内容。未做任何更改。如仍要替换请加 --force；原文件将保留在恢复后的文件旁边。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write the restored copy next to %1, nothing was changed: %2</source>
        <translation>无法在 %1 旁写入恢复副本，未做任何更改：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot put the restored copy in place at %1; the previous database is at %2.</source>
        <translation>无法将恢复副本放到 %1；原数据库在 %2。</translation>
    </message>
</context>
<context>
    <name>ow::DeadlinesModel</name>
    <message>
        <location filename="../ui/dashboard/deadlinesmodel.cpp" line="+13"/>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 overdue</source>
        <translation>已超期 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>ow::DecisionBanner</name>
    <message>
        <location filename="../ui/intake/decisionbanner.cpp" line="+35"/>
        <source>Type the ID number and choose the matter.</source>
        <translation>请输入证件号码并选择事项。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>done on the spot</source>
        <translation>即办</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>promised by %1 (%n working day(s))</source>
        <translation>
            <numerusform>承诺 %1 前办结（%n 个工作日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Answer %n situation question(s) first: they decide which materials are needed.</source>
        <translation>
            <numerusform>请先回答 %n 个情形问题：所需材料取决于这些回答。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replaced by commitment: %1 (a commitment is printed for signature).</source>
        <translation>以承诺代替：%1（将打印承诺书供签字）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete: accept — %1.</source>
        <translation>材料齐全：予以受理 — %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept with materials to follow (%1) by %2 — %3.</source>
        <translation>容缺受理：%1 须于 %2 前补交 — %3。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n material(s) missing: issue a one-time notice listing all of them.</source>
        <translation>
            <numerusform>缺少 %n 项材料：请出具一次性告知书，一次性列明全部所缺材料。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::DeliveryPanel</name>
    <message>
        <location filename="../ui/intake/deliverypanel.cpp" line="+23"/>
        <source>Res&amp;ult:</source>
        <translation>结果送达(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post &amp;to:</source>
        <translation>邮寄地址(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ow::DemoSeeder</name>
    <message>
        <location filename="../core/demo/demoseeder.cpp" line="+109"/>
        <source>The database has no catalog: import one first (onewindowctl import-catalog).</source>
        <translation>数据库中没有事项目录：请先导入（onewindowctl import-catalog）。</translation>
    </message>
</context>
<context>
    <name>ow::DocumentArchive</name>
    <message>
        <location filename="../core/print/documentarchive.cpp" line="+31"/>
        <source>%1 is archived already and is kept as it is; nothing was written over it.</source>
        <translation>%1 已归档，保持原样；未覆盖任何内容。</translation>
    </message>
</context>
<context>
    <name>ow::DocumentHtml</name>
    <message>
        <location filename="../core/print/documenthtml.cpp" line="+22"/>
        <source>1,2,3,4,5,6,7,8,9</source>
        <comment>section numerals, comma-separated</comment>
        <translation>一,二,三,四,五,六,七,八,九</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2</source>
        <comment>section heading: numeral, title</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Reprint %1</source>
        <translation>第 %1 次补打</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Query code %1</source>
        <translation>查询码：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matter applied for</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handled by: %1</source>
        <translation>承办部门：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied on %1 at window %2.</source>
        <translation>申请人于 %1 在 %2 号窗口提出申请。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Obtained by data sharing: nothing to hand in</source>
        <translation>通过数据共享获取，无需提交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On file from an earlier application (%1)</source>
        <translation>以往申请时已提交（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced by your signed commitment (see the commitment)</source>
        <translation>以您签署的承诺代替（见承诺书）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received</source>
        <translation>已收取</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+21"/>
        <source>%1, %n copy(ies)</source>
        <translation>
            <numerusform>%1，%n 份</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No material was handed in.</source>
        <translation>未提交任何材料。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location line="+49"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+25"/>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>How</source>
        <translation>收取方式</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Issued by %1</source>
        <translation>开具单位：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued by %1. %2</source>
        <translation>开具单位：%1。%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or sign a commitment in its place at the window (%1).</source>
        <translation>也可在窗口签署承诺书代替（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where and how to get it</source>
        <translation>获取途径及方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Following your case</source>
        <translation>办件进度查询</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enquiries: %1</source>
        <translation>咨询电话：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applicant (signature): ____________</source>
        <translation>申请人（签名）：____________</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: ____________</source>
        <translation>日期：____________</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clerk: %1    Window %2</source>
        <translation>经办人：%1    %2 号窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Certificate replaced</source>
        <translation>所代替的证明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normally issued by</source>
        <translation>通常出具单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis of the commitment</source>
        <translation>告知承诺依据</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificates replaced by this commitment</source>
        <translation>本承诺所代替的证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you are told</source>
        <translation>告知事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under the system of certification by commitment, you need not hand in the certificates listed above: in their place you state in writing that you meet the conditions they would prove. The department handling the matter may verify your statement, during or after the procedure.</source>
        <translation>依照证明事项告知承诺制，您无需提交上列证明材料，改由您书面承诺已符合其所证明的条件。承办部门可在办理过程中或办结后对您的承诺进行核查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I, %1, promise that:</source>
        <translation>本人 %1 郑重承诺：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. What the certificates above would prove is true, and I meet the conditions of the matter applied for; my statement is true, complete and accurate.</source>
        <translation>一、上列证明所要证明的事项属实，本人符合所申请事项的条件；所作陈述真实、完整、准确。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. I have understood what I was told above, and I accept the verification of my statement.</source>
        <translation>二、本人已知悉上述告知内容，愿意接受对承诺内容的核查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. I know that a false commitment has legal consequences: the permit or decision obtained with it may be revoked, I bear the legal liability that follows, and the false commitment is recorded in my credit record.</source>
        <translation>三、本人知晓虚假承诺的法律后果：据此取得的许可或决定可被撤销，本人承担相应法律责任，虚假承诺记入本人信用记录。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on the spot.</source>
        <translation>即办件，当场办结。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promised to be completed by %1 (working days, counted from the day the missing materials are due).</source>
        <translation>承诺于 %1 前办结（按工作日计，自所缺材料补齐期限之日起算）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promised to be completed by %1 (working days, counted from the day after acceptance).</source>
        <translation>承诺于 %1 前办结（按工作日计算，自受理之日的次日起算）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted with materials to follow: bring them by %1 (see the commitment).</source>
        <translation>本件为容缺受理：请于 %1 前补交所缺材料（详见容缺受理承诺书）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to you by post to: %1</source>
        <translation>邮寄送达至：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be collected at the hall&apos;s pick-up window with this receipt.</source>
        <translation>请凭本回执到大厅出件窗口领取。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Materials still needed, all of them</source>
        <translation>需补齐的全部材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application cannot be accepted yet. These are ALL the materials still needed; nothing else will be asked of you for this application.</source>
        <translation>您的申请材料尚不齐全，暂不能受理。以下为尚需提交的全部材料；本次申请不会再要求您提交其他任何材料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Materials already handed in</source>
        <translation>已提交的材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next visit</source>
        <translation>补交材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the materials above to any comprehensive window of this hall with this notice. The materials already handed in are kept and will not be asked again.</source>
        <translation>请携带本告知书及上述材料到本大厅任一综合窗口办理。已提交的材料予以留存，不再重复收取。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After examination, the application is not accepted, for this reason:</source>
        <translation>经审查，您的申请不予受理，理由如下：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your right of appeal</source>
        <translation>救济途径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you disagree with this decision, you may apply for administrative reconsideration within 60 days of receiving this notice, or bring an administrative lawsuit to a people&apos;s court within 6 months, according to law.</source>
        <translation>如不服本决定，可在收到本通知书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Materials to follow</source>
        <translation>容缺后补材料</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+73"/>
        <source>Commitment</source>
        <translation>申请人承诺</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Scan the QR code at the top of the first page, or give the query code %1 at any window, to see the progress (accepted, in progress, completed, ready for pick-up) and the department handling it.</source>
        <translation>扫描第一页顶部的二维码，或在任一窗口出示查询码 %1，即可查询办理进度（已受理、办理中、已办结、待领取）及承办部门。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To see the progress (accepted, in progress, completed, ready for pick-up) and the department handling it, give the query code %1 at any window of %2, or type it on the hall&apos;s progress query page. The QR code at the top of the first page holds the same code.</source>
        <translation>如需查询办理进度（已受理、办理中、已办结、待领取）及承办部门，请在%2任一窗口出示查询码 %1，或在大厅的进度查询页面输入该查询码。第一页顶部的二维码包含同一查询码。</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>I commit to hand in the materials above by %1. If they are not handed in by then, the application may be terminated according to the rules, and I bear the consequences.</source>
        <translation>本人承诺于 %1 前补交上述材料。如逾期未补交，可依照有关规定终止办理本申请，由此产生的后果由本人承担。</translation>
    </message>
    <message>
        <location filename="../core/print/documenthtml_handover.cpp" line="+30"/>
        <source>Official case number: %1</source>
        <translation>平台受理编号：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result collected</source>
        <translation>结果领取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected on</source>
        <translation>领取时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 at window %2</source>
        <translation>%1，%2 号窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1, agent of the applicant</source>
        <translation>%1（申请人的代理人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent&apos;s ID number</source>
        <translation>代理人证件号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the applicant in person</source>
        <translation>申请人本人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have received the result of the case above, checked it and found it complete.</source>
        <translation>本人已领取上述办件结果，经核对无误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector (signature): ____________    Date: ____________</source>
        <translation>领取人（签字）：____________    日期：____________</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery by post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted on</source>
        <translation>寄出时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>寄递企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt of service</source>
        <translation>送达签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient signs below on receiving the result and returns this certificate to the hall; the carrier&apos;s proof of delivery stands in for the signature when the recipient cannot sign.</source>
        <translation>受送达人收到办理结果后在下方签收并将本回证寄回大厅；受送达人无法签收的，以寄递企业的投递凭证代替签收。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient (signature): ____________    Received on: ____________</source>
        <translation>受送达人（签字）：____________    签收日期：____________</translation>
    </message>
</context>
<context>
    <name>ow::DocumentPrinter</name>
    <message>
        <location filename="../ui/print/documentprinter.cpp" line="+24"/>
        <source>No printer is set up on this computer. The documents were saved as PDF files.</source>
        <translation>本机未设置打印机。文书已保存为 PDF 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer reported an error. The documents were saved as PDF files.</source>
        <translation>打印机报告错误。文书已保存为 PDF 文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
</context>
<context>
    <name>ow::DocumentRenderer</name>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="+57"/>
        <source>%1, case %2</source>
        <translation>%1，办件编号 %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot create the folder %1 for the document.</source>
        <translation>无法为文书创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::Documents</name>
    <message>
        <location filename="../core/print/casedocument.cpp" line="+26"/>
        <source>The query link is longer than %1 characters, too long for the QR code on the documents.</source>
        <translation>查询地址超过 %1 个字符，文书上的二维码容纳不下。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The query link %1 is not an http or https address.</source>
        <translation>查询地址 %1 不是 http 或 https 地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The query link %1 does not say where the query code goes: write {code} there.</source>
        <translation>查询地址 %1 未标明查询码的位置：请在该处写 {code}。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time notice of missing materials</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice of non-acceptance</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitment for acceptance with materials to follow</source>
        <translation>容缺受理承诺书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection receipt</source>
        <translation>领取回执</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate of service by post</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitment in place of certificates</source>
        <translation>证明事项告知承诺书</translation>
    </message>
</context>
<context>
    <name>ow::ElderlyCheck</name>
    <message>
        <location filename="../ui/queue/kioskcheckin.cpp" line="+61"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number is only checked here; it is neither sent nor kept.</source>
        <translation>号码仅在本机核验，不会上传，也不会保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>核验</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aged %1 or over? Type your ID number for the priority lane (it is not kept):</source>
        <translation>年满 %1 周岁？输入身份证号码即可走绿色通道（号码不会保存）：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This is not a valid ID number: %1</source>
        <translation>这不是有效的身份证号码：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The priority lane for the elderly starts at %1. Please touch your service.</source>
        <translation>老年人绿色通道自 %1 周岁起。请点选您要办理的业务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority lane for the elderly: touch your service for a priority ticket.</source>
        <translation>老年人绿色通道：请点选业务，领取优先号。</translation>
    </message>
</context>
<context>
    <name>ow::Hall</name>
    <message>
        <location filename="../core/hall/server/hallconfig.cpp" line="+75"/>
        <source>%1.token must have at least 12 characters.</source>
        <translation>%1.token 至少须有 12 个字符。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs a token or its sha256 (64 hex digits).</source>
        <translation>%1 需要令牌或其 sha256（64 位十六进制）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.role must be kiosk, window, board or supervisor.</source>
        <translation>%1.role 须为 kiosk、window、board 或 supervisor。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a window token needs the id of a configured window.</source>
        <translation>%1：窗口令牌须指定已配置窗口的编号。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the same token is listed twice.</source>
        <translation>%1：同一令牌出现了两次。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../core/hall/server/halltls.cpp" line="+22"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a JSON object: %2 (at byte %3)</source>
        <translation>%1 不是 JSON 对象：%2（第 %3 字节）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;tls&quot; needs both &quot;certificate&quot; and &quot;key&quot; (PEM files).</source>
        <translation>&quot;tls&quot; 需要同时提供 &quot;certificate&quot; 和 &quot;key&quot;（PEM 文件）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no &quot;tokens&quot; array.</source>
        <translation>%1 没有 &quot;tokens&quot; 数组。</translation>
    </message>
    <message>
        <location filename="../core/hall/server/connectionguard.cpp" line="+161"/>
        <source>The request line is too long: at most %1 bytes.</source>
        <translation>请求行过长：最多 %1 字节。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>The request&apos;s header is too large: at most %1 bytes in at most %2 lines.</source>
        <translation>请求头过大：最多 %1 字节、%2 行。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The request line is malformed: it must be METHOD PATH HTTP/1.1.</source>
        <translation>请求行格式错误：应为“方法 路径 HTTP/1.1”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A header line is malformed: it must be NAME: VALUE on one line.</source>
        <translation>请求头格式错误：每行应为“名称: 值”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Content-Length must be one number, given once.</source>
        <translation>Content-Length 必须是一个数字，且只能给出一次。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../core/hall/server/hallhttp.cpp" line="+86"/>
        <source>A device token is needed: send &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>需要设备令牌：请发送 &quot;Authorization: Bearer TOKEN&quot;。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the body with a Content-Length: chunked transfer is not supported.</source>
        <translation>请用 Content-Length 发送请求体：不支持分块传输（chunked）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transfer coding %1 is not supported.</source>
        <translation>不支持传输编码 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The body is too large: this request takes at most %1 bytes.</source>
        <translation>请求体过大：此请求最多接受 %1 字节。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The request did not arrive in time; send it again.</source>
        <translation>请求未在规定时间内送达，请重新发送。</translation>
    </message>
    <message>
        <location filename="../core/hall/server/hallhttp.cpp" line="+5"/>
        <source>This device&apos;s role may not do that here.</source>
        <translation>此设备的角色无权在此执行该操作。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The hall database refused the change, so nothing changed; try again. (%1)</source>
        <translation>大厅数据库拒绝了本次更改，未做任何改动，请重试。（%1）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>请求正文不是有效的 JSON：%1，位于第 %2 字节。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The body must be a JSON object.</source>
        <translation>请求正文须为 JSON 对象。</translation>
    </message>
    <message>
        <location line="-43"/>
        <location filename="../core/hall/server/hallroutes_supervisor.cpp" line="+29"/>
        <location filename="../core/hall/server/hallroutes_window.cpp" line="+49"/>
        <source>This path does not take that method.</source>
        <translation>此路径不支持该请求方法。</translation>
    </message>
    <message>
        <location filename="../core/hall/server/hallroutes.cpp" line="+32"/>
        <source>&quot;day&quot; must be a date like 2026-11-28.</source>
        <translation>&quot;day&quot; 须为形如 2026-11-28 的日期。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;since&quot; must be a sequence number and &quot;limit&quot; a number from 1 to 5000.</source>
        <translation>&quot;since&quot; 须为序号，&quot;limit&quot; 须为 1 到 5000 之间的数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;types&quot; is a list of at most 16 event types, such as ticket_rated.</source>
        <translation>“types”是最多 16 个事件类型的列表，例如 ticket_rated。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The event stream is a WebSocket: connect with ws://.</source>
        <translation>事件流是 WebSocket：请用 ws:// 连接。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no %1 here.</source>
        <translation>此处没有 %1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give &quot;service&quot; for a ticket or &quot;bookingCode&quot; to check in a booking.</source>
        <translation>取号请提供 &quot;service&quot;，预约签到请提供 &quot;bookingCode&quot;。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no ticket %1 today.</source>
        <translation>今天没有 %1 号。</translation>
    </message>
    <message>
        <location filename="../core/hall/server/hallserver.cpp" line="+91"/>
        <source>The hall service has too many connections; try again.</source>
        <translation>大厅服务连接数过多，请稍后重试。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot open the hall database: %1</source>
        <translation>无法打开大厅数据库：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot listen on %1 port %2 (in use, or not an address of this machine).</source>
        <translation>无法在 %1 的 %2 端口监听（端口已被占用，或不是本机地址）。</translation>
    </message>
    <message>
        <location filename="../core/hall/server/hallstore.cpp" line="+54"/>
        <source>The hall database is inconsistent: the state says event %1, the log ends at %2.</source>
        <translation>大厅数据库不一致：状态记录到事件 %1，事件日志止于 %2。</translation>
    </message>
    <message>
        <location filename="../core/hall/server/hallroutes_cases.cpp" line="+28"/>
        <source>&quot;from&quot; and &quot;to&quot; must be dates like 2026-11-28.</source>
        <translation>“from”和“to”必须是形如 2026-11-28 的日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;from&quot; must not be after &quot;to&quot;, and a range has at most %1 days.</source>
        <translation>“from”不得晚于“to”，且范围最多 %1 天。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&quot;summaries&quot; must be an array of 1 to %1 case summaries.</source>
        <translation>“summaries”必须是包含 1 至 %1 条办件摘要的数组。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>summaries[%1].windowId: there is no window %2.</source>
        <translation>summaries[%1].windowId：不存在窗口 %2。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Case %1 was reported by window %2.</source>
        <translation>办件 %1 已由窗口 %2 报送。</translation>
    </message>
    <message>
        <location filename="../core/hall/server/hallroutes_supervisor.cpp" line="-12"/>
        <location filename="../core/hall/server/hallroutes_window.cpp" line="+47"/>
        <source>There is no window %1.</source>
        <translation>不存在窗口 %1。</translation>
    </message>
    <message>
        <location filename="../core/hall/client/hallclient_requests.cpp" line="+80"/>
        <source>The hall service&apos;s answer passed %1 bytes and was cut off.</source>
        <translation>大厅服务的应答超过 %1 字节，已被截断。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The hall service gave no complete answer within %n second(s).</source>
        <translation>
            <numerusform>大厅服务在 %n 秒内没有给出完整应答。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hall service&apos;s address answered with a redirect (HTTP %1) to %2, which is not followed. Is the hall service&apos;s address right?</source>
        <translation>大厅服务地址返回了指向 %2 的重定向（HTTP %1），未予跟随。大厅服务地址是否正确？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not JSON (%1): %2</source>
        <translation>不是 JSON（%1）：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a refusal without the hall&apos;s problem code: %1</source>
        <translation>拒绝应答中没有大厅的错误代码：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer at the hall service&apos;s address (HTTP %1) is not the hall service&apos;s: %2. A captive portal or a proxy?</source>
        <translation>大厅服务地址上的应答（HTTP %1）不是大厅服务的：%2。是否为网络认证页面或代理？</translation>
    </message>
    <message>
        <location filename="../core/hall/client/hallreplies.cpp" line="+23"/>
        <source>the answer has no valid &quot;%1&quot;</source>
        <translation>应答中没有有效的“%1”</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>the answer does not confirm the link of case %1</source>
        <translation>应答未确认办件 %1 的关联</translation>
    </message>
    <message>
        <location filename="../core/hall/server/halltls.cpp" line="+18"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate in %1 is valid from %2 to %3, not now: make a new one (onewindowctl hall tls).</source>
        <translation>%1 中的证书有效期为 %2 至 %3，当前不在有效期内：请重新生成（onewindowctl hall tls）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds no unencrypted PEM private key (EC or RSA).</source>
        <translation>%1 中没有未加密的 PEM 私钥（EC 或 RSA）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key in %1 is not the key of the certificate in %2.</source>
        <translation>%1 中的私钥与 %2 中的证书不匹配。</translation>
    </message>
    <message>
        <location filename="../core/hall/server/hallroutes_ratings.cpp" line="+51"/>
        <source>&quot;kind&quot; is callback or rectification.</source>
        <translation>“kind”只能是 callback（回访）或 rectification（整改）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no ticket %1.</source>
        <translation>没有票号 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1 was not rated 1 or 2: there is nothing to follow up.</source>
        <translation>票号 %1 的评价不是 1 或 2 分，无需回访整改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket %1 already has %2 follow-ups.</source>
        <translation>票号 %1 已有 %2 条回访整改记录。</translation>
    </message>
    <message>
        <location filename="../core/hall/protocol/bookingtext.cpp" line="+15"/>
        <source>[%1] Your booking for %2 is on %3, %4-%5. Booking code: %6. Please check in with this code at the hall&apos;s ticket kiosk from %7 minutes before the slot until %8 minutes after it ends.</source>
        <translation>【%1】您已预约%2，时间为%3 %4-%5，预约码%6。请在时段开始前%7分钟至结束后%8分钟内，到大厅取号机输入预约码签到取号。</translation>
    </message>
    <message>
        <location filename="../core/hall/server/bookingplan.cpp" line="+31"/>
        <source>%1: &quot;%2&quot; is not a period like 09:00-11:30.</source>
        <translation>%1：“%2”不是形如 09:00-11:30 的时间段。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is not a whole number of %3-minute slots.</source>
        <translation>%1：%2 不能整分为 %3 分钟的时段。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 makes more than %2 slots a day.</source>
        <translation>%1 每天超过 %2 个时段。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the periods overlap at %2.</source>
        <translation>%1：时间段在 %2 处重叠。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: there is no service %2.</source>
        <translation>%1：没有业务 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: service %2 is listed twice.</source>
        <translation>%1：业务 %2 列出了两次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs &quot;periods&quot; or &quot;saturdayPeriods&quot;.</source>
        <translation>%1 需要 &quot;periods&quot; 或 &quot;saturdayPeriods&quot;。</translation>
    </message>
    <message>
        <location filename="../core/hall/server/hallroutes_bookings.cpp" line="+56"/>
        <location line="+131"/>
        <source>Service %1 takes no bookings.</source>
        <translation>业务 %1 不接受预约。</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>%1 is not the start of a booking slot of service %2.</source>
        <translation>%1 不是业务 %2 某个预约时段的开始时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The slot has already begun.</source>
        <translation>该时段已经开始。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bookings are taken at most %1 days ahead.</source>
        <translation>最多可提前 %1 天预约。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The slot at %1 is full.</source>
        <translation>%1 的时段名额已满。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&quot;phone&quot; must be a mobile number (11 digits from 1) or a landline with its area code, such as 010-12345678.</source>
        <translation>&quot;phone&quot; 须为手机号（以 1 开头的 11 位数字）或带区号的固定电话，如 010-12345678。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no service %1.</source>
        <translation>没有业务 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No free booking code was found.</source>
        <translation>未找到可用的预约码。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;day&quot; must be a date like 2026-11-28, from today to %1 days ahead.</source>
        <translation>&quot;day&quot; 须为形如 2026-11-28 的日期，从今天起至 %1 天后。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;day&quot; must be a date like 2026-11-28 and &quot;q&quot; at most %1 characters.</source>
        <translation>&quot;day&quot; 须为形如 2026-11-28 的日期，&quot;q&quot; 最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no booking %1 from today on.</source>
        <translation>今天及以后没有预约 %1。</translation>
    </message>
</context>
<context>
    <name>ow::HallPage</name>
    <message>
        <location filename="../ui/dashboard/hallpage.cpp" line="+35"/>
        <source>Tickets issued per hour (today)</source>
        <translation>每小时取号数（今日）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tickets issued</source>
        <translation>取号数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait before the call, minutes (today)</source>
        <translation>叫号前等候时长（分钟，今日）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tickets called</source>
        <translation>已叫号数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue per service (now and today)</source>
        <translation>各业务排队情况（当前及今日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert limits…</source>
        <translation>预警阈值…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>≥%1</source>
        <translation>≥%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>ow::Handover</name>
    <message>
        <location filename="../core/domain/handover.cpp" line="+29"/>
        <source>Enter the carrier (for example EMS).</source>
        <translation>请填写寄递企业（如 EMS）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the tracking number.</source>
        <translation>请填写运单号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the address the result was posted to.</source>
        <translation>请填写结果寄往的地址。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of the person collecting.</source>
        <translation>请填写领取人姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s ID number is not valid: %1</source>
        <translation>代理人证件号码无效：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An agent is a person: enter a resident ID number.</source>
        <translation>代理人须为自然人：请填写居民身份证号码。</translation>
    </message>
</context>
<context>
    <name>ow::HandoverDialog</name>
    <message>
        <location filename="../ui/handover/handoverdialog.cpp" line="+50"/>
        <source>Hand over the result of %1</source>
        <translation>出件：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In person at the window</source>
        <translation>窗口当面领取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The applicant (%1)</source>
        <translation>申请人本人（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agent for the applicant</source>
        <translation>申请人的代理人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;llected by:</source>
        <translation>领取人(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent&apos;s &amp;name:</source>
        <translation>代理人姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent&apos;s &amp;ID number:</source>
        <translation>代理人证件号码(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Carrier:</source>
        <translation>寄递企业(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tracking number:</source>
        <translation>运单号(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Hand over and print</source>
        <translation>出件并打印(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case:</source>
        <translation>办件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>ID number valid</source>
        <translation>证件号码有效</translation>
    </message>
</context>
<context>
    <name>ow::Identifiers</name>
    <message>
        <location filename="../core/domain/identifiers.cpp" line="+126"/>
        <source>Enter the resident ID number.</source>
        <translation>请输入居民身份证号码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is an old 15-digit ID number. The 18-digit resident ID number is needed: it is printed on the current identity card.</source>
        <translation>这是旧的 15 位身份证号码。需要 18 位居民身份证号码，见现行居民身份证。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A resident ID number has 18 characters; %1 were given.</source>
        <translation>居民身份证号码应为 18 位，输入的是 %1 位。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Character %1 of the resident ID number must be a digit; &quot;%2&quot; was given.</source>
        <translation>居民身份证号码第 %1 位必须是数字，输入的是“%2”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last character of the resident ID number must be a digit or X; &quot;%1&quot; was given.</source>
        <translation>居民身份证号码最后一位必须是数字或 X，输入的是“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The resident ID number starts with %1, which is not a province code.</source>
        <translation>居民身份证号码以 %1 开头，这不是有效的省级行政区划代码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Characters 7-14 of the resident ID number give the birth date %1, which does not exist.</source>
        <translation>居民身份证号码第 7-14 位表示的出生日期 %1 不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Characters 7-14 of the resident ID number give the birth date %1, before 1900.</source>
        <translation>居民身份证号码第 7-14 位表示的出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Characters 7-14 of the resident ID number give the birth date %1, which is in the future.</source>
        <translation>居民身份证号码第 7-14 位表示的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The check character of the resident ID number is wrong: %1 was expected, %2 was given. Some digit was probably mistyped.</source>
        <translation>居民身份证号码校验码有误：应为 %1，输入的是 %2。可能有数字录入错误。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A unified social credit code has 18 characters; %1 were given.</source>
        <translation>统一社会信用代码应为 18 位，输入的是 %1 位。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Character %1 of the credit code is the letter %2, which credit codes never use (I, O, Z, S and V are left out). Check whether it is a digit.</source>
        <translation>统一社会信用代码第 %1 位是字母 %2，信用代码不使用该字母（不含 I、O、Z、S、V）。请核对是否应为数字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Character %1 of the credit code is &quot;%2&quot;; only digits and the letters A-Z without I, O, Z, S and V are allowed.</source>
        <translation>统一社会信用代码第 %1 位是“%2”；只允许使用数字和字母 A-Z（不含 I、O、Z、S、V）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credit code starts with %1, which is not a registration authority code.</source>
        <translation>统一社会信用代码以 %1 开头，这不是有效的登记管理部门代码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Characters 3-8 of the credit code are a region code and must be digits; character %1 is &quot;%2&quot;.</source>
        <translation>统一社会信用代码第 3-8 位为行政区划码，必须是数字；第 %1 位是“%2”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Characters 9-17 of the credit code are the organisation code, and its check character (character 17) is wrong: %1 was expected, %2 was given.</source>
        <translation>统一社会信用代码第 9-17 位为组织机构代码，其校验码（第 17 位）有误：应为 %1，输入的是 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The check character of the credit code is wrong: %1 was expected, %2 was given. Some character was probably mistyped.</source>
        <translation>统一社会信用代码校验码有误：应为 %1，输入的是 %2。可能有字符录入错误。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a resident ID number or a unified social credit code.</source>
        <translation>请输入居民身份证号码或统一社会信用代码。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is neither a resident ID number nor a unified social credit code: both have 18 characters, %2 were given.</source>
        <translation>“%1”既不是居民身份证号码，也不是统一社会信用代码：两者均为 18 位，输入的是 %2 位。</translation>
    </message>
</context>
<context>
    <name>ow::IntakePage</name>
    <message>
        <location filename="../ui/intake/intakepage.cpp" line="+70"/>
        <source>&amp;Accept</source>
        <translation>受理(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept with &amp;deficiency</source>
        <translation>容缺受理(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-time &amp;notice</source>
        <translation>一次性告知(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ot accept...</source>
        <translation>不予受理(&amp;O)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt applicant</source>
        <translation>下一位申请人(&amp;X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the form for the next applicant (%1)</source>
        <translation>清空表单，接待下一位申请人（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation (Ctrl+Q; arrows choose, Return goes on)</source>
        <translation>情形（Ctrl+Q；方向键选择，回车进入下一项）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Materials (Ctrl+L; Space ticks what was handed over; C: replaced by commitment)</source>
        <translation>材料（Ctrl+L；空格勾选已收材料；C：以承诺替代）</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+10"/>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The reason, as it will be printed on the notice to the applicant:</source>
        <translation>不予受理的理由（将原样打印在交给申请人的不予受理通知书上）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reason is %1 characters long; the notice has room for %2. Please shorten it.</source>
        <translation>理由共 %1 个字，通知书最多只能容纳 %2 个字。请精简。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 for %2?</source>
        <translation>%2：确认%1？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promised completion: %1</source>
        <translation>承诺办结日期：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Materials to follow by %1</source>
        <translation>容缺材料须于 %1 前补交</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The notice lists %n missing material(s).</source>
        <translation>
            <numerusform>告知书将列明所缺的 %n 项材料。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints: %1</source>
        <translation>将打印：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the matter first.</source>
        <translation>请先选择事项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a valid ID number and the applicant&apos;s name first.</source>
        <translation>请先输入有效的证件号码和申请人姓名。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1 at %2 (%3).</source>
        <translation>已于 %2 保存 %1（%3）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case %1 is saved. The documents could not all be printed:
%2
Reprint them from the case list when the problem is fixed.</source>
        <translation>办件 %1 已保存，但部分文书未能打印：
%2
问题解决后，请在办件列表中补打。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1. Next applicant: type the ID number.</source>
        <translation>已保存 %1。下一位申请人：请输入证件号码。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Next applicant</source>
        <translation>下一位申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the intake in progress? Nothing of it has been saved.</source>
        <translation>放弃当前正在受理的内容？这些内容均尚未保存。</translation>
    </message>
</context>
<context>
    <name>ow::IntakeService</name>
    <message>
        <location filename="../core/workflow/intakeservice.cpp" line="+70"/>
        <source>No matter or bundle with the code %1 is in force.</source>
        <translation>没有编码为 %1 的现行有效事项或一件事。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Enter the applicant&apos;s name.</source>
        <translation>请输入申请人姓名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the address the result is to be posted to.</source>
        <translation>请填写结果的邮寄地址。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The decision was not saved: %1</source>
        <translation>受理决定未保存：%1</translation>
    </message>
</context>
<context>
    <name>ow::Json</name>
    <message>
        <location filename="../core/json/jsonreader.h" line="+58"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array [ ... ]</source>
        <translation>数组 [ ... ]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object { ... }</source>
        <translation>对象 { ... }</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date like 2026-11-28</source>
        <translation>形如 2026-11-28 的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an ISO 8601 time</source>
        <translation>ISO 8601 时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an ISO 8601 time with a zone, e.g. 2026-11-28T02:00:00Z</source>
        <translation>带时区的 ISO 8601 时间，例如 2026-11-28T02:00:00Z</translation>
    </message>
</context>
<context>
    <name>ow::JsonProblem</name>
    <message>
        <location filename="../core/json/jsonreader.cpp" line="+43"/>
        <source>missing required key &quot;%1&quot;</source>
        <translation>缺少必需的键 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; 必须是%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; 不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; 超过 %2 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; has more than %2 entries</source>
        <translation>&quot;%1&quot; 的条目超过 %2 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; 必须是整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; must be a whole number of at least %2</source>
        <translation>&quot;%1&quot; 必须是不小于 %2 的整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; must be a whole number of at most %2</source>
        <translation>&quot;%1&quot; 必须是不大于 %2 的整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; 必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的键 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>未知的键 &quot;%1&quot;（是否应为 &quot;%2&quot;？）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown value &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>&quot;%2&quot; 的值 &quot;%1&quot; 无法识别</translation>
    </message>
</context>
<context>
    <name>ow::JsonTree</name>
    <message>
        <location filename="../core/catalog/jsontree.cpp" line="+56"/>
        <source>unexpected content after the end of the JSON document</source>
        <translation>JSON 文档结束后出现多余内容</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>unexpected end of file: expected a value</source>
        <translation>文件意外结束：此处应为一个值</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+227"/>
        <source>comments are not allowed in JSON</source>
        <translation>JSON 中不允许使用注释</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>strings must be in double quotes</source>
        <translation>字符串必须使用双引号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a value (object, array, string, number, true, false or null)</source>
        <translation>此处应为一个值（对象、数组、字符串、数字、true、false 或 null）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>invalid number</source>
        <translation>无效的数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>无效的数字：不允许有前导零</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid number: expected a digit after the decimal point</source>
        <translation>无效的数字：小数点后应为数字</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid number: expected a digit in the exponent</source>
        <translation>无效的数字：指数部分应为数字</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>invalid UTF-8 byte sequence (the file must be saved as UTF-8)</source>
        <translation>无效的 UTF-8 字节序列（文件必须以 UTF-8 编码保存）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid \u escape: expected four hexadecimal digits</source>
        <translation>无效的 \u 转义：应为四位十六进制数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+49"/>
        <source>unterminated string: the closing quote is missing</source>
        <translation>字符串未结束：缺少右引号</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>invalid \u escape: a low surrogate without a high surrogate before it</source>
        <translation>无效的 \u 转义：低位代理项之前没有高位代理项</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>invalid \u escape: a high surrogate must be followed by a \u low surrogate</source>
        <translation>无效的 \u 转义：高位代理项之后必须紧跟一个 \u 低位代理项</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid escape sequence \%1 in a string</source>
        <translation>字符串中存在无效的转义序列 \%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>line break inside a string (is the closing quote missing?)</source>
        <translation>字符串内出现换行（是否缺少右引号？）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>control character U+%1 inside a string must be escaped</source>
        <translation>字符串内的控制字符 U+%1 必须转义</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套层数超过 %1 层</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unexpected end of file: expected a key or &apos;}&apos;</source>
        <translation>文件意外结束：此处应为键或 &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trailing comma: expected another key after &apos;,&apos;</source>
        <translation>多余的尾随逗号：&apos;,&apos; 之后应还有一个键</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a key in double quotes</source>
        <translation>此处应为带双引号的键</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &apos;:&apos; after the key &quot;%1&quot;</source>
        <translation>键 &quot;%1&quot; 之后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected end of file: expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>文件意外结束：此处应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>对象成员之后应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>trailing comma: expected another element after &apos;,&apos;</source>
        <translation>多余的尾随逗号：&apos;,&apos; 之后应还有一个元素</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected end of file: expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>文件意外结束：此处应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>数组元素之后应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
</context>
<context>
    <name>ow::KioskWidget</name>
    <message>
        <location filename="../ui/queue/kioskwidget.cpp" line="+27"/>
        <location line="+279"/>
        <source>Priority lane</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Booking check-in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Booked an appointment online or by phone? Check in with its code.</source>
        <translation>已在网上或电话预约？请用预约码签到。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the elderly, the disabled, pregnant women and servicemen</source>
        <translation>适用于老年人、残疾人、孕妇和军人</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The printer did not print: please remember your number.</source>
        <translation>打印机未能出票：请记住您的号码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Printing your ticket…</source>
        <translation>正在打印排队号票…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type your booking code and touch Check in</source>
        <translation>输入预约码，然后点“签到”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking your booking…</source>
        <translation>正在核对您的预约…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>We cannot find this booking code. Please check it and try again, or ask the information desk.</source>
        <translation>找不到该预约码。请核对后重试，或咨询服务台。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is too early to check in for this booking. Please come back closer to your time.
%1</source>
        <translation>现在签到还太早。请在接近预约时间时再来。
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time of this booking has passed. Please take a normal ticket for your service.</source>
        <translation>该预约时段已过。请按所办业务正常取号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This booking has already been checked in. Please wait for the number you were given.</source>
        <translation>该预约已签到。请等候叫您领取的号码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This booking is for another day. Please come back on the day of your booking.</source>
        <translation>该预约不是今天的。请在预约当日再来。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The queue service is not reachable. Please ask the information desk.</source>
        <translation>排队服务暂时无法连接。请咨询服务台。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The booking could not be checked in: %1
Please ask the information desk.</source>
        <translation>预约未能签到：%1
请咨询服务台。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booking %1 checked in</source>
        <translation>预约 %1 已签到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your number: %1</source>
        <translation>您的号码：%1</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>%n person(s) ahead of you</source>
        <translation>
            <numerusform>前面还有 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No ticket was issued: %1
Please ask the information desk.</source>
        <translation>未能取号：%1
请到咨询台咨询。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Touch the service you need to take a number</source>
        <translation>请点击您要办理的业务取号</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>offline: no tickets can be issued, please ask the information desk</source>
        <translation>离线：暂无法取号，请到咨询台咨询</translation>
    </message>
</context>
<context>
    <name>ow::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+29"/>
        <source>OneWindow — hall %1, window %2</source>
        <translation>一窗通 — 大厅 %1，%2 号窗口</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+96"/>
        <source>&amp;Intake</source>
        <translation>受理(&amp;I)</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Ca&amp;ses</source>
        <translation>办件(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+96"/>
        <source>&amp;Pick-up</source>
        <translation>出件(&amp;P)</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+82"/>
        <source>&amp;Bookings</source>
        <translation>预约(&amp;B)</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Ca&amp;talog</source>
        <translation>事项目录(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hall %1 · Window %2 · %3</source>
        <translation>大厅 %1 · %2 号窗口 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next applicant</source>
        <translation>下一位申请人(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cases</source>
        <translation>办件(&amp;C)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find a matter in the catalog</source>
        <translation>在事项目录中查找事项(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find a matter (%1)</source>
        <translation>查找事项（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F7 intake · F8 cases · Ctrl+F catalog
Queue: F1 call next · F2 recall · F3 no-show · F4 complete · F6 pause · F9 transfer
Ctrl+I ID number · Ctrl+M matter · Ctrl+Q situations (Return: next) · Ctrl+L checklist · Space tick a material · C replace it by commitment
Ctrl+1 accept · Ctrl+2 accept with deficiency · Ctrl+3 one-time notice · Ctrl+4 not accept · Ctrl+N next applicant
Cases: Ctrl+P reprint · Ctrl+R return trip · F5 refresh
Case view (Enter on a case): Ctrl+I show the ID number (audited) · Ctrl+P reprint · Esc close</source>
        <translation>F7 受理 · F8 办件 · Ctrl+F 事项目录
叫号：F1 叫下一位 · F2 重呼 · F3 过号 · F4 办结 · F6 暂停 · F9 转移
Ctrl+I 证件号码 · Ctrl+M 事项 · Ctrl+Q 情形（回车进入下一项） · Ctrl+L 材料清单 · 空格 勾选材料 · C 以承诺代替
Ctrl+1 受理 · Ctrl+2 容缺受理 · Ctrl+3 一次性告知 · Ctrl+4 不予受理 · Ctrl+N 下一位申请人
办件：Ctrl+P 补打 · Ctrl+R 补交材料 · F5 刷新
办件详情（在办件上按 Enter）：Ctrl+I 显示证件号码（记入审计） · Ctrl+P 补打 · Esc 关闭</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick-up: Shift+F8 · Enter or Ctrl+H hand over</source>
        <translation>出件：Shift+F8 · Enter 或 Ctrl+H 出件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue list: Return on a waiting ticket calls that one</source>
        <translation>等候列表：在选中的号票上按回车即叫该号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings: Shift+F7</source>
        <translation>预约：Shift+F7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About OneWindow</source>
        <translation>关于一窗通(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About OneWindow</source>
        <translation>关于一窗通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;OneWindow %1&lt;/b&gt;&lt;p&gt;One-window intake for the government service hall: any matter at any window, every missing material told at once.&lt;/p&gt;</source>
        <translation>&lt;b&gt;一窗通 %1&lt;/b&gt;&lt;p&gt;政务服务大厅综合窗口一窗受理：任一窗口均可受理任一事项，所缺材料一次性告知。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ow::Matter</name>
    <message>
        <location filename="../core/domain/matter.cpp" line="+10"/>
        <source>original</source>
        <translation>原件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>electronic</source>
        <translation>电子件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>original and copy</source>
        <translation>原件及复印件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>required</source>
        <translation>必交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>选交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required in this situation</source>
        <translation>特定情形下必交</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Instant</source>
        <translation>马上办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>网上办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearby</source>
        <translation>就近办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One trip</source>
        <translation>一次办</translation>
    </message>
</context>
<context>
    <name>ow::MatterDetailsWidget</name>
    <message>
        <location filename="../ui/catalog/matterdetailswidget.cpp" line="+78"/>
        <source>Time limit:</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+56"/>
        <source>Legal basis:</source>
        <translation>设定依据：</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Fees:</source>
        <translation>收费：</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+56"/>
        <source>Situations:</source>
        <translation>情形：</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Materials:</source>
        <translation>申请材料：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2 · code %3 · version %4</source>
        <translation>%1 · %2 · 编码 %3 · 版本 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Done on the spot (legal limit %n working day(s))</source>
        <translation>
            <numerusform>即办件（法定时限 %n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised %1 working day(s), legal limit %2</source>
        <translation>承诺时限 %1 个工作日，法定时限 %2 个工作日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free of charge</source>
        <translation>不收费</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-14"/>
        <source> / </source>
        <translation> / </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>One-thing bundle · code %1 · %n matter(s)</source>
        <translation>
            <numerusform>一件事 · 编码 %1 · 含 %n 个事项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matters:</source>
        <translation>包含事项：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on the spot, every matter of the bundle</source>
        <translation>即办件（所含事项均为即办）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Promised %n working day(s), by the slowest matter</source>
        <translation>
            <numerusform>承诺时限 %n 个工作日（以用时最长的事项为准）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As each matter publishes</source>
        <translation>按各事项公布的标准收费</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type a matter&apos;s name or its pinyin initials</source>
        <translation>输入事项名称或拼音首字母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 食品经营 or spjy</source>
        <translation>例如：食品经营 或 spjy</translation>
    </message>
</context>
<context>
    <name>ow::MatterMaterialsModel</name>
    <message>
        <location filename="../ui/catalog/mattermaterialsmodel.cpp" line="+44"/>
        <source>when: %1</source>
        <translation>适用情形：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · may follow later</source>
        <translation> · 可容缺（后补）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate store</source>
        <translation>电子证照库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data sharing</source>
        <translation>数据共享</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issued by: %1</source>
        <translation>开具单位：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to obtain: %1</source>
        <translation>获取方式：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis: %1</source>
        <translation>设定依据：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>是否必交</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued by</source>
        <translation>开具单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
</context>
<context>
    <name>ow::MatterPicker</name>
    <message>
        <location filename="../ui/intake/matterpicker.cpp" line="+25"/>
        <source>Matter: 汉字 or pinyin initials, Enter to take it (Ctrl+M)</source>
        <translation>事项：输入汉字或拼音首字母，按 Enter 选定（Ctrl+M）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (one-thing bundle)</source>
        <translation>%1（一件事）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n matter(s) at once</source>
        <translation>
            <numerusform>一次办理 %n 个事项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::PagedPrinter</name>
    <message>
        <location filename="../core/print/pagedprinter.cpp" line="+231"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>ow::ParkedItemsDialog</name>
    <message>
        <location filename="../ui/sync/parkeditemsdialog.cpp" line="+24"/>
        <source>Items refused by the platform</source>
        <translation>平台拒收的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform refused these items and gave its reasons. Fix the cause (for example a matter the platform&apos;s catalog does not list yet), then send them again. Everything else keeps syncing.</source>
        <translation>平台拒收了以下条目并给出了原因。请先消除原因（例如平台目录中尚未列出的事项），再重新发送。其他内容的同步不受影响。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send selected again</source>
        <translation>重新发送所选条目</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The items could not be queued again: %1</source>
        <translation>无法重新排队：%1</translation>
    </message>
</context>
<context>
    <name>ow::ParkedItemsModel</name>
    <message>
        <location filename="../ui/sync/parkeditemsmodel.cpp" line="+29"/>
        <source>Satisfaction rating</source>
        <translation>好差评</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case, revision %1</source>
        <translation>办件，第 %1 版</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason given by the platform</source>
        <translation>平台给出的原因</translation>
    </message>
</context>
<context>
    <name>ow::PasswordPolicy</name>
    <message>
        <location filename="../core/security/passwordpolicy.cpp" line="+98"/>
        <source>A password cannot be only spaces.</source>
        <translation>密码不能只有空格。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A password cannot contain the user name.</source>
        <translation>密码不能包含用户名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This password is among the first an attacker tries (a common password or a simple pattern). Choose a longer phrase of your own, for example three unrelated words.</source>
        <translation>这个密码是攻击者最先尝试的密码之一（常见密码或简单规律）。请选择一个更长的、自己的短语，例如三个互不相关的词。</translation>
    </message>
</context>
<context>
    <name>ow::PauseDialog</name>
    <message>
        <location filename="../ui/queue/pausedialog.cpp" line="+19"/>
        <source>Pause with %1 at the window</source>
        <translation>%1 仍在窗口，暂停服务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Complete and pause</source>
        <translation>办结后暂停(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transfer and pause…</source>
        <translation>转办后暂停(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep serving</source>
        <translation>继续服务(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket %1 is still at the window. Before the window pauses, complete the ticket or transfer it.</source>
        <translation>%1 号仍在窗口办理。暂停服务前，请先办结或转办该号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Outcome:</source>
        <translation>办理结果(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ow::PickupListModel</name>
    <message numerus="yes">
        <location filename="../ui/handover/pickuplistmodel.cpp" line="+47"/>
        <source>%n working day(s), overdue</source>
        <translation>
            <numerusform>%n 个工作日，已超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At the hall since</source>
        <translation>到达大厅时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
</context>
<context>
    <name>ow::PickupPage</name>
    <message>
        <location filename="../ui/handover/pickuppage.cpp" line="+29"/>
        <source>&amp;Hand over...</source>
        <translation>出件(&amp;H)...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hand the selected result over, in person or by post (Enter or Ctrl+H)</source>
        <translation>将所选办件结果当面交付或邮寄（Enter 或 Ctrl+H）</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n result(s) waiting at the hall</source>
        <translation>
            <numerusform>%n 件结果在大厅待领取</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Hand-over</source>
        <translation>出件</translation>
    </message>
</context>
<context>
    <name>ow::Platform</name>
    <message>
        <location filename="../core/platform/platformstore.cpp" line="+88"/>
        <source>The case id &quot;%1&quot; is not a UUID.</source>
        <translation>办件标识“%1”不是 UUID。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/platform/platformstore_handover.cpp" line="+67"/>
        <source>The case id in the body (%1) differs from the one in the address (%2).</source>
        <translation>请求体中的办件标识（%1）与地址中的（%2）不一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case %1 lacks a revision, matters, hall code or applicant ID number.</source>
        <translation>办件 %1 缺少版本号、事项、大厅代码或申请人证件号码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case %1 names the matter %2, which is not in the platform&apos;s catalog.</source>
        <translation>办件 %1 所涉事项 %2 不在平台的事项目录中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The platform has no case %1 of this device.</source>
        <translation>平台上没有本设备的办件 %1。</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+88"/>
        <source>The platform could not store the case.</source>
        <translation>平台无法保存该办件。</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The platform already holds revision %1 of this case.</source>
        <translation>平台已有该办件的第 %1 版。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revision %1 of this case was delivered before with different content.</source>
        <translation>该办件的第 %1 版此前已以不同内容送达。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The body is not a JSON object: %1</source>
        <translation>请求体不是 JSON 对象：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A batch is an object whose &quot;items&quot; holds 1 to 500 cases.</source>
        <translation>批量请求须为对象，其“items”包含 1 至 500 个办件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item %1 is not an object.</source>
        <translation>第 %1 项不是对象。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The platform could not store the batch.</source>
        <translation>平台无法保存该批办件。</translation>
    </message>
    <message>
        <location filename="../core/platform/platformstore_feed.cpp" line="+30"/>
        <location filename="../core/platform/platformstore_handover.cpp" line="+66"/>
        <source>The platform&apos;s database failed.</source>
        <translation>平台数据库出错。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cursor &quot;%1&quot; is not one this platform gave.</source>
        <translation>游标“%1”不是本平台发出的。</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+106"/>
        <source>The platform has no case %1.</source>
        <translation>平台没有办件 %1。</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>A one-time notice or a case not accepted is not handled further.</source>
        <translation>一次性告知或不予受理的办件不再继续办理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case waits for the applicant&apos;s missing materials (容缺).</source>
        <translation>该办件正在等待申请人补齐材料（容缺）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case is %1 and cannot move to &quot;%2&quot;.</source>
        <translation>该办件当前为 %1，无法变更为“%2”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unified pick-up window</source>
        <translation>统一出件窗口</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A rating needs a UUID id, a case id, a score from 1 to 5 and the time it was given.</source>
        <translation>评价须包含 UUID 标识、办件标识、1 至 5 的评分和评价时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rating&apos;s reasons are keys of the rating list, for a score of 1 or 2.</source>
        <translation>评价原因须取自评价原因清单，且只用于 1 或 2 分的评价。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Rating %1 was delivered before with different content.</source>
        <translation>评价 %1 此前已以不同内容送达。</translation>
    </message>
    <message>
        <location filename="../core/platform/platformstore_handover.cpp" line="-90"/>
        <source>The hand-over is too large.</source>
        <translation>出件信息过大。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body is not a JSON object.</source>
        <translation>请求内容不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A hand-over is an onewindow-handover/1 object for a case UUID.</source>
        <translation>出件信息须为针对办件 UUID 的 onewindow-handover/1 对象。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A hand-over is in person (by the applicant or an agent) or by post (with the carrier and tracking number).</source>
        <translation>出件方式为当面领取（申请人或代理人）或邮寄（附寄递企业和运单号）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This case was reported handed over before, differently.</source>
        <translation>此办件此前已报告出件，且内容不同。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The result of this case has not been delivered to the hall (it is %1).</source>
        <translation>此办件的结果尚未送达大厅（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A hand-over is a revision after %1, the one the platform holds.</source>
        <translation>出件须为平台所存第 %1 版之后的新版本。</translation>
    </message>
</context>
<context>
    <name>ow::PlatformServer</name>
    <message>
        <location filename="../core/platform/platformserver.cpp" line="+118"/>
        <source>Cannot read the TLS certificate %1 or key %2 (PEM expected).</source>
        <translation>无法读取 TLS 证书 %1 或私钥 %2（应为 PEM 格式）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No such resource.</source>
        <translation>没有该资源。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The platform is overloaded (injected fault).</source>
        <translation>平台过载（注入的故障）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform failed (injected fault).</source>
        <translation>平台出错（注入的故障）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many requests; wait and retry.</source>
        <translation>请求过多，请稍候重试。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This device&apos;s token is missing or unknown.</source>
        <translation>本设备的令牌缺失或无效。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request is larger than 8 MiB.</source>
        <translation>请求超过 8 MiB。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No such resource: %1 %2</source>
        <translation>没有该资源：%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No catalog is published yet.</source>
        <translation>尚未发布事项目录。</translation>
    </message>
</context>
<context>
    <name>ow::PrivateFiles</name>
    <message numerus="yes">
        <location filename="../core/files/privatefiles.cpp" line="+109"/>
        <source>Other users of this computer can read %1 (%n file(s) or folder(s) wider than owner-only). Make them private with: %2</source>
        <translation>
            <numerusform>本机的其他用户可以读取 %1（%n 个文件或文件夹的权限宽于仅所有者）。用以下命令设为私有：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::Provision</name>
    <message>
        <location filename="../core/hall/provision/hallprovision.cpp" line="+45"/>
        <source>A device name is lower-case letters, digits and &apos;-&apos; (at most 32), like counter-03: &quot;%1&quot;</source>
        <translation>设备名称由小写字母、数字和“-”组成（最多 32 个字符），例如 counter-03：“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A device&apos;s role is kiosk, window, board or supervisor: &quot;%1&quot;</source>
        <translation>设备角色须为 kiosk、window、board 或 supervisor：“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A window token needs its window (like W03), and only a window token has one.</source>
        <translation>窗口令牌必须指定窗口（例如 W03），且只有窗口令牌才能指定窗口。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+123"/>
        <location line="+12"/>
        <location filename="../core/hall/provision/halltlsfiles.cpp" line="+88"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The hall code is 1 to 16 capital letters and digits: &quot;%1&quot;</source>
        <translation>大厅代码须为 1 至 16 位大写字母和数字：“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A hall has 1 to 99 windows and 0 to 99 kiosks, boards and supervisors.</source>
        <translation>一个大厅有 1 至 99 个窗口，取号机、叫号屏和管理看板各 0 至 99 台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With TLS the service&apos;s address is https://: &quot;%1&quot;</source>
        <translation>启用 TLS 时服务地址须为 https://：“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service&apos;s address is an http:// or https:// address the PCs can reach: &quot;%1&quot;</source>
        <translation>服务地址须为各台电脑可访问的 http:// 或 https:// 地址：“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than a tokens file can be.</source>
        <translation>%1 超出了令牌文件的大小上限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a tokens file ({&quot;tokens&quot;: [...]}).</source>
        <translation>%1 不是令牌文件（{&quot;tokens&quot;: [...]}）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot keep the owner and group of %1: run this as its owner or as root.</source>
        <translation>无法保留 %1 的属主和属组：请以其属主或 root 身份运行。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 already holds a hall (%2): nothing was changed. Choose an empty folder.</source>
        <translation>%1 中已有大厅文件（%2）：未做任何更改。请选择一个空文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <location filename="../core/hall/provision/halltlsfiles.cpp" line="-17"/>
        <location line="+7"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 already has a token: revoke it first to give it a new one.</source>
        <translation>%1 已有令牌：请先吊销，再发放新令牌。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has no token in %2: nothing was changed.</source>
        <translation>%2 中没有 %1 的令牌：未做任何更改。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hall %1 %2: %3 devices, the service at %4</source>
        <translation>大厅 %1 %2：%3 台设备，服务地址 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the server PC (the onewindow-hall package):</source>
        <translation>在服务器电脑上（onewindow-hall 软件包）：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On each PC (the onewindow package), its two files, readable only by the account that runs onewindow (USER below stands for it):</source>
        <translation>在每台电脑上（onewindow 软件包）安装它的两个文件，令牌只允许运行 onewindow 的账户读取（下文的 USER 即指该账户）：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Then delete the devices folder here: a token belongs on its PC only. A lost or stolen PC: onewindowctl hall revoke-device --tokens /etc/onewindow/hall-tokens.json --device NAME, then restart the service.</source>
        <translation>然后删除此处的 devices 文件夹：令牌只应保存在对应的电脑上。电脑丢失或被盗时：执行 onewindowctl hall revoke-device --tokens /etc/onewindow/hall-tokens.json --device 名称，然后重启服务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service&apos;s certificate is valid for 825 days; onewindowctl hall tls then makes a new hall CA and certificate, and the new hall-ca.pem goes to every PC.</source>
        <translation>服务证书有效期为 825 天；到期前用 onewindowctl hall tls 生成新的大厅 CA 和证书，并把新的 hall-ca.pem 分发到每台电脑。</translation>
    </message>
    <message>
        <location filename="../core/hall/provision/halltlsfiles.cpp" line="-51"/>
        <source>openssl %1 failed: %2</source>
        <translation>openssl %1 执行失败：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not a host name or IP address.</source>
        <translation>“%1”不是主机名或 IP 地址。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The openssl command is missing (apt install openssl).</source>
        <translation>缺少 openssl 命令（apt install openssl）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 exists already: nothing was changed.</source>
        <translation>%1 已存在：未做任何更改。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ow::Queue</name>
    <message>
        <location filename="../core/queue/queueconfig.cpp" line="+52"/>
        <source>%1.code must be one or two capital letters (the ticket prefix).</source>
        <translation>%1.code 须为一到两个大写字母（号票前缀）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the service code %2 is used twice.</source>
        <translation>%1：业务编码 %2 重复使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.name is missing.</source>
        <translation>缺少 %1.name。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hall has no services.</source>
        <translation>大厅没有任何业务。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.id must be 1-16 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>%1.id 须为 1-16 位字母、数字、&apos;-&apos; 或 &apos;_&apos;。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the window id %2 is used twice.</source>
        <translation>%1：窗口编号 %2 重复使用。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: unknown service &quot;%2&quot;.</source>
        <translation>%1：未知业务 &quot;%2&quot;。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the service %2 is listed twice.</source>
        <translation>%1：业务 %2 列出了两次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 serves no service.</source>
        <translation>%1 未办理任何业务。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The hall has no windows.</source>
        <translation>大厅没有任何窗口。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>format must be &quot;onewindow-hall/1&quot;.</source>
        <translation>format 须为 &quot;onewindow-hall/1&quot;。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hall.code must be 1-16 capital letters or digits.</source>
        <translation>hall.code 须为 1-16 位大写字母或数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hall.timeZone &quot;%1&quot; is not a known time zone.</source>
        <translation>hall.timeZone &quot;%1&quot; 不是已知时区。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>policy.kind must be strict, weighted or appointment_first.</source>
        <translation>policy.kind 须为 strict、weighted 或 appointment_first。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>priorityCategories[%1].id must be unique lowercase letters or &apos;_&apos;.</source>
        <translation>priorityCategories[%1].id 须为不重复的小写字母或 &apos;_&apos;。</translation>
    </message>
    <message>
        <location filename="../core/queue/queueengine.cpp" line="+21"/>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at a window</source>
        <translation>正在窗口办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped as a no-show</source>
        <translation>因过号未到已作废</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../core/queue/queueengine_window.cpp" line="+140"/>
        <source>There is no window %1.</source>
        <translation>没有 %1 窗口。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+262"/>
        <source>Window %1 is paused.</source>
        <translation>%1 已暂停服务。</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Window %1 has no ticket at the moment.</source>
        <translation>%1 当前没有号票。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no ticket %1 today.</source>
        <translation>今天没有 %1 号。</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../core/queue/queueengine_bookings.cpp" line="+20"/>
        <source>There is no booking %1.</source>
        <translation>没有预约 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booking %1 is for %2, not today.</source>
        <translation>预约 %1 是 %2 的，不是今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking %1 was cancelled; please take a normal ticket.</source>
        <translation>预约 %1 已取消，请取普通号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/queue/queueengine_bookings.cpp" line="+10"/>
        <source>Booking %1 was already checked in as ticket %2.</source>
        <translation>预约 %1 已签到，号票为 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booking %1 can be checked in from %2.</source>
        <translation>预约 %1 可从 %2 起签到。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The slot of booking %1 ended at %2; please take a normal ticket.</source>
        <translation>预约 %1 的时段已于 %2 结束，请取普通号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+42"/>
        <location line="+74"/>
        <location filename="../core/queue/queueengine_window.cpp" line="-3"/>
        <source>There is no service %1.</source>
        <translation>没有业务 %1。</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>There is no priority category %1.</source>
        <translation>没有优先类别 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has issued all %2 tickets for today.</source>
        <translation>%1 今日 %2 个号已全部发完。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A booking needs a code (capital letters, digits, &apos;-&apos;), a service and a slot of today or later that ends after it starts.</source>
        <translation>预约须有预约码（大写字母、数字、&apos;-&apos;）、业务，以及今天或之后、结束晚于开始的时段。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Booking %1 is already registered.</source>
        <translation>预约 %1 已登记。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ticket %1 is %2; cases are linked to a ticket at or after its window.</source>
        <translation>%1 号%2；办件须在该号到窗口办理时或之后关联。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>A case id has 1 to 64 characters; a ticket has at most 20.</source>
        <translation>办件编号为 1 到 64 个字符；每个号最多关联 20 件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A rating is a whole number from 1 to 5.</source>
        <translation>评价须为 1 到 5 的整数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rating comment has at most 200 characters.</source>
        <translation>评价意见最多 200 个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 can be rated once it is completed.</source>
        <translation>%1 号办结后才能评价。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1 was already rated.</source>
        <translation>%1 号已评价过。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A service&apos;s weight is a whole number from 1 to 10.</source>
        <translation>业务权重须为 1 至 10 的整数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A window serves at least one service.</source>
        <translation>一个窗口至少办理一项业务。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A pause reason has at most 100 characters.</source>
        <translation>暂停原因最多 100 个字符。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Window %1 is not paused.</source>
        <translation>%1 未暂停服务。</translation>
    </message>
    <message>
        <location filename="../core/queue/queueengine_window.cpp" line="-120"/>
        <source>Unknown outcome &quot;%1&quot;; use one of: %2.</source>
        <translation>未知办理结果 &quot;%1&quot;；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Window %1 still has ticket %2: complete it, transfer it or record a no-show first.</source>
        <translation>%1 还有 %2 号在办理：请先办结、转办或记为过号。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Ticket %1 is not waiting (it is %2).</source>
        <translation>%1 号不在等候中（%2）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ticket %1 was called %2 s ago; a no-show can be recorded after %3 s.</source>
        <translation>%1 号 %2 秒前被叫；%3 秒后才能记为过号。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A transfer needs another service or a window.</source>
        <translation>转办须指定其他业务或窗口。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No window serves %1; transfer to a window instead.</source>
        <translation>没有窗口办理%1；请转到指定窗口。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A transfer note has at most %1 characters.</source>
        <translation>转办备注最多 %1 个字。</translation>
    </message>
    <message>
        <location filename="../core/queue/queueengine_bookings.cpp" line="-5"/>
        <source>Booking %1 was cancelled.</source>
        <translation>预约 %1 已取消。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A booking needs a slot of today or later that ends after it starts.</source>
        <translation>预约须为今天或之后、结束晚于开始的时段。</translation>
    </message>
</context>
<context>
    <name>ow::QuickComments</name>
    <message>
        <location filename="../ui/queue/quickcomments.cpp" line="+19"/>
        <source>Quick service</source>
        <translation>办事快</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear explanations</source>
        <translation>讲解清楚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friendly staff</source>
        <translation>态度好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waited too long</source>
        <translation>等候太久</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Had to come back</source>
        <translation>多跑了一趟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requirements unclear</source>
        <translation>要求不清楚</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ow::Rating</name>
    <message>
        <location filename="../core/domain/ratingreasons.cpp" line="+15"/>
        <source>Unfriendly service</source>
        <translation>服务态度不好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited too long</source>
        <translation>排队等候时间长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow handling</source>
        <translation>办理效率低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not told everything at once</source>
        <translation>未一次性告知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for too many materials</source>
        <translation>要求材料过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have to come back again</source>
        <translation>需要多次跑动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complicated procedure</source>
        <translation>办事流程繁琐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreasonable fees</source>
        <translation>收费不合理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hall facilities</source>
        <translation>大厅环境设施不便</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Only a rating of 1 or 2 gives reasons.</source>
        <translation>只有 1 或 2 分的评价可以选择原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a reason of the rating list.</source>
        <translation>“%1”不在评价原因清单中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason &quot;%1&quot; is given twice.</source>
        <translation>原因“%1”重复了。</translation>
    </message>
</context>
<context>
    <name>ow::RatingWidget</name>
    <message>
        <location filename="../ui/queue/ratingwidget.cpp" line="+59"/>
        <source>Welcome. After your visit, please rate our service here.</source>
        <translation>欢迎光临。办理结束后，请在此评价我们的服务。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Anything to tell us? (optional, then touch a level)</source>
        <translation>有什么想对我们说的吗？（可选，填写后请点选评价等级）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>We are sorry. What went wrong? Touch all that apply.</source>
        <translation>非常抱歉。请告诉我们哪里做得不好（可多选）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ticket %1: how satisfied are you with our service today?</source>
        <translation>%1 号：您对今天的服务满意吗？</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thank you! This visit has already been rated.</source>
        <translation>谢谢！本次办理已评价过。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, your rating could not be recorded. Please tell the clerk or use the kiosk.</source>
        <translation>抱歉，您的评价未能记录。请告知窗口人员或在取号机上评价。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>offline: ratings are not available right now</source>
        <translation>离线：暂时无法评价</translation>
    </message>
</context>
<context>
    <name>ow::ReassignDialog</name>
    <message>
        <location filename="../ui/dashboard/reassigndialog.cpp" line="+20"/>
        <source>Services of %1</source>
        <translation>%1 的业务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A weight of 2 lets this service&apos;s tickets count double at this window.</source>
        <translation>权重为 2 时，该业务的号票在此窗口按双倍计。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The window calls only from the checked services.</source>
        <translation>窗口只从勾选的业务中叫号。</translation>
    </message>
</context>
<context>
    <name>ow::ReformModel</name>
    <message>
        <location filename="../ui/dashboard/reformmodel.cpp" line="+9"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comprehensive</source>
        <translation>综合窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listed / collected</source>
        <translation>应交 / 实收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One trip</source>
        <translation>最多跑一次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instant</source>
        <translation>即办</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avg rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not taken in</source>
        <translation>未收取</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Comprehensive window</source>
        <translation>综合窗口</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ow::ReformPage</name>
    <message>
        <location filename="../ui/dashboard/reformpage.cpp" line="+52"/>
        <location line="+58"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report as PDF…</source>
        <translation>导出 PDF 报表…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report as CSV…</source>
        <translation>导出 CSV 报表…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At comprehensive windows (target ≥ 70%)</source>
        <translation>综合窗口受理（目标 ≥ 70%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials not taken in (listed vs. collected)</source>
        <translation>未收取材料（应交与实收）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most one trip</source>
        <translation>最多跑一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-frequency matters in at most one trip (target %1 of the top %2)</source>
        <translation>高频事项“最多跑一次”（目标：前 %2 项中 %1 项）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instant cases</source>
        <translation>即办件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied (4–5 of 5)</source>
        <translation>满意（5 分制 4–5 分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates replaced by commitment</source>
        <translation>以承诺代替的证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matters that can be handled online (target ≥ %1%)</source>
        <translation>网上可办率（目标 ≥ %1%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Materials reduction against the pre-reform lists (target ≥ %1%)</source>
        <translation>申请材料较改革前精简（目标 ≥ %1%）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per window</source>
        <translation>按窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per matter</source>
        <translation>按事项</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 of %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 materials listed, %2 collected</source>
        <translation>应交材料 %1 份，实收 %2 份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Material lines replaced by the applicant&apos;s signed commitment</source>
        <translation>以申请人签署的承诺代替的材料项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (average %2)</source>
        <translation>%1（平均 %2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of the catalog&apos;s %2 matters are marked as handled online</source>
        <translation>目录中 %2 个事项有 %1 个标注为网上可办</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the catalog&apos;s %2 matters declare their list before the reform: %3 materials then, %4 now</source>
        <translation>目录 %2 个事项中有 %1 个申报了改革前材料清单：改革前 %3 份，现在 %4 份</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 matters</source>
        <translation>%2 项中 %1 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matters ranked by their cases; one counts when %1% of its cases needed at most one trip</source>
        <translation>按办件量排序的事项；某事项 %1% 的办件最多跑一次即计入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below %1% of cases in at most one trip: %2</source>
        <translation>最多跑一次的办件不足 %1%：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today, live</source>
        <translation>今日，实时</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>ow::Report</name>
    <message>
        <location filename="../core/dashboard/reportcsv.cpp" line="+36"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/dashboard/reporthtml.cpp" line="+74"/>
        <source>Nothing in this period.</source>
        <translation>该期间没有数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comprehensive: cases decided at a comprehensive window, of all cases. Materials not taken in: 1 − collected / listed over the cases taken in (the reduction against the pre-reform lists, with its target, is in the catalog lists). High-frequency matters: the 100 with most cases; one counts when 90% of its cases needed at most one trip. Satisfied: ratings of 4 or 5. Overdue: cases taken in whose promised date has passed and that are not finished (ready for pick-up or completed, as the window last heard from the platform).</source>
        <translation>综合窗口：在综合窗口作出受理决定的办件占全部办件的比例。未收取材料：已受理办件中 1 − 实收 / 应交（较改革前材料清单的精简率及其目标见事项清单报表）。高频事项：办件量最多的 100 个事项；某事项 90% 的办件最多跑一次即计入。满意：4 分或 5 分的评价。超期：已受理、承诺办结日期已过且尚未办结（据窗口最近从平台获知的状态，待领取或已办结即为办结）的办件。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <location filename="../core/dashboard/reporttables.cpp" line="+62"/>
        <source>Decisions</source>
        <translation>受理决定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With deficiency</source>
        <translation>容缺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time notices</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comprehensive</source>
        <translation>综合窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most one trip</source>
        <translation>最多跑一次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instant</source>
        <translation>即办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../core/dashboard/cataloglists.cpp" line="+92"/>
        <location filename="../core/dashboard/reporttables.cpp" line="+0"/>
        <location line="+30"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/dashboard/reporttables.cpp" line="-30"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../core/dashboard/reporttables.cpp" line="-58"/>
        <source>missed: %1</source>
        <translation>未达到：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Materials not taken in</source>
        <translation>未收取材料</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets issued</source>
        <translation>取号数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets served</source>
        <translation>已办结号票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average wait (min)</source>
        <translation>平均等候（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait (min)</source>
        <translation>最长等候（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average service time (min)</source>
        <translation>平均办理时长（分钟）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supplements outstanding</source>
        <translation>待补正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon (as of %1)</source>
        <translation>即将到期（截至 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue (as of %1)</source>
        <translation>已超期（截至 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplements overdue</source>
        <translation>补正已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Not yet synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Results handed over (as of %1)</source>
        <translation>已出件（截至 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  of which by post</source>
        <translation>  其中邮寄送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results waiting at the hall (as of %1)</source>
        <translation>在大厅待领取（截至 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  of which waiting long</source>
        <translation>  其中等待过久</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reform figures</source>
        <translation>改革指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Counted</source>
        <translation>计数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases taken at comprehensive windows</source>
        <translation>综合窗口受理的办件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≥ 70%</source>
        <translation>≥ 70%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Materials not taken in (1 − collected / listed)</source>
        <translation>未收取材料（1 − 实收 / 应交）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 collected of %2 listed</source>
        <translation>应交 %2 份，实收 %1 份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates replaced by commitment</source>
        <translation>以承诺代替的证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines of cases taken in</source>
        <translation>受理办件的材料项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases done in at most one trip</source>
        <translation>最多跑一次办结的办件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High-frequency matters done in at most one trip (top %1 by cases; %2% of a matter&apos;s cases)</source>
        <translation>高频事项“最多跑一次”（按办件量前 %1 项；事项 %2% 的办件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%2 项中 %1 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matters (%2 by the end of 2018)</source>
        <translation>%1 个事项（2018 年底前 %2 个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instant cases (of cases taken in)</source>
        <translation>即办件（占已受理办件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied ratings (4–5)</source>
        <translation>满意评价（4–5 分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bad ratings (1–2) rectified</source>
        <translation>差评（1–2 分）整改率</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>100% within %n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日内 100%</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  of which within the time limit</source>
        <translation>  其中按期整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad ratings called back</source>
        <translation>差评已回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad ratings overdue (as of %1)</source>
        <translation>差评逾期未整改（截至 %1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>Tickets</source>
        <translation>号票</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+12"/>
        <location line="+27"/>
        <source>Served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+12"/>
        <source>Avg wait (min)</source>
        <translation>平均等候（分钟）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Per window</source>
        <translation>按窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comprehensive window</source>
        <translation>综合窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg service (min)</source>
        <translation>平均办理（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Per matter</source>
        <translation>按事项</translation>
    </message>
    <message>
        <location filename="../core/dashboard/cataloglists.cpp" line="-63"/>
        <source>Instant list (马上办)</source>
        <translation>马上办清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online list (网上办)</source>
        <translation>网上办清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearby list (就近办)</source>
        <translation>就近办清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-trip list (一次办)</source>
        <translation>一次办清单</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matter lists of the catalog</source>
        <translation>事项清单</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../core/dashboard/reporttables.cpp" line="+1"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/dashboard/reporttables.cpp" line="+0"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/dashboard/reporttables.cpp" line="+0"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised days</source>
        <translation>承诺时限（工作日）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists and 网上可办率</source>
        <translation>清单与网上可办率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matters in the catalog</source>
        <translation>目录中的事项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online availability (网上可办率), target at least %1%</source>
        <translation>网上可办率（目标不低于 %1%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Materials reduction against the pre-reform lists, target at least %1% (%2 of %3 matters declare theirs)</source>
        <translation>申请材料较改革前精简率，目标不低于 %1%（%3 个事项中 %2 个申报了改革前清单）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No matter on this list.</source>
        <translation>本清单暂无事项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the catalog&apos;s tags. Instant (马上办) also holds every matter promised at 0 working days. Online availability (网上可办率): matters on the online list / all matters in the catalog. Materials reduction: 1 − materials the guides ask now (required or situational, not fetched by data sharing) / materials they asked before the reform, over the matters that declare it.</source>
        <translation>根据目录标签。马上办清单还包括所有承诺时限为 0 个工作日的事项。网上可办率：网上办清单中的事项 / 目录中的全部事项。申请材料精简率：1 − 办事指南现在要求申请人提交的材料（必交或按情形提交、不含通过数据共享获取的）/ 改革前要求的材料，按申报了改革前清单的事项合计。</translation>
    </message>
    <message>
        <location filename="../core/dashboard/reporttables.cpp" line="+11"/>
        <source>Tickets per hour</source>
        <translation>每小时号票数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wait time distribution</source>
        <translation>等候时长分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait (min)</source>
        <translation>等候（分钟）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Daily report %1</source>
        <translation>%1 日报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report %1 – %2</source>
        <translation>报表 %1 – %2</translation>
    </message>
</context>
<context>
    <name>ow::RetentionJob</name>
    <message>
        <location filename="../core/workflow/retentionjob.cpp" line="+109"/>
        <source>Cannot remove the archived document %1.</source>
        <translation>无法删除归档文书 %1。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A retention run is already going on.</source>
        <translation>保存期限清理已在进行中。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Applicants whose personal data would go: %1</source>
        <translation>将删除个人信息的申请人：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived documents to remove: %1</source>
        <translation>将删除的归档文书：%1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delivered revisions to remove: %1</source>
        <translation>将删除的已交付版本：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered revisions removed: %1</source>
        <translation>已删除的已交付版本：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicants whose personal data went: %1</source>
        <translation>已删除个人信息的申请人：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived documents removed: %1</source>
        <translation>已删除的归档文书：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space given back: %1 KiB</source>
        <translation>回收空间：%1 KiB</translation>
    </message>
</context>
<context>
    <name>ow::ReturnTripDialog</name>
    <message>
        <location filename="../ui/cases/returntripdialog.cpp" line="+22"/>
        <source>Return trip: %1</source>
        <translation>补交材料：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · %2
Tick what the applicant brought today; the case completes when nothing is missing.</source>
        <translation>%1 · %2
请勾选申请人今天带来的材料；所缺材料全部补齐后，办件转为“已受理”。</translation>
    </message>
</context>
<context>
    <name>ow::SearchResultsModel</name>
    <message numerus="yes">
        <location filename="../ui/catalog/searchresultsmodel.cpp" line="+37"/>
        <source>One-thing bundle of %n matter(s)</source>
        <translation>
            <numerusform>一件事（含 %n 个事项）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>on the spot</source>
        <translation>即办</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promised</source>
        <translation>承诺时限</translation>
    </message>
</context>
<context>
    <name>ow::ServiceQueueModel</name>
    <message>
        <location filename="../ui/dashboard/servicequeuemodel.cpp" line="+11"/>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longest now</source>
        <translation>当前最长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avg wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has waited longest</source>
        <translation>%1 等候最久</translation>
    </message>
</context>
<context>
    <name>ow::SignInDialog</name>
    <message>
        <location filename="../ui/account/signindialog.cpp" line="+24"/>
        <source>OneWindow — sign in at window %1</source>
        <translation>一窗通 — 登录 %1 号窗口</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ow::SituationPanel</name>
    <message>
        <location filename="../ui/intake/situationpanel.cpp" line="+30"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No situation questions for this matter.</source>
        <translation>此事项没有情形问题。</translation>
    </message>
</context>
<context>
    <name>ow::Storage</name>
    <message>
        <location filename="../core/storage/applicantrepository.cpp" line="+91"/>
        <source>An applicant needs an ID number and a name.</source>
        <translation>申请人必须有证件号码和姓名。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot save the applicant: %1</source>
        <translation>无法保存申请人：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/caserecords.cpp" line="+100"/>
        <location line="+129"/>
        <location line="+14"/>
        <source>No case %1.</source>
        <translation>不存在办件 %1。</translation>
    </message>
    <message>
        <location filename="../core/storage/caserepository.cpp" line="+43"/>
        <source>No case number was drawn.</source>
        <translation>未取得办件编号。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The hall code &quot;%1&quot; must be 1 to 16 letters or digits.</source>
        <translation>大厅代码 &quot;%1&quot; 必须由 1 至 16 个字母或数字组成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window number %1 is not between 1 and 99.</source>
        <translation>窗口号 %1 不在 1 至 99 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case needs at least one matter.</source>
        <translation>办件至少需要包含一个事项。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Case %1 is already saved.</source>
        <translation>办件 %1 已保存过。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot find an unused query code.</source>
        <translation>找不到未使用的查询码。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The case was not saved: %1</source>
        <translation>办件未保存：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The day the materials were received is missing.</source>
        <translation>缺少材料的接收日期。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case %1 is not waiting for materials.</source>
        <translation>办件 %1 不处于待补齐材料状态。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case %1 does not list the material %2.</source>
        <translation>办件 %1 的材料清单中没有材料 %2。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The applicant of case %1 is missing.</source>
        <translation>办件 %1 缺少申请人。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The return trip was not saved: %1</source>
        <translation>申请人再次跑动的记录未保存：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+20"/>
        <source>no such case</source>
        <translation>办件不存在</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cannot record the official number of case %1: %2</source>
        <translation>无法记录办件 %1 的正式编号：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot update the status of case %1: %2</source>
        <translation>无法更新办件 %1 的状态：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepository.cpp" line="+25"/>
        <source>A material kind has no code.</source>
        <translation>有材料种类缺少编码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Material kind %1 appears twice.</source>
        <translation>材料种类 %1 出现了两次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A matter has no code.</source>
        <translation>有事项缺少编码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matter %1 appears twice.</source>
        <translation>事项 %1 出现了两次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundle code &quot;%1&quot; is empty or appears twice.</source>
        <translation>一件事编码 &quot;%1&quot; 为空或重复出现。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle %1 lists matter %2, which the catalog does not contain.</source>
        <translation>一件事 %1 列出了事项 %2，但事项目录中没有该事项。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The catalog was not imported (%1): %2</source>
        <translation>事项目录未导入（%1）：%2</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The catalog was not imported: %1</source>
        <translation>事项目录未导入：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read the catalog: %1</source>
        <translation>无法读取事项目录：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="+123"/>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+144"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file %1 is read-only.</source>
        <translation>数据库文件 %1 为只读。</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>the database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+122"/>
        <location line="+39"/>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>the new database could not be written into its file</source>
        <translation>新数据库未能写入其文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot move the new database into place</source>
        <translation>无法将新数据库移到目标位置</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+34"/>
        <source>Cannot create the database %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+19"/>
        <source>Cannot prepare the database %1 (%2): %3</source>
        <translation>无法初始化数据库 %1（%2）：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file system does not support write-ahead logging (mode %1)</source>
        <translation>文件系统不支持预写式日志 WAL（模式 %1）</translation>
    </message>
    <message>
        <location filename="../core/storage/databasetransaction.cpp" line="+16"/>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/databasecheck.cpp" line="+25"/>
        <location line="+137"/>
        <source>A check could not run: %1</source>
        <translation>有一项检查无法运行：%1</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Integrity check: %1</source>
        <translation>完整性检查：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table %1 row %2 refers to a missing row in %3.</source>
        <translation>表 %1 中 rowid 为 %2 的行引用了表 %3 中不存在的行。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Case %1 has no matters.</source>
        <translation>办件 %1 没有事项。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case %1 has no outbox row: the platform will never hear of it.</source>
        <translation>办件 %1 没有待上传队列记录：平台将永远收不到该办件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case %1 revision %2 has no outbox row.</source>
        <translation>办件 %1 的修订版本 %2 没有待上传队列记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox row %1 carries revision %2 but case %3 is at revision %4.</source>
        <translation>待上传队列记录 %1 的修订版本为 %2，但办件 %3 的当前修订版本为 %4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbox row %1 belongs to a case that does not exist (%2).</source>
        <translation>待上传队列记录 %1 所属的办件不存在（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case %1 names matter %2 version %3, which is not in the catalog.</source>
        <translation>办件 %1 引用了事项 %2 的版本 %3，但事项目录中没有该版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist lines belong to a case that does not exist (%1).</source>
        <translation>有材料清单条目所属的办件不存在（%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case %1 has unreadable situation answers.</source>
        <translation>案件 %1 的情形选项无法读取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case number %1 is used %2 times.</source>
        <translation>办件编号 %1 被使用了 %2 次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Query code %1 is used %2 times.</source>
        <translation>查询码 %1 被使用了 %2 次。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The daily counter is behind case number %1.</source>
        <translation>当日流水计数器落后于办件编号 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case %1 has an unknown decision or status (%2, %3).</source>
        <translation>办件 %1 的受理决定或状态无法识别（%2，%3）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case %1 material %2 has an unknown status (%3).</source>
        <translation>办件 %1 的材料 %2 的状态无法识别（%3）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case %1 is awaiting supplement although no material is owed any more; the window accepts it when it opens this database.</source>
        <translation>办件 %1 仍为待补齐材料，但已无欠缺材料；窗口程序打开此数据库时会将其转为已受理。</translation>
    </message>
    <message>
        <location filename="../core/storage/matterjson.cpp" line="+100"/>
        <source>material kind</source>
        <translation>材料种类</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>matter %1</source>
        <translation>事项 %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>bundle</source>
        <translation>一件事</translation>
    </message>
    <message>
        <location filename="../core/storage/matterjson_case.cpp" line="+59"/>
        <source>applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a result sent by post needs the address it goes to</source>
        <translation>邮寄送达的结果须有邮寄地址</translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="+31"/>
        <source>Migration %1 contains no statement.</source>
        <translation>迁移 %1 不包含任何 SQL 语句。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migration %1 failed: %2 (in: %3)</source>
        <translation>迁移 %1 失败：%2（语句：%3）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Migration file %1 is not named NNNN_name.sql.</source>
        <translation>迁移文件 %1 的名称不符合 NNNN_name.sql 格式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read migration %1.</source>
        <translation>无法读取迁移 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Migrations are misnumbered: expected %1, found %2.</source>
        <translation>迁移编号有误：应为 %1，实际为 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No migrations are built into this program.</source>
        <translation>本程序未内置任何迁移。</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+10"/>
        <source>Cannot start the schema update: %1</source>
        <translation>无法开始 schema 升级：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot create the schema version table: %1</source>
        <translation>无法创建 schema 版本表：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the schema version: %1</source>
        <translation>无法读取 schema 版本：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database was written by a newer OneWindow (schema %1; this program knows up to %2). Use a newer program; the database was not changed.</source>
        <translation>此数据库由较新版本的一窗通写入（schema %1；本程序最高支持 %2）。请使用较新版本的程序；数据库未作任何更改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+21"/>
        <source>Cannot check the foreign keys: %1</source>
        <translation>无法检查外键：%1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot record migration %1: %2</source>
        <translation>无法记录迁移 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The schema update would leave %1 rows pointing at nothing; the database was not changed.</source>
        <translation>结构升级会留下 %1 行指向不存在的记录；数据库未作任何改动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot commit the schema update: %1</source>
        <translation>无法提交 schema 升级：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/outbox.cpp" line="+129"/>
        <source>Cannot update outbox row %1: %2</source>
        <translation>无法更新待上传队列记录 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox row %1 cannot go from %2 to %3.</source>
        <translation>待上传队列记录 %1 不能从 %2 状态变为 %3 状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no outbox row %1.</source>
        <translation>不存在待上传队列记录 %1。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Cannot reset interrupted sends: %1</source>
        <translation>无法重置中断的上传：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot remove delivered revisions: %1</source>
        <translation>无法删除已交付的版本：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseidentity.cpp" line="+59"/>
        <source>The database file %1 exists but is empty (0 bytes). It was not set up as a new database, which would start the case and ticket numbers at 1 again. Restore the database from a backup; if a new, empty database is really meant, start the program with --new-database.</source>
        <translation>数据库文件 %1 存在但为空（0 字节）。未将其作为新数据库初始化，否则办件编号和取号将从 1 重新开始。请从备份恢复数据库；如确需新建空数据库，请使用 --new-database 启动程序。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is not a database (it is not an SQLite file). Check the path, or restore the database from a backup; a new database is only made where no file exists.</source>
        <translation>文件 %1 不是数据库（不是 SQLite 文件）。请检查路径，或从备份恢复数据库；新数据库只会在文件不存在的位置创建。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 is an SQLite database but not a OneWindow one (it has no record of OneWindow&apos;s schema). Check the path, or restore the database from a backup; if a new OneWindow database is really meant in this file, start the program with --new-database.</source>
        <translation>文件 %1 是 SQLite 数据库，但不是一窗通数据库（没有一窗通的结构版本记录）。请检查路径，或从备份恢复数据库；如确需在此文件中新建一窗通数据库，请使用 --new-database 启动程序。</translation>
    </message>
    <message>
        <location filename="../core/storage/applicantretention.cpp" line="+106"/>
        <source>Cannot prune applicants&apos; personal data: %1</source>
        <translation>无法清理申请人个人信息：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/retention.cpp" line="+106"/>
        <source>Cannot rewrite the database: %1</source>
        <translation>无法重写数据库：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot give free space back: %1</source>
        <translation>无法回收空闲空间：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the log back: %1</source>
        <translation>无法写回日志：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/handoverrepository.cpp" line="+36"/>
        <source>the result was handed over already</source>
        <translation>结果已出件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the result is not at the hall yet (%1)</source>
        <translation>结果尚未到达大厅（%1）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The hand-over was not recorded: %1</source>
        <translation>出件未能记录：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/casechanges.cpp" line="+18"/>
        <source>Cannot remove reported changes: %1</source>
        <translation>无法删除已上报的变更记录：%1</translation>
    </message>
</context>
<context>
    <name>ow::StoreUpgradeNotice</name>
    <message>
        <location filename="../ui/storeupgradenotice.cpp" line="+14"/>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Updating this window&apos;s case store for the new version of OneWindow (schema %1 to %2).

This happens once and can take a minute or two on a store of many years. No case is lost; please do not switch the computer off. The sign-in follows by itself.</source>
        <translation>正在为新版一窗通更新本窗口的办件库（数据结构 %1 升级到 %2）。

只需更新一次；存有多年办件时可能需要一两分钟。办件不会丢失，请勿关闭电脑。更新完成后自动进入登录。</translation>
    </message>
</context>
<context>
    <name>ow::SupervisorActions</name>
    <message>
        <location filename="../ui/dashboard/supervisoractions.cpp" line="+16"/>
        <source>The hall service did not answer; nothing was changed. (%1)</source>
        <translation>大厅服务未响应，未作任何更改。（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hall refused: %1</source>
        <translation>大厅拒绝：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is paused.</source>
        <translation>%1 已暂停。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is open again.</source>
        <translation>%1 已恢复办理。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now serves %2.</source>
        <translation>%1 现办理 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is called to %2.</source>
        <translation>%1 已呼叫至 %2。</translation>
    </message>
</context>
<context>
    <name>ow::Sync</name>
    <message>
        <location filename="../core/sync/evaluationqueue.cpp" line="+26"/>
        <source>A rating is from 1 to 5, not %1.</source>
        <translation>评分应为 1 至 5，而不是 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The rating was not saved: %1</source>
        <translation>评价未保存：%1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The rating %1 is not in the expected state.</source>
        <translation>评价 %1 的状态不符。</translation>
    </message>
    <message>
        <location filename="../core/sync/syncclient.cpp" line="+21"/>
        <source>Not yet connected</source>
        <translation>尚未连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token refused</source>
        <translation>令牌被拒</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Waiting until %1 before contacting the platform again.</source>
        <translation>将等到 %1 再联系平台。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The platform refused this device&apos;s token; an administrator must check the sync settings.</source>
        <translation>平台拒绝了本设备的令牌，请管理员检查同步设置。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The platform asked to wait %n second(s).</source>
        <translation>
            <numerusform>平台要求等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The platform&apos;s address answered with a redirect to %1. Has the platform&apos;s address moved? Nothing was sent there; an administrator must check the sync settings.</source>
        <translation>平台地址返回了指向 %1 的重定向。平台地址是否已变更？未向该地址发送任何内容；请管理员检查同步设置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform&apos;s answer was not read: %1.</source>
        <translation>未读取平台的应答：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something other than the platform answered (HTTP %1, %2): &quot;%3&quot;. A captive portal or a proxy? Nothing counts as delivered.</source>
        <translation>应答的不是平台（HTTP %1，%2）：“%3”。是否为网络认证页面或代理？所有内容均不算已送达。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform cannot be reached: %1</source>
        <translation>无法连接平台：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform answered HTTP %1.</source>
        <translation>平台应答 HTTP %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform answered HTTP %1: %2</source>
        <translation>平台应答 HTTP %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/syncclient_pull.cpp" line="+74"/>
        <source>The platform&apos;s catalog was refused (%n error(s)): %1</source>
        <translation>
            <numerusform>平台的事项目录未被接受（%n 处错误）：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The platform&apos;s status changes were not read: %1.</source>
        <translation>未读取平台的状态变更：%1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The platform&apos;s status feed offers more but did not move on; it is read again at the next round.</source>
        <translation>平台的状态变更声称还有更多，但没有向前推进；下一轮将重新读取。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Status changes could not be saved: %1</source>
        <translation>无法保存状态变更：%1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncclient_push.cpp" line="+29"/>
        <source>HTTP %1 without the platform&apos;s receipt</source>
        <translation>HTTP %1，但没有平台的回执</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+176"/>
        <source>Not delivered: %1 (HTTP %2).</source>
        <translation>未送达：%1（HTTP %2）。</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>The send was interrupted.</source>
        <translation>发送被中断。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The platform&apos;s answer lacks this item.</source>
        <translation>平台的应答中缺少此条目。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not delivered: the platform&apos;s answer is not a batch result (HTTP %1).</source>
        <translation>未送达：平台的应答不是批量结果（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The platform refused revision %1: %2</source>
        <translation>平台拒收了第 %1 版：%2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The platform refused the rating: %1</source>
        <translation>平台拒收了该评价：%1</translation>
    </message>
    <message>
        <location filename="../core/sync/platformapi.cpp" line="+37"/>
        <source>The platform address &quot;%1&quot; is not a valid URL.</source>
        <translation>平台地址“%1”不是有效的网址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform address must start with https://, not %1.</source>
        <translation>平台地址必须以 https:// 开头，而不是 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform address %1 is plain http: the token and the applicants&apos; data would travel unencrypted. Use https://, or allow insecure addresses for a demo or training.</source>
        <translation>平台地址 %1 是明文 http：令牌和申请人数据将以未加密方式传输。请使用 https://，或仅在演示、培训时允许不安全的地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No token for the platform was given.</source>
        <translation>未提供平台令牌。</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>the answer passed %1 bytes and was cut off</source>
        <translation>应答超过 %1 字节，已被截断</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内没有完整应答</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/platformreplies.cpp" line="+25"/>
        <location line="+18"/>
        <source>the answer is not the platform&apos;s receipt (empty or not JSON)</source>
        <translation>应答不是平台的回执（为空或不是 JSON）</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the receipt is for another case</source>
        <translation>回执属于另一个办件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the receipt does not confirm revision %1</source>
        <translation>回执未确认第 %1 版</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the receipt has no official case number</source>
        <translation>回执中没有办件编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>the receipt has no valid outcome</source>
        <translation>回执中没有有效的处理结果</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the receipt is for another rating</source>
        <translation>回执属于另一条评价</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the status page is not the platform&apos;s (no changes or hasMore)</source>
        <translation>状态页不是平台的（缺少 changes 或 hasMore）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the status page has no valid cursor</source>
        <translation>状态页没有有效的游标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a status change has no case or status</source>
        <translation>某条状态变更缺少办件或状态</translation>
    </message>
</context>
<context>
    <name>ow::SyncStatusWidget</name>
    <message>
        <location filename="../ui/sync/syncstatuswidget.cpp" line="+21"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The platform refused these items: see why and send them again</source>
        <translation>平台拒收了这些条目：查看原因并重新发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send waiting cases and fetch news from the platform now</source>
        <translation>立即发送待发办件并获取平台的最新信息</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>To send: %n</source>
        <translation>
            <numerusform>待发送：%n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest waiting since %1</source>
        <translation>最早的待发内容始于 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Refused: %n</source>
        <translation>
            <numerusform>被拒收：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ready for pick-up: %n</source>
        <translation>
            <numerusform>已出件待取：%n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
</context>
<context>
    <name>ow::TicketCaseLinker</name>
    <message>
        <location filename="../core/hall/reporter/ticketcaselinker.cpp" line="+88"/>
        <source>Case %1 linked to ticket %2</source>
        <translation>办件 %1 已关联号票 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hall queue is not reachable: case %1 will be linked to ticket %2 when it is back. Intake goes on as usual.</source>
        <translation>大厅排队服务暂时无法连接：恢复后会将办件 %1 关联到号票 %2。受理照常进行。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Case %1 could not be linked to ticket %2 (%3). The case itself is saved.</source>
        <translation>办件 %1 未能关联号票 %2（%3）。办件本身已保存。</translation>
    </message>
</context>
<context>
    <name>ow::TransferDialog</name>
    <message>
        <location filename="../ui/queue/transferdialog.cpp" line="+22"/>
        <source>Return with &amp;priority (the applicant does not queue again from the back)</source>
        <translation>转回时优先(&amp;P)（申请人无需从队尾重新排队）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transfer %1</source>
        <translation>转移 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the next window, e.g. what the applicant went to fetch</source>
        <translation>给下一个窗口看，例如申请人回去补取的材料</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same service (%1)</source>
        <translation>原业务（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any window of the service</source>
        <translation>该业务的任一窗口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (this window: come back here)</source>
        <translation>%1（本窗口：办完回到这里）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Transfer</source>
        <translation>转移(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To &amp;service:</source>
        <translation>转至业务(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;window:</source>
        <translation>转至窗口(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 goes back to waiting and keeps its number.</source>
        <translation>号票 %1 回到等候状态，号码不变。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose another service, a window, or both.</source>
        <translation>请选择其他业务、某个窗口，或两者都选。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not transferred: choose another service or a window (no window serves that service).</source>
        <translation>未转移：请选择其他业务或某个窗口（没有窗口办理该业务）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not transferred: the note has more than %1 characters.</source>
        <translation>未转办：备注超过 %1 个字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not transferred: the hall does not have that service (any more).</source>
        <translation>未转移：大厅（已）没有该业务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not transferred: the hall does not have that window (any more).</source>
        <translation>未转移：大厅（已）没有该窗口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not transferred: there is no ticket at this window.</source>
        <translation>未转移：本窗口当前没有号票。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not transferred: the queue service did not answer.</source>
        <translation>未转移：排队服务未响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not transferred.</source>
        <translation>未转移。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not transferred: %1</source>
        <translation>未转移：%1</translation>
    </message>
</context>
<context>
    <name>ow::WaitingTicketModel</name>
    <message>
        <location filename="../ui/queue/waitingticketmodel.cpp" line="+46"/>
        <source>Priority: %1</source>
        <translation>绿色通道：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority (transferred)</source>
        <translation>绿色通道（转办优先）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking %1</source>
        <translation>预约 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, issued at %2</source>
        <translation>%1，取号时间 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Ticket</source>
        <translation>号票</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>已等候</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority / booking</source>
        <translation>绿色通道 / 预约</translation>
    </message>
</context>
<context>
    <name>ow::WindowStatusModel</name>
    <message>
        <location filename="../ui/dashboard/windowstatusmodel.cpp" line="+11"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Services</source>
        <translation>业务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current ticket</source>
        <translation>当前号票</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Served today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avg service</source>
        <translation>平均办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating (count)</source>
        <translation>评分（次数）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases today</source>
        <translation>今日办件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comprehensive window</source>
        <translation>综合窗口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ow::WindowsPage</name>
    <message>
        <location filename="../ui/dashboard/windowspage.cpp" line="+25"/>
        <location line="+68"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Services…</source>
        <translation>业务…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call a ticket…</source>
        <translation>指定叫号…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pause %1</source>
        <translation>暂停 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason (optional):</source>
        <translation>原因（可选）：</translation>
    </message>
</context>
<context>
    <name>ow::WorkingCalendar</name>
    <message>
        <location filename="../core/calendar/workingcalendar.cpp" line="+45"/>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (%2): &quot;from&quot; %3 is after &quot;to&quot; %4</source>
        <translation>%1（%2）：&quot;from&quot; %3 晚于 &quot;to&quot; %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2): %3 to %4 is not inside the year %5</source>
        <translation>%1（%2）：%3 至 %4 不在 %5 年内</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2): %3 is already a day of the holiday %4</source>
        <translation>%1（%2）：%3 已属于节假日 %4</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>%1: must be an object with %2</source>
        <translation>%1：必须是包含 %2 的对象</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;name&quot;, &quot;from&quot; and &quot;to&quot;</source>
        <translation>&quot;name&quot;、&quot;from&quot; 和 &quot;to&quot;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;date&quot; and &quot;name&quot;</source>
        <translation>&quot;date&quot; 和 &quot;name&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 is not inside the year %3</source>
        <translation>%1：%2 不在 %3 年内</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is a weekday, but an adjusted working day must be a Saturday or a Sunday</source>
        <translation>%1：%2 是周一至周五中的一天，但调休工作日必须是周六或周日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is both a working day and a day of the holiday %3</source>
        <translation>%1：%2 既是调休工作日，又是节假日 %3 中的一天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is listed twice</source>
        <translation>%1：%2 列出了两次</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is larger than %1 KiB; a year&apos;s calendar is a few KiB</source>
        <translation>文件大于 %1 KiB；一年的日历只有几 KiB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: not valid JSON: %2</source>
        <translation>第 %1 行：不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file must contain one JSON object</source>
        <translation>文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;format&quot; is %1; it must be &quot;%2&quot;</source>
        <translation>&quot;format&quot; 的值为 %1；必须为 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the file name says %2, but &quot;year&quot; is %3</source>
        <translation>%1：文件名表明年份为 %2，但 &quot;year&quot; 为 %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is already set by the calendar of %2</source>
        <translation>%1 已由 %2 年的日历设定</translation>
    </message>
</context>
</TS>

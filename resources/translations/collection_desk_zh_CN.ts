<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsTable</name>
    <message>
        <location filename="../../ui/lender_profile.py" line="54" />
        <source>Designated repayment accounts</source>
        <translation>指定还款账户</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="55" />
        <source>Account name</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="55" />
        <source>Bank</source>
        <translation>开户行</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="56" />
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="62" />
        <location filename="../../ui/lender_profile.py" line="63" />
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="64" />
        <location filename="../../ui/lender_profile.py" line="65" />
        <source>Remove account</source>
        <translation>删除账户</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="132" />
        <source>Add contact</source>
        <translation>新增联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="133" />
        <source>Party:</source>
        <translation>当事人：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="140" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="145" />
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="145" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="146" />
        <source>&amp;Value:</source>
        <translation>号码/地址(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="146" />
        <source>Value</source>
        <translation>号码/地址</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="147" />
        <source>Lawful &amp;source:</source>
        <translation>合法来源(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="148" />
        <source>Lawful source</source>
        <translation>合法来源</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="149" />
        <source>&amp;Label:</source>
        <translation>备注(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="150" />
        <source>Label</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="151" />
        <source>e.g. finance office, mobile</source>
        <translation>如：财务室、手机</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="113" />
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="115" />
        <source>Agreement language</source>
        <translation>协议语言</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="116" />
        <source>&amp;Generate agreement</source>
        <translation>生成协议(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="117" />
        <source>Generate the agreement</source>
        <translation>生成协议</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="119" />
        <source>&amp;Draft for review</source>
        <translation>审阅草稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="120" />
        <source>Build the draft the guarantors review before they consent</source>
        <translation>生成供保证人在同意前审阅的协议草稿</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="123" />
        <source>Plan status</source>
        <translation>方案状态</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="124" />
        <source>What stops the plan</source>
        <translation>方案受阻的原因</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="127" />
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="132" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="137" />
        <source>Mark &amp;proposed</source>
        <translation>标记为已提交(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="138" />
        <source>Mark &amp;signed on</source>
        <translation>标记为已签署，日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="139" />
        <source>&amp;Activate</source>
        <translation>生效(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="141" />
        <source>Move the plan to %1</source>
        <translation>将方案改为%1</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../ui/calls/capture_fields.py" line="66" />
        <source>Amount in yuan, e.g. 50000.00</source>
        <translation>金额（元），如 50000.00</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../ui/detail/chart.py" line="40" />
        <source>Outstanding principal chart</source>
        <translation>剩余本金走势图</translation>
    </message>
    <message>
        <location filename="../../ui/detail/chart.py" line="55" />
        <source>Scheduled and actual outstanding principal from %1 to %2; %3 outstanding now.</source>
        <translation>%1 至 %2 计划与实际剩余本金；当前剩余本金 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/chart.py" line="67" />
        <source>No schedule</source>
        <translation>无还款计划</translation>
    </message>
    <message>
        <location filename="../../ui/detail/chart.py" line="101" />
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/detail/chart.py" line="119" />
        <source>Scheduled</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/detail/chart.py" line="119" />
        <source>Actual (after payments)</source>
        <translation>实际（扣除还款后）</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="98" />
        <source>Batch letters</source>
        <translation>批量函件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/batch_dialog.py" line="99" />
        <source>Batch letters for %n case(s)</source>
        <translation>
            <numerusform>为 %n 个案件批量生成函件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="105" />
        <source>Letter kind</source>
        <translation>函件类型</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="108" />
        <source>Letter language</source>
        <translation>函件语言</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="110" />
        <location filename="../../ui/documents/batch_dialog.py" line="172" />
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="111" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="112" />
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="118" />
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="119" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="120" />
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="123" />
        <source>&amp;Run batch</source>
        <translation>开始批量(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="124" />
        <source>Run the batch</source>
        <translation>开始批量生成</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="127" />
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="128" />
        <source>Stop the batch</source>
        <translation>停止批量</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="132" />
        <source>Batch progress</source>
        <translation>批量进度</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="135" />
        <source>%v of %m cases</source>
        <translation>%v / %m 个案件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="140" />
        <source>Batch summary</source>
        <translation>批量结果</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="143" />
        <source>Refused cases and reasons</source>
        <translation>被拒绝的案件及原因</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="150" />
        <source>&amp;Open combined PDF</source>
        <translation>打开合并 PDF(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="151" />
        <source>Open the combined PDF for printing</source>
        <translation>打开用于打印的合并 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="155" />
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="156" />
        <source>&amp;EMS sheet…</source>
        <translation>EMS 邮寄明细(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="158" />
        <source>Save and show the EMS / registered-mail detail sheet of the batch</source>
        <translation>保存并查看本批函件的 EMS / 挂号信邮寄明细表</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="182" />
        <source>Output folder: choose where the letters go.</source>
        <translation>输出文件夹：请选择函件保存位置。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="193" />
        <location filename="../../ui/documents/batch_dialog.py" line="194" />
        <source>Generating letters…</source>
        <translation>正在生成函件…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="203" />
        <source>Stopping after the current letter…</source>
        <translation>当前函件完成后停止…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/batch_dialog.py" line="218" />
        <source>%n letter(s) produced</source>
        <translation>
            <numerusform>已生成 %n 份函件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/batch_dialog.py" line="219" />
        <source>%n case(s) refused</source>
        <translation>
            <numerusform>%n 个案件被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/batch_dialog.py" line="221" />
        <source>stopped: %n case(s) not reached</source>
        <translation>
            <numerusform>已停止：%n 个案件未处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/batch_dialog.py" line="226" />
        <source>%n letter(s) to check before sending (interest caps): %1</source>
        <translation>
            <numerusform>%n 封函件发出前需核对（利息上限）：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="229" />
        <source>combined PDF: %1 (%2 pages)</source>
        <translation>合并 PDF：%1（%2 页）</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="242" />
        <source>The batch stopped with an error: %1</source>
        <translation>批量因错误停止：%1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="266" />
        <location filename="../../ui/documents/batch_dialog.py" line="268" />
        <source>Writing the EMS sheet…</source>
        <translation>正在生成 EMS 邮寄明细…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="276" />
        <source>EMS sheet saved: %1</source>
        <translation>EMS 邮寄明细已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="278" />
        <source>EMS detail sheet</source>
        <translation>EMS 邮寄明细表</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="284" />
        <source>The EMS sheet could not be written: %1</source>
        <translation>无法生成 EMS 邮寄明细：%1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="300" />
        <source>Combined letters</source>
        <translation>合并函件</translation>
    </message>
</context>
<context>
    <name>CallFinishing</name>
    <message>
        <location filename="../../ui/calls/finishing.py" line="21" />
        <source>Give the recording reference, or say why the call was not recorded (CN-REC1).</source>
        <translation>请填写录音编号，或说明未录音的原因（CN-REC1）。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="23" />
        <source>First contact: confirm that the institution was disclosed (CN-ID1).</source>
        <translation>首次接通：请确认已表明机构身份（CN-ID1）。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="25" />
        <source>First contact: confirm that the recording notice was given (CN-ID1).</source>
        <translation>首次接通：请确认已告知通话录音（CN-ID1）。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="27" />
        <source>The script has not reached an outcome yet.</source>
        <translation>话术尚未到达通话结果。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="29" />
        <source>The promise cannot be recorded: %1. Go back a step to correct it.</source>
        <translation>无法记录还款承诺：%1。请返回上一步修改。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="31" />
        <source>The call cannot be saved yet: %1</source>
        <translation>暂时无法保存通话：%1</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="50" />
        <source>The guard blocks this call. Use Override… and type the reason before finishing.</source>
        <translation>合规检查禁止本次通话。请点击“强制放行…”并填写理由后再结束通话。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="59" />
        <source>This call draft no longer exists (finished or discarded elsewhere).</source>
        <translation>该通话草稿已不存在（已在别处完成或作废）。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="67" />
        <source>Call saved.</source>
        <translation>通话已保存。</translation>
    </message>
</context>
<context>
    <name>CallLabels</name>
    <message>
        <location filename="../../ui/calls/labels.py" line="16" />
        <source>Collect payment</source>
        <translation>催收还款</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="17" />
        <source>Locate the debtor</source>
        <translation>查找债务人</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="18" />
        <source>Relay a message</source>
        <translation>代为转告</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="21" />
        <location filename="../../ui/calls/labels.py" line="22" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="23" />
        <source>Guarantor</source>
        <translation>保证人</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="24" />
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="25" />
        <source>Actual controller</source>
        <translation>实际控制人</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="26" />
        <source>Finance manager</source>
        <translation>财务负责人</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="27" />
        <source>Finance contact</source>
        <translation>财务联系人</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="28" />
        <source>Nominated contact</source>
        <translation>指定联系人</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="29" />
        <source>Related third party</source>
        <translation>关联第三方</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="30" />
        <source>Unrelated third party</source>
        <translation>无关第三方</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="31" />
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="32" />
        <source>Attorney</source>
        <translation>代理律师</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="35" />
        <source>Person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="36" />
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="39" />
        <source>Reached the right party</source>
        <translation>联系到本人</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="40" />
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="41" />
        <source>Part payment arranged</source>
        <translation>已约定部分还款</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="42" />
        <source>Refused to pay</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="43" />
        <source>Dispute raised</source>
        <translation>提出异议</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="44" />
        <source>Hardship: restructure requested</source>
        <translation>经营困难，申请重组</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="45" />
        <source>Third party reached</source>
        <translation>联系到第三方</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="46" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="47" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="48" />
        <source>Line busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="49" />
        <source>Left a message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="50" />
        <source>Call back requested</source>
        <translation>要求回电</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="53" />
        <source>Follow-up call</source>
        <translation>跟进致电</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="54" />
        <source>Check the promised payment</source>
        <translation>核查承诺还款</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="55" />
        <source>Check the part payment</source>
        <translation>核查部分还款</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="56" />
        <source>Supervisor review</source>
        <translation>主管复核</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="57" />
        <source>Review the dispute</source>
        <translation>核实异议</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="58" />
        <source>Restructuring review</source>
        <translation>重组审核</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="59" />
        <source>Try to reach the party again</source>
        <translation>再次尝试联系本人</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="60" />
        <source>Verify the phone number</source>
        <translation>核实电话号码</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="61" />
        <source>Call again</source>
        <translation>再次致电</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="62" />
        <source>Call back as agreed</source>
        <translation>按约定回电</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="65" />
        <source>Contact allowed</source>
        <translation>允许联系</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="66" />
        <source>Contact allowed, with warnings</source>
        <translation>允许联系（有警示）</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="67" />
        <source>Contact blocked</source>
        <translation>禁止联系</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="70" />
        <source>Block</source>
        <translation>禁止</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="71" />
        <source>Warning</source>
        <translation>警示</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="72" />
        <source>Required</source>
        <translation>必须记录</translation>
    </message>
</context>
<context>
    <name>CallLoggerDialog</name>
    <message>
        <location filename="../../ui/calls/dialog.py" line="52" />
        <source>Call logger</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="53" />
        <source>Log a call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="85" />
        <source>&amp;Start call (Ctrl+Enter)</source>
        <translation>开始通话(&amp;S)（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="86" />
        <source>Start the call</source>
        <translation>开始通话</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="91" />
        <source>Call status</source>
        <translation>通话状态</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="93" />
        <source>&amp;Discard call…</source>
        <translation>作废通话(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="94" />
        <source>Discard this call draft</source>
        <translation>作废此通话草稿</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="96" />
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="97" />
        <source>Close the call logger</source>
        <translation>关闭通话记录窗口</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="150" />
        <source>No call script fits this party: %1</source>
        <translation>没有适用于该联系人的话术：%1</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="176" />
        <source>This draft cannot be restored (%1); discard it.</source>
        <translation>该草稿无法恢复（%1），请作废。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="181" />
        <source>Restored a call in progress from %1.</source>
        <translation>已恢复 %1 时进行中的通话。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="238" />
        <source>This call draft no longer exists.</source>
        <translation>该通话草稿已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="250" />
        <location filename="../../ui/calls/dialog.py" line="251" />
        <source>Discard call</source>
        <translation>作废通话</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="252" />
        <source>Why is this call discarded? (recorded in the audit log)</source>
        <translation>作废此通话的原因？（将记入审计日志）</translation>
    </message>
</context>
<context>
    <name>CallRecordBox</name>
    <message>
        <location filename="../../ui/calls/call_record.py" line="80" />
        <location filename="../../ui/calls/call_record.py" line="81" />
        <source>Call record</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="84" />
        <source>Call notes</source>
        <translation>通话备注</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="85" />
        <source>What was said, in neutral words</source>
        <translation>如实、中性地记录通话内容</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="88" />
        <source>Banned-word warning</source>
        <translation>禁用词提示</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="93" />
        <source>&amp;Institution disclosed to the party</source>
        <translation>已向对方表明机构身份(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="94" />
        <source>Institution disclosed</source>
        <translation>已表明机构身份</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="95" />
        <source>&amp;Recording notice given</source>
        <translation>已告知通话录音(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="96" />
        <source>Recording notice given</source>
        <translation>已告知通话录音</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="98" />
        <source>Recording reference</source>
        <translation>录音编号</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="99" />
        <source>e.g. the recorder's file number</source>
        <translation>如录音系统中的文件编号</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="101" />
        <source>Reason there is no recording</source>
        <translation>未录音原因</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="102" />
        <source>Only if the call was not recorded</source>
        <translation>仅在未录音时填写</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="104" />
        <source>Call record error</source>
        <translation>通话记录错误</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="121" />
        <source>Duration:</source>
        <translation>通话时长：</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="123" />
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="132" />
        <source>Recordin&amp;g ref.:</source>
        <translation>录音编号(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="133" />
        <source>No recording &amp;because:</source>
        <translation>未录音原因(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>CallRestore</name>
    <message>
        <location filename="../../ui/calls/restore.py" line="20" />
        <source>%n call(s) in progress were not finished. Restore them now?</source>
        <translation>有 %n 个进行中的通话尚未完成。现在恢复吗？</translation>
    </message>
    <message>
        <location filename="../../ui/calls/restore.py" line="23" />
        <location filename="../../ui/calls/restore.py" line="26" />
        <source>Restore calls in progress</source>
        <translation>恢复进行中的通话</translation>
    </message>
    <message>
        <location filename="../../ui/calls/restore.py" line="27" />
        <source>If you say No, they stay saved and are offered again next time.</source>
        <translation>如选择“否”，草稿仍会保留，下次启动时再次提示。</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../ui/calls/call_record.py" line="42" />
        <source>Call duration</source>
        <translation>通话时长</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <location filename="../../ui/case_documents.py" line="35" />
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <location filename="../../ui/case_documents.py" line="36" />
        <source>Select a case in the worklist first.</source>
        <translation>请先在工作清单中选择一个案件。</translation>
    </message>
    <message>
        <location filename="../../ui/case_documents.py" line="50" />
        <source>Nothing to print</source>
        <translation>没有可打印的内容</translation>
    </message>
    <message>
        <location filename="../../ui/case_documents.py" line="51" />
        <source>The current view has no cases.</source>
        <translation>当前视图中没有案件。</translation>
    </message>
    <message>
        <location filename="../../ui/case_documents.py" line="60" />
        <source>Document</source>
        <translation>文书</translation>
    </message>
</context>
<context>
    <name>CollateralModel</name>
    <message>
        <location filename="../../ui/detail/loans.py" line="106" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="106" />
        <source>Value</source>
        <translation>评估价值</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="106" />
        <source>Registration no.</source>
        <translation>登记证号</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="107" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="101" />
        <source>Old and new plan compared</source>
        <translation>新旧方案对比</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="109" />
        <source>Total paid: old %1, new %2. Present value: old %3, new %4.</source>
        <translation>还款总额：原 %1，新 %2。现值：原 %3，新 %4。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="121" />
        <source>No plan yet</source>
        <translation>尚无方案</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="123" />
        <source>Total paid</source>
        <translation>还款总额</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="124" />
        <source>Present value</source>
        <translation>现值</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="148" />
        <source>Demanded today</source>
        <translation>今日一次性清偿</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="149" />
        <source>New plan</source>
        <translation>新方案</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="58" />
        <source>Guarantors' consent</source>
        <translation>保证人同意</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="59" />
        <source>Every guarantor must consent in writing and agree a new guarantee period before the plan can be signed.</source>
        <translation>每位保证人须书面同意并约定新的保证期间，方案方可签署。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="80" />
        <source>The chosen loans have no guarantors.</source>
        <translation>所选贷款没有保证人。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="84" />
        <source>Consented in writing</source>
        <translation>已书面同意</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="85" />
        <source>%1 consented in writing</source>
        <translation>%1 已书面同意</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="86" />
        <source>Board resolution attached</source>
        <translation>已附董事会/股东会决议</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="88" />
        <source>%1 board resolution attached</source>
        <translation>%1 已附决议</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="91" />
        <source>%1 new guarantee period end</source>
        <translation>%1 新保证期间届满日</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="97" />
        <source>New guarantee period ends:</source>
        <translation>新保证期间届满日：</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <location filename="../../ui/calls/capture_fields.py" line="132" />
        <source>Number or address</source>
        <translation>号码或地址</translation>
    </message>
    <message>
        <location filename="../../ui/calls/capture_fields.py" line="133" />
        <source>Lawful source</source>
        <translation>合法来源</translation>
    </message>
    <message>
        <location filename="../../ui/calls/capture_fields.py" line="135" />
        <source>— lawful source —</source>
        <translation>— 合法来源 —</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../../ui/detail/parties.py" line="66" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="66" />
        <source>Value (masked)</source>
        <translation>号码/地址（已脱敏）</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="66" />
        <source>Label</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="67" />
        <source>Lawful source</source>
        <translation>合法来源</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="67" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="76" />
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="78" />
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="76" />
        <location filename="../../ui/errors.py" line="77" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78" />
        <source>Something went wrong inside Collection Desk. Your data is safe; the details below were written to the log. Copy them into your report to IT support.</source>
        <translation>催收工作台内部出现错误。您的数据安全无虞，以下详细信息已写入日志。请复制后附在提交给信息科技部门的报告中。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82" />
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84" />
        <location filename="../../ui/errors.py" line="87" />
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/calls/capture_fields.py" line="89" />
        <source>Not set</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <location filename="../../ui/detail/overview.py" line="39" />
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="39" />
        <source>Reference</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="39" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="39" />
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="40" />
        <source>Level</source>
        <translation>预警级别</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="73" />
        <location filename="../../ui/documents/delivery_dialog.py" line="74" />
        <source>Record delivery</source>
        <translation>登记送达</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="92" />
        <source>Delivery method</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="94" />
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="95" />
        <source>Sent on</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="96" />
        <source>Delivered on:</source>
        <translation>送达日期：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="97" />
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="99" />
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="101" />
        <source>Outcome</source>
        <translation>送达结果</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="103" />
        <source>Evidence kind</source>
        <translation>证据类型</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="105" />
        <location filename="../../ui/documents/delivery_dialog.py" line="166" />
        <source>Evidence file</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="106" />
        <source>Scan of the receipt or postal proof</source>
        <translation>回执或邮政妥投证明的扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="107" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="108" />
        <source>Choose evidence file</source>
        <translation>选择证据文件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="121" />
        <source>&amp;Method:</source>
        <translation>送达方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="122" />
        <source>&amp;Tracking no.:</source>
        <translation>运单号(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="123" />
        <source>&amp;Sent on:</source>
        <translation>寄出日期(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="125" />
        <source>&amp;Outcome:</source>
        <translation>送达结果(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="126" />
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="127" />
        <source>Evidence &amp;file:</source>
        <translation>证据文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="130" />
        <source>What to fix</source>
        <translation>需修改的内容</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="132" />
        <source>Delivery status</source>
        <translation>送达状态</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="133" />
        <source>Deadlines before</source>
        <translation>登记前的期限</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="134" />
        <source>Deadlines after</source>
        <translation>登记后的期限</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="135" />
        <location filename="../../ui/documents/delivery_dialog.py" line="136" />
        <source>Shown once the delivery is recorded.</source>
        <translation>登记送达后显示。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="137" />
        <source>&amp;Record delivery</source>
        <translation>登记送达(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="138" />
        <source>Record the delivery</source>
        <translation>登记本次送达</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="142" />
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="144" />
        <source>Close the dialog</source>
        <translation>关闭对话框</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="150" />
        <source>&lt;b&gt;Deadlines now&lt;/b&gt;</source>
        <translation>&lt;b&gt;当前期限&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="152" />
        <source>&lt;b&gt;Deadlines after recording&lt;/b&gt;</source>
        <translation>&lt;b&gt;登记后的期限&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="167" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="187" />
        <source>Tracking no.: enter the waybill number for mail or courier.</source>
        <translation>运单号：邮寄或快递请填写运单号。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="189" />
        <source>Sent on: cannot be in the future.</source>
        <translation>寄出日期：不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="191" />
        <source>Delivered on: a signed delivery needs the date it was signed.</source>
        <translation>送达日期：已签收的须填写签收日期。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="193" />
        <source>Delivered on: a pending delivery has no delivered date.</source>
        <translation>送达日期：待送达的不应有送达日期。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="195" />
        <source>Delivered on: before the sent date.</source>
        <translation>送达日期：早于寄出日期。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="197" />
        <source>Evidence file: this evidence kind needs the scanned file.</source>
        <translation>证据文件：该证据类型须附扫描件。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="199" />
        <source>Evidence file: no such file.</source>
        <translation>证据文件：文件不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="217" />
        <source>Recording…</source>
        <translation>正在登记…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="218" />
        <source>Recording delivery…</source>
        <translation>正在登记送达…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="238" />
        <source>Recorded. Evidenced delivery interrupts limitation: earliest expiry %1 → %2.</source>
        <translation>已登记。有证据的送达中断诉讼时效：最早届满日 %1 → %2。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="243" />
        <source>Recorded. Without evidenced delivery the limitation clock does not move.</source>
        <translation>已登记。未取得送达证据，诉讼时效不中断。</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <location filename="../../ui/detail/controller.py" line="68" />
        <source>This case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="91" />
        <source>Someone else changed this record since you opened it. Nothing was saved: reload, check, and try again.</source>
        <translation>您打开后该记录已被他人修改，本次未保存。请刷新、核对后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="128" />
        <source>Contact added.</source>
        <translation>联系方式已新增。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="137" />
        <source>Contact marked invalid.</source>
        <translation>联系方式已标记为无效。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="138" />
        <source>Mark contact invalid</source>
        <translation>标记联系方式无效</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="139" />
        <source>Why is this contact no longer valid (e.g. number not in service, wrong person)?</source>
        <translation>该联系方式为何失效（如空号、非本人）？</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="150" />
        <source>Flags saved.</source>
        <translation>标记已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="154" />
        <source>Identity number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="154" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="160" />
        <source>Reveal personal data</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="161" />
        <source>Revealing the full value is recorded in the audit trail with your name and reason.</source>
        <translation>查看完整信息将连同您的姓名和事由记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="180" />
        <source>Next action saved.</source>
        <translation>下一步行动已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="199" />
        <source>Stage saved.</source>
        <translation>催收阶段已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="209" />
        <source>Notes saved.</source>
        <translation>经营状况已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="220" />
        <source>At least %1, due within %2 days of today, and never more than the total owed. Payments are checked against it as they arrive.</source>
        <translation>承诺金额不少于 %1，还款日期须在今天起 %2 天内，且不得超过欠款总额。到账还款将据此自动核对。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="237" />
        <source>Promise recorded.</source>
        <translation>已记录还款承诺。</translation>
    </message>
</context>
<context>
    <name>DetailLabels</name>
    <message>
        <location filename="../../ui/detail/labels.py" line="20" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="21" />
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="22" />
        <source>Actual controller</source>
        <translation>实际控制人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="23" />
        <source>Finance contact</source>
        <translation>财务联系人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="24" />
        <source>Guarantor</source>
        <translation>保证人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="25" />
        <source>Mortgagor</source>
        <translation>抵押人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="26" />
        <source>Pledgor</source>
        <translation>出质人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="27" />
        <location filename="../../ui/detail/labels.py" line="90" />
        <source>Nominated contact</source>
        <translation>指定联系人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="28" />
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="31" />
        <source>Do not contact</source>
        <translation>禁止联系</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="32" />
        <source>Cease contact requested</source>
        <translation>已要求停止催收联系</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="33" />
        <source>Dispute open</source>
        <translation>存在异议</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="34" />
        <source>Represented by attorney</source>
        <translation>已委托律师</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="35" />
        <source>Litigation hold</source>
        <translation>诉讼中暂停催收</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="36" />
        <source>Deceased or bankrupt</source>
        <translation>已死亡或破产</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="39" />
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="40" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="41" />
        <source>Due</source>
        <translation>待还</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="42" />
        <source>Part paid</source>
        <translation>部分已还</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="46" />
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="47" />
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="48" />
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="49" />
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="50" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="51" />
        <source>Payment</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="52" />
        <source>Status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="53" />
        <source>Promise</source>
        <translation>还款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="54" />
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="57" />
        <source>Reached the right party</source>
        <translation>联系到本人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="58" />
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="59" />
        <source>Part payment arranged</source>
        <translation>约定部分还款</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="60" />
        <source>Refused to pay</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="61" />
        <source>Dispute raised</source>
        <translation>提出异议</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="62" />
        <source>Hardship: restructure requested</source>
        <translation>经营困难，申请重组</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="63" />
        <source>Third party reached</source>
        <translation>联系到第三方</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="64" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="65" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="66" />
        <source>Line busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="67" />
        <source>Left a message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="68" />
        <source>Call back requested</source>
        <translation>要求回电</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="69" />
        <source>Promised to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="70" />
        <source>Promise kept</source>
        <translation>承诺已履约</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="71" />
        <source>Promise part kept</source>
        <translation>承诺部分履约</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="72" />
        <source>Promise broken</source>
        <translation>承诺违约</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="73" />
        <source>Letter generated</source>
        <translation>已生成函件</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="74" />
        <source>Delivery: signed for</source>
        <translation>送达：已签收</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="75" />
        <source>Delivery: refused</source>
        <translation>送达：拒收</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="76" />
        <source>Delivery: returned</source>
        <translation>送达：退回</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="77" />
        <source>Delivery: in transit</source>
        <translation>送达：在途</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="80" />
        <source>Early</source>
        <translation>早期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="81" />
        <source>Middle</source>
        <translation>中期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="82" />
        <source>Late</source>
        <translation>后期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="83" />
        <source>Legal</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="86" />
        <source>Loan contract</source>
        <translation>借款合同约定</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="87" />
        <source>Provided by the debtor</source>
        <translation>债务人提供</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="88" />
        <source>Authorised by the debtor</source>
        <translation>债务人授权</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="89" />
        <source>Lawful public source</source>
        <translation>合法公开渠道</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="91" />
        <source>Credit bureau (authorised)</source>
        <translation>征信机构（已授权）</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="94" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="95" />
        <location filename="../../ui/detail/labels.py" line="113" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="96" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="99" />
        <source>Reminder letter</source>
        <translation>催收提示函</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="100" />
        <source>Demand letter</source>
        <translation>催收函</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="101" />
        <source>Final demand</source>
        <translation>最后催告函</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="102" />
        <source>Letter to guarantor</source>
        <translation>致保证人函</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="103" />
        <source>Lawyer's letter</source>
        <translation>律师函</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="104" />
        <source>Restructuring agreement</source>
        <translation>重组协议</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="107" />
        <source>Registered post</source>
        <translation>挂号信</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="108" />
        <source>Registered mail</source>
        <translation>挂号信</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="109" />
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="110" />
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="111" />
        <source>By hand</source>
        <translation>直接送达</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="112" />
        <source>In person</source>
        <translation>当面送达</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="114" />
        <source>Electronic delivery</source>
        <translation>电子送达</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="117" />
        <source>Limitation period</source>
        <translation>诉讼时效</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="118" />
        <source>Guarantee period</source>
        <translation>保证期间</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="121" />
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="122" />
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="123" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="124" />
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="125" />
        <source>Expired</source>
        <translation>已届满</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="129" />
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="130" />
        <source>Special mention</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="131" />
        <source>Substandard</source>
        <translation>次级</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="132" />
        <source>Doubtful</source>
        <translation>可疑</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="133" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="136" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="137" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="138" />
        <source>Cantonese</source>
        <translation>粤语</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="141" />
        <source>Open</source>
        <translation>履约中</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="142" />
        <source>Kept</source>
        <translation>已履约</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="143" />
        <source>Part kept</source>
        <translation>部分履约</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="144" />
        <source>Broken</source>
        <translation>已违约</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="145" />
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="148" />
        <source>Joint and several</source>
        <translation>连带责任保证</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="149" />
        <source>General</source>
        <translation>一般保证</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="152" />
        <source>Mortgage</source>
        <translation>抵押</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="153" />
        <source>Pledge</source>
        <translation>质押</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="156" />
        <source>Equal instalments</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="157" />
        <location filename="../../ui/detail/labels.py" line="158" />
        <source>Equal principal</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="159" />
        <source>Bullet</source>
        <translation>到期一次还本</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="160" />
        <location filename="../../ui/detail/labels.py" line="161" />
        <source>Interest only</source>
        <translation>按期付息到期还本</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="164" />
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="165" />
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="166" />
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="167" />
        <source>Other ID</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="170" />
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="171" />
        <source>Individual</source>
        <translation>自然人</translation>
    </message>
</context>
<context>
    <name>DetailPanes</name>
    <message>
        <location filename="../../ui/detail/panes.py" line="57" />
        <source>Case detail</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="66" />
        <source>Case detail tabs</source>
        <translation>案件详情标签页</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="67" />
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="68" />
        <source>&amp;Loans and schedule</source>
        <translation>借款与还款计划(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="69" />
        <source>&amp;Parties</source>
        <translation>当事人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="70" />
        <source>&amp;Timeline</source>
        <translation>催收记录(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="71" />
        <source>&amp;Documents</source>
        <translation>文书(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="72" />
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="97" />
        <source>Message</source>
        <translation>提示信息</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="100" />
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="101" />
        <source>Reload the case</source>
        <translation>重新加载案件</translation>
    </message>
</context>
<context>
    <name>DetailPlaceholder</name>
    <message>
        <location filename="../../ui/main_window.py" line="44" />
        <source>Case details</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46" />
        <source>Select a case to see its details.</source>
        <translation>请选择一个案件以查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51" />
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../ui/detail/documents.py" line="33" />
        <source>Letter no.</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="33" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="33" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="34" />
        <source>Issued</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="34" />
        <source>Amount stated</source>
        <translation>载明金额</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="34" />
        <source>Delivery</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="35" />
        <source>Sent on</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="35" />
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="35" />
        <source>Delivery status</source>
        <translation>送达状态</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="38" />
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="39" />
        <source>Refused by the addressee</source>
        <translation>收件人拒收</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="40" />
        <source>Returned undelivered</source>
        <translation>退回未送达</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="41" />
        <source>Sent, awaiting proof of delivery</source>
        <translation>已寄出，待送达回证</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="42" />
        <source>Not sent</source>
        <translation>未寄出</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ui/documents/common.py" line="30" />
        <source>Payment reminder</source>
        <translation>还款提醒函</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="31" />
        <source>Formal demand</source>
        <translation>催收通知书</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="32" />
        <source>Final demand before legal action</source>
        <translation>最后催告函</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="33" />
        <source>Demand to guarantor</source>
        <translation>担保人履行保证责任通知书</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="34" />
        <source>Law-firm letter</source>
        <translation>律师函</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="37" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="38" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="41" />
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="42" />
        <source>Registered mail</source>
        <translation>挂号信</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="43" />
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="44" />
        <source>In person</source>
        <translation>当面送达</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="45" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="48" />
        <source>Signed for</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="49" />
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="50" />
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="51" />
        <source>Pending</source>
        <translation>待送达</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="54" />
        <source>No evidence</source>
        <translation>无证据</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="55" />
        <source>Signed receipt (回执)</source>
        <translation>回执（签收）</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="56" />
        <source>Postal proof of delivery</source>
        <translation>邮政妥投证明</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="57" />
        <source>E-delivery log</source>
        <translation>电子送达记录</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="58" />
        <source>Notarised service</source>
        <translation>公证送达</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="59" />
        <source>Public notice</source>
        <translation>公告送达</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="60" />
        <source>Waybill only</source>
        <translation>仅有运单</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="61" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="62" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="65" />
        <source>Equal instalments (等额本息)</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="66" />
        <source>Equal principal (等额本金)</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="67" />
        <source>Interest only, balloon at the end</source>
        <translation>按期付息、到期还本</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="70" />
        <source>Capitalise arrears</source>
        <translation>逾期利息罚息计入本金</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="71" />
        <source>Carry arrears forward</source>
        <translation>欠息挂账分期偿还</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="72" />
        <source>Waive penalty conditionally</source>
        <translation>附条件减免罚息复利</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="75" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="76" />
        <source>Proposed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="77" />
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="78" />
        <source>Active</source>
        <translation>已生效</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="79" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="132" />
        <source>A required element of the document is missing</source>
        <translation>文书缺少必备要素</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="133" />
        <source>An amount in words does not match its figures</source>
        <translation>金额大写与小写不一致</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="134" />
        <source>The amounts do not add up or the dates are out of order</source>
        <translation>金额合计不符或日期顺序有误</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="135" />
        <source>The demanded interest, penalties and fees exceed a cap</source>
        <translation>所主张的利息、罚息及费用超过上限</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="136" />
        <source>Unusual penalty interest rate</source>
        <translation>罚息利率异常</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="137" />
        <source>The LPR table may be out of date</source>
        <translation>LPR 表可能未更新</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="138" />
        <source>A lawyer's letter needs a licensed law firm and lawyer</source>
        <translation>律师函须由执业律师事务所及律师出具</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="139" />
        <source>Court or police wording is not allowed</source>
        <translation>不得使用法院、公安等机关字样</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="140" />
        <source>A delivery is recorded once, with its method, dates and evidence</source>
        <translation>送达只登记一次，并写明方式、日期和证据</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="141" />
        <source>Banned wording</source>
        <translation>含有禁用词语</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="142" />
        <source>Only the lender's designated account may be named</source>
        <translation>只能列明本机构指定还款账户</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="143" />
        <source>No collection fee may be demanded</source>
        <translation>不得收取催收费用</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="144" />
        <source>Identity numbers of individuals must be masked</source>
        <translation>个人身份证件号码须脱敏</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="145" />
        <source>The guarantee period does not allow this demand</source>
        <translation>保证期间不支持本次催告</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="146" />
        <source>Every guarantor must consent and get a new guarantee period</source>
        <translation>每位担保人须书面同意并约定新的保证期间</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="147" />
        <source>The guarantee clause needs joint liability and an explicit period</source>
        <translation>保证条款须写明连带责任保证及明确期间</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="148" />
        <source>A corporate guarantor needs a board or shareholders' resolution</source>
        <translation>公司担保人须提供决议文件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="149" />
        <source>Borrowing new to repay old needs the same guarantors or their acknowledgement</source>
        <translation>借新还旧须原担保人一致或其知悉用途</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="150" />
        <source>Extension limits</source>
        <translation>展期期限限制</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="151" />
        <source>The repayment schedule does not reconcile</source>
        <translation>还款计划不平衡</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="152" />
        <source>Choose exactly one dispute forum</source>
        <translation>争议解决方式须且只能选择一种</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="153" />
        <source>A required clause is missing</source>
        <translation>缺少必备条款</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="154" />
        <source>A conditional waiver needs a reinstatement clause</source>
        <translation>附条件减免须约定违约恢复条款</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="155" />
        <source>A case has one restructuring plan under way at a time</source>
        <translation>同一案件同时只能推进一个重组方案</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="44" />
        <source>Limitation period</source>
        <translation>诉讼时效</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="45" />
        <source>Guarantee period</source>
        <translation>保证期间</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="50" />
        <source>No deadlines.</source>
        <translation>无期限。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="53" />
        <source>%1 %2: %3 (%4 days left)</source>
        <translation>%1 %2：%3（剩余 %4 天）</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <location filename="../../ui/detail/documents.py" line="83" />
        <location filename="../../ui/detail/documents.py" line="85" />
        <source>Letters and agreements</source>
        <translation>函件与协议</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="87" />
        <source>Documents summary</source>
        <translation>文书汇总</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="88" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="89" />
        <source>Open the selected document</source>
        <translation>打开所选文书</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="90" />
        <source>Record &amp;delivery…</source>
        <translation>登记送达(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="92" />
        <source>Record delivery of the selected document</source>
        <translation>登记所选文书的送达情况</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="121" />
        <source>%1 document(s), %2 delivered with proof</source>
        <translation>共 %1 份文书，%2 份已取得送达凭证</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="125" />
        <source>No letters or agreements have been issued on this case.</source>
        <translation>本案尚未出具任何函件或协议。</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="74" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="78" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="80" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="93" />
        <source>%1 error</source>
        <translation>%1错误</translation>
    </message>
</context>
<context>
    <name>EditMessages</name>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="45" />
        <source>Enter a value.</source>
        <translation>请填写内容。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="47" />
        <source>This contact is already recorded for the party.</source>
        <translation>该当事人已登记此联系方式。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="49" />
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>请输入电子邮箱地址，如 name@example.com。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="50" />
        <source>Enter a mainland mobile number (11 digits) or a landline number with its area code.</source>
        <translation>请输入内地手机号（11 位）或带区号的固定电话。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="52" />
        <source>Choose the lawful source of this contact.</source>
        <translation>请选择该联系方式的合法来源。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="53" />
        <source>Choose phone, e-mail or address.</source>
        <translation>请选择电话、电子邮箱或地址。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="54" />
        <source>Give a reason; it is kept in the audit trail.</source>
        <translation>请填写事由，事由将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="55" />
        <source>Say why the contact is no longer valid.</source>
        <translation>请说明该联系方式失效的原因。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="56" />
        <source>The date must not be in the past.</source>
        <translation>日期不得早于今日。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="57" />
        <source>Choose a stage.</source>
        <translation>请选择催收阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="58" />
        <source>One of the flags is not known.</source>
        <translation>存在无法识别的标记。</translation>
    </message>
</context>
<context>
    <name>EnumField</name>
    <message>
        <location filename="../../ui/calls/capture_fields.py" line="112" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="112" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114" />
        <source>Collection Desk</source>
        <translation>催收工作台</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export.py" line="20" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="21" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="22" />
        <source>Borrower kind</source>
        <translation>借款人类型</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="23" />
        <source>Main contract</source>
        <translation>主合同</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="24" />
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="25" />
        <source>Bucket</source>
        <translation>逾期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="26" />
        <source>Five-tier class</source>
        <translation>五级分类</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="27" />
        <source>Overdue amount (yuan)</source>
        <translation>逾期金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="28" />
        <source>Outstanding (yuan)</source>
        <translation>贷款余额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="29" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="30" />
        <source>Next action date</source>
        <translation>下一步行动日期</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="31" />
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="32" />
        <source>Promise</source>
        <translation>还款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="33" />
        <source>Stage</source>
        <translation>催收阶段</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="34" />
        <source>Nearest deadline</source>
        <translation>最近期限</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="35" />
        <source>Deadline kind</source>
        <translation>期限类型</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="62" />
        <source>Exporting the worklist…</source>
        <translation>正在导出工作清单…</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="68" />
        <source>Export view to XLSX</source>
        <translation>导出当前视图为 XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="69" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FinishPanel</name>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="30" />
        <location filename="../../ui/calls/finish_panel.py" line="31" />
        <source>Outcome and next action</source>
        <translation>通话结果与下一步</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="34" />
        <source>Outcome</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="36" />
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="42" />
        <source>Next action date</source>
        <translation>下一步行动日期</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="46" />
        <source>&amp;Finish call (Ctrl+S)</source>
        <translation>结束并保存(&amp;F)（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="47" />
        <source>Finish and save the call</source>
        <translation>结束并保存通话</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="50" />
        <source>Finish message</source>
        <translation>保存提示</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="54" />
        <source>Outcome:</source>
        <translation>通话结果：</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="57" />
        <source>Ne&amp;xt action:</source>
        <translation>下一步(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="58" />
        <source>Da&amp;te:</source>
        <translation>日期(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="70" />
        <source>— call running —</source>
        <translation>— 通话进行中 —</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="100" />
        <source>Call saved: %1. Next: %2 on %3.</source>
        <translation>通话已保存：%1。下一步：%3 %2。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/unlock.py" line="102" />
        <source>First run</source>
        <translation>首次使用</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="103" />
        <source>Welcome to Collection Desk</source>
        <translation>欢迎使用催收工作台</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="105" />
        <source>Institution legal name</source>
        <translation>机构法定名称</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="106" />
        <source>Officer name</source>
        <translation>催收员姓名</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="107" />
        <source>Employee number</source>
        <translation>员工编号</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="108" />
        <source>Officer phone</source>
        <translation>催收员电话</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="109" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="110" />
        <source>Repeat passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="113" />
        <source>Load a demo portfolio to explore</source>
        <translation>载入演示资产组合以便熟悉系统</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="114" />
        <source>Load a demo portfolio</source>
        <translation>载入演示资产组合</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="116" />
        <source>Number of demo cases</source>
        <translation>演示案件数量</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="118" />
        <source>Your institution</source>
        <translation>贵机构</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="119" />
        <source>The lender's legal name as it appears on letters.</source>
        <translation>贷款机构的法定名称，将显示在函件上。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="120" />
        <source>Legal name:</source>
        <translation>法定名称：</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="121" />
        <source>You, the officer</source>
        <translation>催收员信息</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="122" />
        <source>Recorded with every action you take (audit trail).</source>
        <translation>您的每一项操作都将据此记录（审计留痕）。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="123" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="124" />
        <source>Employee number:</source>
        <translation>员工编号：</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="125" />
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="129" />
        <source>Demo portfolio</source>
        <translation>演示资产组合</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="130" />
        <source>Fictitious borrowers to try the worklist. You can import real files later.</source>
        <translation>使用虚构借款人试用工作清单，稍后可导入真实数据文件。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="131" />
        <source>Cases:</source>
        <translation>案件数：</translation>
    </message>
</context>
<context>
    <name>FlagsDialog</name>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="184" />
        <source>Party flags</source>
        <translation>当事人标记</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="185" />
        <source>Party:</source>
        <translation>当事人：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="195" />
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="196" />
        <source>Reason for the change</source>
        <translation>变更事由</translation>
    </message>
</context>
<context>
    <name>GuaranteeModel</name>
    <message>
        <location filename="../../ui/detail/loans.py" line="86" />
        <source>Guarantor</source>
        <translation>保证人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="86" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="86" />
        <source>Guarantee contract</source>
        <translation>保证合同编号</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="87" />
        <source>Period ends</source>
        <translation>保证期间届满</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importing.py" line="51" />
        <location filename="../../ui/importing.py" line="52" />
        <source>Import portfolio files</source>
        <translation>导入资产数据文件</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="60" />
        <source>Files to import</source>
        <translation>待导入文件</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="63" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="64" />
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="65" />
        <source>Import the valid rows and set the rejected rows aside</source>
        <translation>导入有效行，不合格行另行留存</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="67" />
        <source>Skip invalid rows</source>
        <translation>跳过无效行</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="68" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="69" />
        <source>Start import</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="71" />
        <source>Import status</source>
        <translation>导入状态</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="73" />
        <source>Import errors</source>
        <translation>导入错误</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="79" />
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="80" />
        <location filename="../../ui/importing.py" line="213" />
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="82" />
        <location filename="../../ui/importing.py" line="83" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="104" />
        <source>CSV or XLSX files in the documented format (borrowers, parties, loans, guarantees, collateral, instalments, payments).</source>
        <translation>按规定格式编制的 CSV 或 XLSX 文件（借款人、关联方、贷款、保证、担保物、还款计划、还款记录）。</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="120" />
        <source>Choose files to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="121" />
        <source>Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="161" />
        <source>Add at least one file.</source>
        <translation>请至少添加一个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="166" />
        <source>Import cancelled: the columns were not assigned.</source>
        <translation>导入已取消：未完成列对应。</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="170" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="174" />
        <source>Importing portfolio files…</source>
        <translation>正在导入资产数据文件…</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="192" />
        <source>Import cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="194" />
        <source>Imported %1 rows; %2 cases updated.</source>
        <translation>已导入 %1 行，更新 %2 个案件。</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="198" />
        <source>Imported the valid rows; %1 rows were set aside. The table lists why.</source>
        <translation>已导入有效行，另有 %1 行未导入，原因见下表。</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="201" />
        <source>Nothing was imported: %1 problems. Fix the files and import again, or import only the valid rows.</source>
        <translation>未导入任何数据：共 %1 处问题。请修改文件后重新导入，或仅导入有效行。</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="209" />
        <source>The import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="214" />
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <location filename="../../ui/import_errors.py" line="25" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_errors.py" line="26" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/import_errors.py" line="27" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_errors.py" line="28" />
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../ui/import_errors.py" line="29" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>InstalmentModel</name>
    <message>
        <location filename="../../ui/detail/loans.py" line="37" />
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="37" />
        <source>Due date</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="37" />
        <source>Principal due</source>
        <translation>应还本金</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="38" />
        <source>Interest due</source>
        <translation>应还利息</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="38" />
        <source>Paid</source>
        <translation>已还金额</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="38" />
        <source>Unpaid</source>
        <translation>未还</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="39" />
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>LenderProfile</name>
    <message>
        <location filename="../../ui/lender_profile.py" line="35" />
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="36" />
        <source>Consumer finance company</source>
        <translation>消费金融公司</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="37" />
        <source>Small-loan company</source>
        <translation>小额贷款公司</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="38" />
        <source>Asset management company</source>
        <translation>资产管理公司</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="39" />
        <source>Other lender (private lending: 4 × LPR cap)</source>
        <translation>其他出借人（民间借贷：受4倍LPR上限约束）</translation>
    </message>
</context>
<context>
    <name>LenderProfileDialog</name>
    <message>
        <location filename="../../ui/lender_profile.py" line="108" />
        <source>Lender profile</source>
        <translation>债权人信息</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="123" />
        <source>e.g. 华商银催 in 〔2026〕华商银催字第001号</source>
        <translation>例如〔2026〕华商银催字第001号中的“华商银催”</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="126" />
        <source>Where debtors send objections, e.g. the address and phone of your asset preservation department (empty: the lender's address and phone)</source>
        <translation>债务人提出异议的方式，例如资产保全部的地址和电话（留空则使用债权人地址和电话）</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="135" />
        <source>Legal &amp;name:</source>
        <translation>法定名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="136" />
        <source>Lender's legal name</source>
        <translation>债权人法定名称</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="137" />
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="138" />
        <source>Lender's address</source>
        <translation>债权人地址</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="139" />
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="139" />
        <source>Lender's phone</source>
        <translation>债权人电话</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="142" />
        <source>&amp;Kind of lender:</source>
        <translation>机构类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="143" />
        <source>Kind of lender</source>
        <translation>机构类型</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="144" />
        <source>Letter-number pre&amp;fix:</source>
        <translation>函件编号前缀(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="156" />
        <source>Lawyer's lic&amp;ence no.:</source>
        <translation>律师执业证号(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="145" />
        <source>Letter-number prefix</source>
        <translation>函件编号前缀</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="140" />
        <source>C&amp;redit code:</source>
        <translation>统一社会信用代码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="141" />
        <source>Lender's unified social credit code</source>
        <translation>债权人统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="146" />
        <source>&amp;Objections to:</source>
        <translation>异议受理(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="147" />
        <source>Where debtors object</source>
        <translation>异议受理方式</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="148" />
        <source>Repayment a&amp;ccounts:</source>
        <translation>还款账户(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="149" />
        <source>Designated repayment accounts</source>
        <translation>指定还款账户</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="150" />
        <source>&amp;Law firm:</source>
        <translation>律师事务所(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="151" />
        <source>Law firm for lawyer letters</source>
        <translation>出具律师函的律师事务所</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="152" />
        <source>Law firm a&amp;ddress:</source>
        <translation>律所地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="153" />
        <source>Law firm address</source>
        <translation>律师事务所地址</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="154" />
        <source>La&amp;wyer:</source>
        <translation>律师(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="155" />
        <source>Lawyer's name</source>
        <translation>律师姓名</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="157" />
        <source>Lawyer's licence number</source>
        <translation>律师执业证号</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="197" />
        <source>Enter the lender's legal name.</source>
        <translation>请填写债权人的法定名称。</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="198" />
        <source>Enter a telephone number, e.g. 021-63218888, 95588 or 400-820-8888.</source>
        <translation>请填写电话号码，例如 021-63218888、95588 或 400-820-8888。</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="200" />
        <source>Enter the 18-character unified social credit code; its check character does not match.</source>
        <translation>请填写18位统一社会信用代码；当前校验位不符。</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="202" />
        <source>Choose the kind of lender.</source>
        <translation>请选择机构类型。</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="203" />
        <source>Use at most 40 characters.</source>
        <translation>最多40个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="204" />
        <source>Each account needs its name, its bank and a number of 8 to 40 digits; list each number once.</source>
        <translation>每个账户须填写户名、开户行和8至40位数字的账号，同一账号只列一次。</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="206" />
        <source>Give the law firm's name and address, the lawyer and the licence number together, or none of them.</source>
        <translation>律师事务所名称、地址、律师姓名和执业证号须一并填写，或全部留空。</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="209" />
        <source>Check this field.</source>
        <translation>请检查此项。</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="80" />
        <source>Generate letter</source>
        <translation>生成函件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="82" />
        <source>Letter for %1</source>
        <translation>%1 的函件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="88" />
        <source>Letter kind</source>
        <translation>函件类型</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="91" />
        <source>Letter language</source>
        <translation>函件语言</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="93" />
        <source>Addressee</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="94" />
        <source>Borrower: %1</source>
        <translation>借款人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="96" />
        <source>Guarantor: %1</source>
        <translation>保证人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="98" />
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="99" />
        <source>Generate the letter</source>
        <translation>生成函件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="102" />
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="104" />
        <source>Preview the letter without numbering or storing it</source>
        <translation>预览函件（不编号、不保存）</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="106" />
        <source>Letter status</source>
        <translation>函件状态</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="107" />
        <location filename="../../ui/documents/letter_dialog.py" line="244" />
        <source>Why the letter was refused</source>
        <translation>函件被拒绝的原因</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="109" />
        <location filename="../../ui/documents/letter_dialog.py" line="243" />
        <source>The letter was refused. Fix these and try again:</source>
        <translation>函件未能生成，请补正以下内容后重试：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="115" />
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="116" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="117" />
        <source>&amp;Addressee:</source>
        <translation>收件人(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="138" />
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="183" />
        <source>Building the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="184" />
        <source>Building preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="190" />
        <source>Preview only: not numbered, not stored, not to be sent (%1 pages, total %2). Generate issues the letter.</source>
        <translation>仅为预览：未编号、未保存、不得寄送（共 %1 页，合计 %2）。点击“生成”方正式出具函件。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="208" />
        <source>Generating the letter…</source>
        <translation>正在生成函件…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="209" />
        <source>Generating letter…</source>
        <translation>正在生成函件…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="217" />
        <source>%1 %2 generated: %3 pages, total %4. Stored on the case.</source>
        <translation>%1 %2 已生成：共 %3 页，合计 %4，已存入案件。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="194" />
        <location filename="../../ui/documents/letter_dialog.py" line="222" />
        <source>Check these before you send the letter:</source>
        <translation>发出前请核对以下事项：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="195" />
        <location filename="../../ui/documents/letter_dialog.py" line="223" />
        <source>What to check before sending</source>
        <translation>发出前需核对的事项</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="240" />
        <source>The lender's address, phone, repayment accounts and law firm are set in File ▸ Lender profile…</source>
        <translation>债权人的地址、电话、还款账户和律师事务所在“文件 ▸ 债权人信息…”中设置</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="248" />
        <source>The letter could not be generated: %1</source>
        <translation>函件生成失败：%1</translation>
    </message>
</context>
<context>
    <name>LoansPane</name>
    <message>
        <location filename="../../ui/detail/loans.py" line="133" />
        <source>Loans and schedule</source>
        <translation>借款与还款计划</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="137" />
        <source>&amp;Contract:</source>
        <translation>合同(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="139" />
        <location filename="../../ui/detail/loans.py" line="180" />
        <source>Loan</source>
        <translation>借款</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="147" />
        <source>Outstanding principal</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="156" />
        <location filename="../../ui/detail/loans.py" line="157" />
        <source>Instalments</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="159" />
        <location filename="../../ui/detail/loans.py" line="166" />
        <source>Guarantees</source>
        <translation>保证</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="162" />
        <location filename="../../ui/detail/loans.py" line="167" />
        <source>Collateral</source>
        <translation>抵质押物</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="182" />
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="182" />
        <source>Contract</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="182" />
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="183" />
        <source>Principal</source>
        <translation>借款本金</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="183" />
        <source>Annual rate</source>
        <translation>年利率</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="183" />
        <source>Drawn down</source>
        <translation>放款日</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="184" />
        <source>Matures</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="184" />
        <source>Repayment</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="184" />
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="185" />
        <source>Principal outstanding</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="185" />
        <source>Overdue total</source>
        <translation>逾期合计</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="186" />
        <source>Limitation expires</source>
        <translation>诉讼时效届满</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="70" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="73" />
        <source>Collection Desk is locked</source>
        <translation>催收工作台已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="78" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="81" />
        <location filename="../../ui/lock.py" line="82" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="99" />
        <source>Enter your passphrase to continue.</source>
        <translation>请输入口令以继续。</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="100" />
        <source>Unlock with the key in the OS keyring.</source>
        <translation>使用操作系统密钥环中的密钥解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="108" />
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="124" />
        <source>That did not unlock the database. Try again.</source>
        <translation>未能解锁数据库，请重试。</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <location filename="../../ui/main_controller.py" line="56" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="57" />
        <source>Encrypted (SQLCipher)</source>
        <translation>已加密（SQLCipher）</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="58" />
        <source>Officer: %1</source>
        <translation>催收员：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="59" />
        <source>Last sync: never</source>
        <translation>最近同步：从未</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="139" />
        <source>%1 cases in view</source>
        <translation>当前视图 %1 个案件</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="141" />
        <source>Over %1 cases in view</source>
        <translation>当前视图超过 %1 个案件</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="143" />
        <source> · %1 open in all</source>
        <translation> · 全部在催 %1 个</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="242" />
        <source>Exported to %1</source>
        <translation>已导出至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="247" />
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="277" />
        <source>Idle lock</source>
        <translation>闲置锁定</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="278" />
        <source>Lock after this many minutes without input (0: never):</source>
        <translation>无操作多少分钟后锁定（0 表示从不）：</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="298" />
        <source>About Collection Desk</source>
        <translation>关于催收工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="299" />
        <source>Collection Desk %1
A workbench for enterprise-loan collection officers.
Data stays on this computer in an encrypted database.</source>
        <translation>催收工作台 %1
面向对公贷款催收人员的工作平台。
数据以加密数据库形式保存在本机。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="59" />
        <location filename="../../ui/main_window.py" line="60" />
        <source>Collection Desk</source>
        <translation>催收工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63" />
        <source>Saved views</source>
        <translation>常用视图</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>Main panes</source>
        <translation>主窗格</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;Export view to XLSX…</source>
        <translation>导出视图为 XLSX(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Lock after &amp;idle time…</source>
        <translation>闲置锁定时间(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>&amp;About Collection Desk</source>
        <translation>关于催收工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>Lender &amp;profile…</source>
        <translation>债权人信息(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Demand &amp;letter…</source>
        <translation>催收函(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>&amp;Batch letters for this view…</source>
        <translation>为当前视图批量生成函件(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>&amp;Restructure plan…</source>
        <translation>债务重组方案(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>Detail panes as &amp;tabs</source>
        <translation>详情以标签页显示(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>Detail panes as &amp;docks</source>
        <translation>详情以停靠窗格显示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>&amp;Columns</source>
        <translation>显示列(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Show detail &amp;pane</source>
        <translation>显示详情窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>&amp;Next case</source>
        <translation>下一案件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>&amp;Previous case</source>
        <translation>上一案件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>Log a &amp;call</source>
        <translation>记录通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>&amp;Documents</source>
        <translation>文书(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>Database location</source>
        <translation>数据库位置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>Encryption</source>
        <translation>加密状态</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>Officer</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>Last sync</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>Case counts</source>
        <translation>案件数量</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="62" />
        <source>Assign columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="63" />
        <source>Assign columns: %1</source>
        <translation>列对应：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="66" />
        <source>The headers of this file do not match the documented import format. Choose what the file holds and which of its columns carries each field. Required fields are marked *. The assignment is remembered for files with the same headers.</source>
        <translation>该文件的表头与规定的导入格式不符。请选择文件内容类型，并为每个字段指定对应的列。带 * 的为必填字段。对应关系将被记住，用于表头相同的后续文件。</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="72" />
        <source>File kind</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="76" />
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="87" />
        <source>Use mapping</source>
        <translation>使用此对应</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="90" />
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="96" />
        <source>This file holds:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="118" />
        <source>(not in this file)</source>
        <translation>（文件中无此列）</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="120" />
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="138" />
        <source>Assign the required fields: %1</source>
        <translation>请为必填字段指定列：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="141" />
        <source>Each column of the file can carry one field only.</source>
        <translation>文件中的每一列只能对应一个字段。</translation>
    </message>
</context>
<context>
    <name>NextActionDialog</name>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="205" />
        <location filename="../../ui/detail/dialogs.py" line="212" />
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="211" />
        <source>&amp;Action:</source>
        <translation>行动(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="213" />
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="214" />
        <source>Next action date</source>
        <translation>下一步行动日期</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../ui/detail/notes.py" line="52" />
        <source>Notes, stage and next action</source>
        <translation>备注、阶段与下一步行动</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="61" />
        <source>Stage</source>
        <translation>催收阶段</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="64" />
        <source>Collection stage</source>
        <translation>催收阶段</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="67" />
        <source>Sa&amp;ve stage</source>
        <translation>保存阶段(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="68" />
        <source>Save the stage</source>
        <translation>保存催收阶段</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="70" />
        <source>Stage error</source>
        <translation>阶段错误</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="71" />
        <source>Sta&amp;ge:</source>
        <translation>阶段(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="77" />
        <location filename="../../ui/detail/notes.py" line="80" />
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="82" />
        <source>e.g. Call the finance manager about the May instalment</source>
        <translation>如：致电财务负责人核实 5 月还款</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="83" />
        <source>Next action error</source>
        <translation>下一步行动错误</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="84" />
        <source>On dat&amp;e:</source>
        <translation>日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="85" />
        <source>Next action has a date</source>
        <translation>下一步行动设有日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="87" />
        <source>Next action date</source>
        <translation>下一步行动日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="91" />
        <source>Next action date error</source>
        <translation>下一步行动日期错误</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="92" />
        <source>Save ne&amp;xt action</source>
        <translation>保存下一步行动(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="93" />
        <source>Save the next action</source>
        <translation>保存下一步行动</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="95" />
        <source>&amp;Action:</source>
        <translation>行动(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="103" />
        <source>Business condition (经营状况)</source>
        <translation>经营状况</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="106" />
        <source>Notes on the business's condition</source>
        <translation>企业经营状况备注</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="108" />
        <source>Operations, orders, staff, premises, other creditors, assets seen on visits…</source>
        <translation>生产经营、订单、用工、场所、其他债权人、走访所见资产……</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="109" />
        <source>Notes error</source>
        <translation>备注错误</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="112" />
        <source>Notes save status</source>
        <translation>备注保存状态</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="113" />
        <source>&amp;Save notes</source>
        <translation>保存备注(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="114" />
        <source>Save the business notes</source>
        <translation>保存经营状况备注</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="151" />
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/background.py" line="105" />
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="105" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="108" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="109" />
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <location filename="../../ui/detail/overview.py" line="83" />
        <source>Case overview</source>
        <translation>案件概览</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="86" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="105" />
        <source>Key facts</source>
        <translation>关键信息</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="107" />
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="107" />
        <source>Bucket</source>
        <translation>逾期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="108" />
        <source>Five-tier class</source>
        <translation>五级分类</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="108" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="109" />
        <source>Stage</source>
        <translation>催收阶段</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="109" />
        <source>Figures as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="117" />
        <source>Amounts owed (CNY)</source>
        <translation>欠款金额（人民币元）</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="119" />
        <source>Principal outstanding</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="120" />
        <source>Overdue principal</source>
        <translation>逾期本金</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="121" />
        <source>Interest due</source>
        <translation>应还利息</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="122" />
        <source>Accrued interest</source>
        <translation>应计利息</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="123" />
        <source>Penalty interest</source>
        <translation>罚息</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="124" />
        <source>Compound interest</source>
        <translation>复利</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="125" />
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="125" />
        <source>Overdue total</source>
        <translation>逾期合计</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="126" />
        <source>Total owed</source>
        <translation>欠款合计</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="126" />
        <source>Accrues per day</source>
        <translation>每日新增</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="137" />
        <source>Total owed in words</source>
        <translation>欠款合计（大写）</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="143" />
        <location filename="../../ui/detail/overview.py" line="145" />
        <source>Risk flags</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="152" />
        <source>Contact and next action</source>
        <translation>联系与下一步行动</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="154" />
        <location filename="../../ui/detail/overview.py" line="158" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="155" />
        <location filename="../../ui/detail/overview.py" line="159" />
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="157" />
        <location filename="../../ui/detail/overview.py" line="160" />
        <source>Latest promise</source>
        <translation>最近承诺</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="162" />
        <source>Log &amp;call…</source>
        <translation>记录通话(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="163" />
        <source>Log a call for this case</source>
        <translation>为本案记录通话</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="165" />
        <source>Set ne&amp;xt action…</source>
        <translation>设置下一步行动(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="166" />
        <source>Set the next action</source>
        <translation>设置下一步行动</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="168" />
        <source>Record pro&amp;mise…</source>
        <translation>记录承诺(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="170" />
        <source>Record a promise to pay by hand</source>
        <translation>手工记录还款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="180" />
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="184" />
        <source>Deadlines and warning levels</source>
        <translation>期限与预警级别</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/overview.py" line="191" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="199" />
        <source>In words: %1</source>
        <translation>大写：%1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="202" />
        <location filename="../../ui/detail/overview.py" line="250" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/overview.py" line="223" />
        <source>%n broken promise(s)</source>
        <translation>
            <numerusform>%n 次承诺违约</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="226" />
        <source>The borrower must not be contacted.</source>
        <translation>借款人已设为禁止联系。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="227" />
        <source>No risk flags</source>
        <translation>无风险提示</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="235" />
        <source>Restructured: observation period over (since %1)</source>
        <translation>已重组：观察期已结束（自 %1 起）</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="238" />
        <source>Restructured: in observation since %1; too few instalments left to end it</source>
        <translation>已重组：自 %1 起处于观察期；剩余还款期数不足以结束观察期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="241" />
        <source>Restructured: in observation since %1, until %2 at the earliest</source>
        <translation>已重组：自 %1 起处于观察期，最早于 %2 结束</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/overview.py" line="245" />
        <source>(restarted after %n missed instalment(s))</source>
        <translation>
            <numerusform>（因 %n 期未按约还款而重新起算）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartiesPane</name>
    <message>
        <location filename="../../ui/detail/parties.py" line="102" />
        <source>Parties and contacts</source>
        <translation>当事人与联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="105" />
        <location filename="../../ui/detail/parties.py" line="112" />
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="107" />
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="156" />
        <source>Selected party</source>
        <translation>所选当事人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="158" />
        <source>Party name</source>
        <translation>当事人名称</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="159" />
        <source>Identity number (masked)</source>
        <translation>证件号码（已脱敏）</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="160" />
        <location filename="../../ui/detail/parties.py" line="167" />
        <source>Service address</source>
        <translation>送达地址</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="162" />
        <source>Local time now</source>
        <translation>当地当前时间</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="163" />
        <source>Party flags</source>
        <translation>当事人标记</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="165" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="166" />
        <source>Identity no.</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="168" />
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="169" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="171" />
        <source>Revealed value</source>
        <translation>已查看的完整信息</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="177" />
        <source>Edit &amp;flags…</source>
        <translation>编辑标记(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="178" />
        <source>Edit the party's flags</source>
        <translation>编辑当事人标记</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="180" />
        <source>Reveal &amp;ID…</source>
        <translation>查看证件号(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="181" />
        <source>Reveal the identity number</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="183" />
        <source>Call this part&amp;y…</source>
        <translation>致电该当事人(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="184" />
        <source>Log a call to the selected party</source>
        <translation>为所选当事人记录通话</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="194" />
        <source>Contacts of the selected party</source>
        <translation>所选当事人的联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="198" />
        <source>&amp;Add contact…</source>
        <translation>新增联系方式(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="199" />
        <source>Add a contact point</source>
        <translation>新增联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="201" />
        <source>Mark in&amp;valid…</source>
        <translation>标记无效(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="202" />
        <source>Mark the contact invalid</source>
        <translation>将联系方式标记为无效</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="205" />
        <source>Reveal &amp;contact…</source>
        <translation>查看完整号码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="206" />
        <source>Reveal the contact value</source>
        <translation>查看完整联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="269" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="283" />
        <source>%1: %2 (hidden again in %3 s)</source>
        <translation>%1：%2（%3 秒后自动隐藏）</translation>
    </message>
</context>
<context>
    <name>PartyModel</name>
    <message>
        <location filename="../../ui/detail/parties.py" line="33" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="33" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="33" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="33" />
        <source>Identity no.</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="34" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="34" />
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="34" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/app.py" line="83" />
        <source>Wrong passphrase. Try again.</source>
        <translation>口令错误，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="36" />
        <location filename="../../ui/unlock.py" line="59" />
        <location filename="../../ui/unlock.py" line="60" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="37" />
        <source>Unlock Collection Desk</source>
        <translation>解锁催收工作台</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="39" />
        <source>Choose a passphrase of at least %1 characters. It protects the encrypted database; it cannot be recovered if lost.</source>
        <translation>请设置至少 %1 个字符的口令。该口令用于保护加密数据库，遗失后无法找回。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="42" />
        <source>Enter the passphrase that unlocks the encrypted database.</source>
        <translation>请输入解锁加密数据库的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="46" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="48" />
        <source>Repeat passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="51" />
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="53" />
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="62" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="73" />
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="87" />
        <source>The passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="91" />
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="49" />
        <source>Document preview</source>
        <translation>文件预览</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="55" />
        <source>Document pages</source>
        <translation>文件页面</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="65" />
        <source>No document to show yet.</source>
        <translation>暂无可显示的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="66" />
        <source>No document</source>
        <translation>无文件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="91" />
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="95" />
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="97" />
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="101" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="105" />
        <source>Zoom level</source>
        <translation>缩放比例</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="107" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="110" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="111" />
        <source>Fit page width</source>
        <translation>按页宽显示</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="113" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="113" />
        <location filename="../../ui/documents/pdf_preview.py" line="228" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="115" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="116" />
        <location filename="../../ui/documents/pdf_preview.py" line="259" />
        <source>Save PDF as</source>
        <translation>PDF 另存为</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="208" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="260" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="265" />
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="51" />
        <source>missing {field}</source>
        <translation>缺少{field}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="52" />
        <source>{field} must be masked (****+last 4)</source>
        <translation>{field}须遮蔽（****+末4位）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="53" />
        <source>{field} is not a 统一社会信用代码</source>
        <translation>{field}不是有效的统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="54" />
        <source>{field} cannot be written in 大写: {reason}</source>
        <translation>{field}无法写成大写：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="55" />
        <source>{field}: 大写 does not parse back to {fen} fen</source>
        <translation>{field}：大写金额与 {fen} 分不符</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="57" />
        <source>components sum to {sum} fen but total is {total} fen</source>
        <translation>各分项合计 {sum} 分，但总额为 {total} 分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="59" />
        <source>calc_date is after issue_date</source>
        <translation>计算截止日晚于出函日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="60" />
        <source>deadline must be after issue_date</source>
        <translation>还款期限须晚于出函日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="61" />
        <source>lawyer letter requires a law-firm profile</source>
        <translation>律师函须有律师事务所信息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="63" />
        <source>guarantor letter requires guarantee_period_end</source>
        <translation>保证人催收函须填写保证期间届满日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="66" />
        <source>demand and deadline must fall within the guarantee period</source>
        <translation>催收日期和还款期限须在保证期间内</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="69" />
        <source>a general guarantee (一般保证): this letter does not keep the guarantor liable; within the guarantee period the lender must sue or arbitrate against the borrower (民法典 Art. 693)</source>
        <translation>一般保证：本函不能使保证人继续承担保证责任；债权人须在保证期间内对债务人提起诉讼或申请仲裁（《民法典》第六百九十三条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="77" />
        <source>the guarantee period ended on {date}: a demand now no longer holds the guarantor liable</source>
        <translation>保证期间已于 {date} 届满：现在催收已不能使保证人承担保证责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="83" />
        <source>guarantor letter needs a guarantor addressee</source>
        <translation>保证人催收函须有保证人收件人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="86" />
        <source>banned word {word}</source>
        <translation>含禁用词 {word}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="87" />
        <source>issuer may not be styled as {word}</source>
        <translation>出函人名称不得使用 {word}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="88" />
        <source>{word} is allowed only in a law firm's letter</source>
        <translation>{word} 只能用于律师事务所出具的函件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="89" />
        <source>fee line {word} not allowed</source>
        <translation>不得列收费用项 {word}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="91" />
        <source>payment_account is not one of the institution's designated accounts</source>
        <translation>还款账户不是本机构指定的收款账户</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="96" />
        <source>payment_account is not one of the creditor's designated accounts</source>
        <translation>还款账户不是债权人指定的收款账户</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="101" />
        <source>guarantor {name} has not consented in writing</source>
        <translation>保证人 {name} 未书面同意</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="103" />
        <source>guarantor {name} must give 连带责任保证 (joint liability)</source>
        <translation>保证人 {name} 须承担连带责任保证</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="106" />
        <source>guarantor {name} has no explicit new guarantee period</source>
        <translation>保证人 {name} 未明确约定新的保证期间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="109" />
        <source>guarantor {name} guarantee period ends before final maturity</source>
        <translation>保证人 {name} 的保证期间早于最后一期到期日届满</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="112" />
        <source>corporate guarantor {name} needs a board/shareholder resolution</source>
        <translation>企业保证人 {name} 须提供董事会或股东会决议</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="115" />
        <source>security provider {name} has not consented in writing</source>
        <translation>担保人 {name} 未书面同意</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="118" />
        <source>借新还旧 needs the same guarantors or their written acknowledgement of the purpose</source>
        <translation>借新还旧须由原保证人继续担保，或由保证人书面确认知悉借款用途</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="125" />
        <source>debt components sum to {sum} fen, total is {total} fen</source>
        <translation>债务各分项合计 {sum} 分，但总额为 {total} 分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="128" />
        <source>schedule principal {sum} fen != restructured principal {principal} fen</source>
        <translation>还款计划本金合计 {sum} 分，不等于重组后本金 {principal} 分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="133" />
        <source>restructured principal + arrears + waiver != acknowledged debt</source>
        <translation>重组后本金、欠款与减免金额之和不等于确认的债务总额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="136" />
        <source>period {period} due date not after the previous one</source>
        <translation>第 {period} 期的到期日不晚于上一期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="139" />
        <source>period {period} payment != principal + interest + arrears</source>
        <translation>第 {period} 期的还款额不等于本金、利息与欠款之和</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="142" />
        <source>period {period} remaining balance {stated} != {expected}</source>
        <translation>第 {period} 期的剩余本金 {stated} 应为 {expected}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="144" />
        <source>periods must run 1..N</source>
        <translation>期次须从 1 起连续编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="147" />
        <source>dispute clause must name exactly one of a court venue or an arbitration commission</source>
        <translation>争议解决条款须在管辖法院和仲裁委员会中选定且只选定一个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="152" />
        <source>wording lacks the {clause}</source>
        <translation>文本缺少{clause}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="153" />
        <source>{name} has no confirmed service address</source>
        <translation>{name} 没有经确认的送达地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="155" />
        <source>{name} has no phone or e-mail for electronic service</source>
        <translation>{name} 没有可用于电子送达的电话或电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="158" />
        <source>conditional waiver without a reinstatement-on-default clause</source>
        <translation>附条件减免缺少“违约即恢复”条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="161" />
        <source>extension must be applied for before the original maturity</source>
        <translation>展期须在原借款到期前申请</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="164" />
        <source>extension of {days} days exceeds the 贷款通则 Art. 12 limit of {limit} days</source>
        <translation>展期 {days} 天，超过《贷款通则》第十二条规定的 {limit} 天上限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="171" />
        <source>demanded rate {rate} a year exceeds {cap}, which some courts apply to financial loans</source>
        <translation>主张的年利率 {rate} 超过 {cap}（部分法院对金融借款适用此上限）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="177" />
        <source>demanded rate {rate} a year exceeds {multiple} x LPR {lpr} = {cap} on the contract date {date}</source>
        <translation>主张的年利率 {rate} 超过合同成立日 {date} 一年期LPR {lpr} 的 {multiple} 倍，即 {cap}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="184" />
        <source>the LPR table is checked up to {through}, before the contract date {date}: confirm the one-year LPR of that day (this check used {lpr}) and have the table updated</source>
        <translation>LPR 表仅核对至 {through}，早于合同成立日 {date}：请核实当日一年期LPR（本次检查采用 {lpr}）并更新该表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="191" />
        <source>penalty interest at contract rate + {markup} is outside the usual + {low} to + {high}; check the contract provides for it</source>
        <translation>罚息利率为合同利率上浮 {markup}，不在通常的上浮 {low} 至 {high} 范围内；请核对合同是否有此约定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="200" />
        <source>this delivery of letter {letter} is already recorded: record only what has changed (outcome, delivered date or evidence)</source>
        <translation>函件 {letter} 的这次送达已经登记：只需登记有变化的内容（送达结果、送达日期或证据）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="207" />
        <source>plan {plan} of this case is already {status}, and a case can have only one plan proposed, signed or active at a time</source>
        <translation>本案的方案 {plan} 已处于“{status}”状态，同一案件同时只能有一个方案处于已提交、已签署或已生效状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="248" />
        <source>addressees</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="249" />
        <source>name of addressee {n}</source>
        <translation>第 {n} 位收件人的名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="250" />
        <source>identity number of addressee {n}</source>
        <translation>第 {n} 位收件人的证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="251" />
        <source>service address of addressee {n}</source>
        <translation>第 {n} 位收件人的送达地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="254" />
        <source>letter number</source>
        <translation>函件编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="255" />
        <source>lender's legal name</source>
        <translation>债权人名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="256" />
        <source>lender's address</source>
        <translation>债权人地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="257" />
        <source>lender's phone</source>
        <translation>债权人电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="258" />
        <source>loan contracts</source>
        <translation>借款合同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="259" />
        <source>repayment account name</source>
        <translation>还款账户户名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="260" />
        <source>repayment account bank</source>
        <translation>还款账户开户行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="261" />
        <source>repayment account number</source>
        <translation>还款账号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="262" />
        <source>officer's name</source>
        <translation>催收员姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="263" />
        <source>officer's phone</source>
        <translation>催收员电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="264" />
        <source>officer's office address</source>
        <translation>催收员办公地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="265" />
        <source>channel for objections</source>
        <translation>异议渠道</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="266" />
        <source>basis of the penalty interest</source>
        <translation>罚息计算依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="267" />
        <source>name of loan contract {n}</source>
        <translation>第 {n} 份借款合同的名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="268" />
        <source>number of loan contract {n}</source>
        <translation>第 {n} 份借款合同的编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="269" />
        <source>borrower of loan contract {n}</source>
        <translation>第 {n} 份借款合同的借款人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="270" />
        <source>name of security contract {n}</source>
        <translation>第 {n} 份担保合同的名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="271" />
        <source>number of security contract {n}</source>
        <translation>第 {n} 份担保合同的编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="272" />
        <source>acceleration clause the letter relies on</source>
        <translation>函件所依据的加速到期条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="275" />
        <source>law firm's name</source>
        <translation>律师事务所名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="276" />
        <source>law firm's address</source>
        <translation>律师事务所地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="277" />
        <source>lawyer's name</source>
        <translation>律师姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="278" />
        <source>lawyer's licence number</source>
        <translation>律师执业证号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="279" />
        <source>law firm's authorisation</source>
        <translation>律师事务所的委托授权</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="280" />
        <source>agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="281" />
        <source>place of signing</source>
        <translation>签订地点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="282" />
        <source>original contracts</source>
        <translation>原合同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="283" />
        <source>recital of the default</source>
        <translation>违约事实陈述</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="284" />
        <source>repayment schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="286" />
        <source>overdue principal</source>
        <translation>逾期本金</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="287" />
        <source>remaining principal</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="288" />
        <location filename="../../desktop_app/compliance/details.py" line="296" />
        <source>interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="289" />
        <location filename="../../desktop_app/compliance/details.py" line="297" />
        <source>penalty interest</source>
        <translation>罚息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="290" />
        <location filename="../../desktop_app/compliance/details.py" line="298" />
        <source>compound interest</source>
        <translation>复利</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="291" />
        <source>liquidated damages</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="292" />
        <source>fee “{label}”</source>
        <translation>费用“{label}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="293" />
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="294" />
        <source>daily accrual</source>
        <translation>每日新增利息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="295" />
        <source>principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="299" />
        <source>fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="300" />
        <source>schedule total</source>
        <translation>还款计划合计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="301" />
        <source>restructured principal</source>
        <translation>重组后本金</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="302" />
        <source>waiver</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="305" />
        <source>debt-acknowledgement clause</source>
        <translation>债务确认条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="306" />
        <source>not-a-novation / security-continues clause</source>
        <translation>“不构成债务更新、担保继续有效”条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="309" />
        <source>acceleration clause</source>
        <translation>加速到期条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="310" />
        <source>service-address clause</source>
        <translation>送达地址条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="314" />
        <source>proposed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="315" />
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="316" />
        <source>active</source>
        <translation>已生效</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="23" />
        <source>Record promise to pay</source>
        <translation>记录还款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="30" />
        <source>e.g. 5,000.00</source>
        <translation>例如 5,000.00</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="35" />
        <source>— no one party —</source>
        <translation>— 不指定当事人 —</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="40" />
        <source>&amp;Amount (CNY):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="41" />
        <source>Promised amount</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="42" />
        <source>&amp;Due date:</source>
        <translation>承诺还款日(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="43" />
        <source>Promised payment date</source>
        <translation>承诺还款日</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="44" />
        <source>&amp;Party:</source>
        <translation>承诺人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="45" />
        <source>Party who promised</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="57" />
        <source>Enter at least %1.</source>
        <translation>金额不得少于 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="59" />
        <source>That is more than the total owed (%1).</source>
        <translation>金额超过欠款总额（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="60" />
        <source>Enter the amount in yuan, e.g. 5000 or 5,000.00.</source>
        <translation>请以元为单位填写金额，例如 5000 或 5,000.00。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/promise_dialog.py" line="64" />
        <source>The date may be at most %n day(s) from today.</source>
        <translation>
            <numerusform>日期最多只能在今天起 %n 天内。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="65" />
        <source>The date must not be in the past.</source>
        <translation>日期不得早于今天。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="174" />
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="174" />
        <source>Reason</source>
        <translation>事由</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="64" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="64" />
        <source>Why it was refused</source>
        <translation>拒绝原因</translation>
    </message>
</context>
<context>
    <name>RestructureWizard</name>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="173" />
        <source>Restructure wizard</source>
        <translation>债务重组向导</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="174" />
        <source>Restructure %1</source>
        <translation>债务重组：%1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="204" />
        <source>Generating the agreement…</source>
        <translation>正在生成协议…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="205" />
        <source>Generating agreement…</source>
        <translation>正在生成协议…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="219" />
        <source>Building the draft…</source>
        <translation>正在生成草稿…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="220" />
        <source>Building draft…</source>
        <translation>正在生成草稿…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="229" />
        <source>Draft for review: not numbered, not stored, not for signature. Record the consents, then generate the agreement.</source>
        <translation>审阅草稿：未编号、未保存、不得签署。取得各方书面同意后，再生成正式协议。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="245" />
        <source>Updating the plan…</source>
        <translation>正在更新方案…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="246" />
        <source>Updating plan…</source>
        <translation>正在更新方案…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="267" />
        <source>Plan %1: %2. Agreement %3.</source>
        <translation>方案 %1：%2。协议 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="279" />
        <source>Check the points below before it is signed.</source>
        <translation>签署前请核对下列事项。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="292" />
        <source>Refused:</source>
        <translation>已拒绝：</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <location filename="../../ui/saved_views.py" line="32" />
        <source>Today's worklist</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="33" />
        <source>Promises due today</source>
        <translation>今日到期承诺</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="34" />
        <source>Broken promises</source>
        <translation>违约承诺</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="35" />
        <source>New this week</source>
        <translation>本周新增</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="36" />
        <source>Deadlines in 90 days</source>
        <translation>90 天内到期时限</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="37" />
        <source>All open cases</source>
        <translation>全部在催案件</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="38" />
        <source>By bucket</source>
        <translation>按逾期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="39" />
        <source>By stage</source>
        <translation>按催收阶段</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="47" />
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="47" />
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="47" />
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="47" />
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="48" />
        <source>Arrears</source>
        <translation>欠息</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="48" />
        <source>Payment</source>
        <translation>应还金额</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="48" />
        <source>Remaining</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="66" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/app.py" line="139" />
        <source>Building the demo portfolio…</source>
        <translation>正在生成演示资产组合…</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <location filename="../../ui/calls/step_view.py" line="40" />
        <source>Call script</source>
        <translation>通话话术</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="41" />
        <source>Call script step</source>
        <translation>当前话术步骤</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="50" />
        <source>Script and step</source>
        <translation>话术与步骤</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="54" />
        <source>What to say</source>
        <translation>话术内容</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="70" />
        <source>← Back (Alt+Left)</source>
        <translation>← 上一步（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="71" />
        <source>Back to the previous step</source>
        <translation>返回上一步</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="75" />
        <source>Script message</source>
        <translation>话术提示</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="148" />
        <source>Start the call to see the script.</source>
        <translation>开始通话后显示话术。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="156" />
        <source>Script finished: %1</source>
        <translation>话术结束：%1</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="187" />
        <source>Error for %1</source>
        <translation>%1 的错误</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="211" />
        <source>Shortcut: %1</source>
        <translation>快捷键：%1</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="262" />
        <source>Required: fill this in before choosing.</source>
        <translation>必填：请先填写此项再选择。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="265" />
        <source>Enter a positive amount with at most two decimals.</source>
        <translation>请输入大于零、最多两位小数的金额。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="266" />
        <source>Enter a valid date.</source>
        <translation>请输入有效日期。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="267" />
        <source>Pick a value from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="268" />
        <source>Enter the number and pick its lawful source.</source>
        <translation>请填写号码并选择其合法来源。</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="18" />
        <location filename="../../ui/calls/target_picker.py" line="19" />
        <source>Whom to call</source>
        <translation>联系对象</translation>
    </message>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="22" />
        <source>Party</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="24" />
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="26" />
        <source>Purpose of the call</source>
        <translation>通话目的</translation>
    </message>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="30" />
        <source>&amp;Party:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="31" />
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="32" />
        <source>P&amp;urpose:</source>
        <translation>目的(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="78" />
        <source>No valid phone number on file</source>
        <translation>没有有效的电话号码</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="61" />
        <source>Loans and terms</source>
        <translation>贷款与条件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="62" />
        <source>The schedule and the comparison update as you type.</source>
        <translation>修改条件时还款计划与对比图即时更新。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="68" />
        <source>Loans to restructure</source>
        <translation>拟重组的贷款</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="70" />
        <source>%1 — outstanding %2</source>
        <translation>%1 — 未结清 %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="81" />
        <source>Repayment method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="82" />
        <source>Number of months</source>
        <translation>期数（月）</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="85" />
        <source>Annual interest rate</source>
        <translation>年利率</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="91" />
        <source>Start date</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="94" />
        <source>Grace months</source>
        <translation>宽限期（月）</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="97" />
        <source>Treatment of arrears</source>
        <translation>欠息处理方式</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="99" />
        <source>&amp;Loans:</source>
        <translation>贷款(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="100" />
        <source>&amp;Method:</source>
        <translation>还款方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="101" />
        <source>M&amp;onths:</source>
        <translation>期数(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="102" />
        <source>&amp;Annual rate:</source>
        <translation>年利率(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="103" />
        <source>&amp;Start:</source>
        <translation>起始日(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="104" />
        <source>&amp;Grace months:</source>
        <translation>宽限期(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="105" />
        <source>A&amp;rrears:</source>
        <translation>欠息(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="107" />
        <source>Schedule totals</source>
        <translation>计划合计</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="114" />
        <source>New repayment schedule</source>
        <translation>新还款计划</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="152" />
        <source>Loans: choose a loan with a balance.</source>
        <translation>贷款：请选择有余额的贷款。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="168" />
        <source>Acknowledged %1 · restructured principal %2 · Σ principal %3 %4 · Σ interest %5 · waived on condition %6</source>
        <translation>确认债务 %1 · 重组本金 %2 · 本金合计 %3 %4 · 利息合计 %5 · 附条件减免 %6</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/detail/timeline.py" line="35" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="35" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="35" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="35" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="36" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <location filename="../../ui/detail/timeline.py" line="65" />
        <source>Timeline</source>
        <translation>催收记录</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="71" />
        <source>Activities, newest first</source>
        <translation>催收记录（最新在前）</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="76" />
        <source>Show activities of kind</source>
        <translation>按类型筛选记录</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="79" />
        <source>Number of activities shown</source>
        <translation>显示的记录数</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="80" />
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="88" />
        <source>Full text of the selected activity</source>
        <translation>所选记录全文</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="90" />
        <source>Select an activity to read its notes.</source>
        <translation>选择一条记录以查看全文。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="107" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/timeline.py" line="121" />
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="135" />
        <source>(no notes)</source>
        <translation>（无备注）</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="138" />
        <source>Compliance override: %1</source>
        <translation>合规例外理由：%1</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="40" />
        <source>Compliance check</source>
        <translation>合规检查</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="41" />
        <source>Compliance check before the call</source>
        <translation>通话前合规检查</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="46" />
        <source>Verdict</source>
        <translation>检查结论</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="52" />
        <source>Rules that fired</source>
        <translation>触发的规则</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="61" />
        <source>Override reason status</source>
        <translation>强制放行理由状态</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="69" />
        <source>&amp;Override…</source>
        <translation>强制放行(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="70" />
        <source>Override the block</source>
        <translation>强制放行</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="74" />
        <source>Start the call despite the block; the typed reason is audited</source>
        <translation>在被禁止的情况下仍开始通话；所填理由将记入审计</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="77" />
        <source>Override reason</source>
        <translation>强制放行理由</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calls/verdict_panel.py" line="79" />
        <source>Why this call must go ahead (at least %n characters)</source>
        <translation>
            <numerusform>必须进行本次通话的理由（至少 %n 个字）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="114" />
        <source>Pick a party and a number to check the call.</source>
        <translation>请选择联系人和号码以进行合规检查。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="136" />
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="159" />
        <source>No lawful time can be computed: the block lasts until its cause is cleared on the party.</source>
        <translation>无法计算可合法联系的时间：在联系人的相关标记解除前，禁止一直有效。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="162" />
        <source>No rule fired for this contact.</source>
        <translation>本次联系未触发任何规则。</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="168" />
        <source>Contact becomes lawful at %1</source>
        <translation>可合法联系的时间：%1</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="169" />
        <source>Contact becomes lawful at %1 (the party's local time; %2 for you)</source>
        <translation>可合法联系的时间：%1（对方当地时间；您的当地时间为 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="190" />
        <source>The reason is recorded with the call and audited.</source>
        <translation>该理由将随通话记录保存并记入审计。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calls/verdict_panel.py" line="191" />
        <source>Type %n more character(s) to allow the override.</source>
        <translation>
            <numerusform>还需输入 %n 个字才能强制放行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../../ui/worklist/columns.py" line="14" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="15" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="16" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="17" />
        <source>Main contract</source>
        <translation>主合同</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="18" />
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="19" />
        <source>Bucket</source>
        <translation>逾期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="20" />
        <source>Five-tier class</source>
        <translation>五级分类</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="21" />
        <source>Overdue amount</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="22" />
        <source>Outstanding</source>
        <translation>贷款余额</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="23" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="24" />
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="25" />
        <source>Promise</source>
        <translation>还款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="26" />
        <source>Stage</source>
        <translation>催收阶段</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="27" />
        <source>Deadline at risk</source>
        <translation>临近时限</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="41" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="42" />
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="43" />
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="44" />
        <source>Special mention</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="45" />
        <source>Substandard</source>
        <translation>次级</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="46" />
        <source>Doubtful</source>
        <translation>可疑</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="47" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="48" />
        <source>Open</source>
        <translation>履约中</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="49" />
        <source>Kept</source>
        <translation>已履约</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="50" />
        <source>Partly kept</source>
        <translation>部分履约</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="51" />
        <source>Broken</source>
        <translation>已违约</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="52" />
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="53" />
        <source>Early</source>
        <translation>早期</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="54" />
        <source>Middle</source>
        <translation>中期</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="55" />
        <source>Late</source>
        <translation>后期</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="56" />
        <source>Legal</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="57" />
        <source>Limitation</source>
        <translation>诉讼时效</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="58" />
        <source>Guarantee period</source>
        <translation>保证期间</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <location filename="../../ui/worklist/view.py" line="41" />
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/view.py" line="43" />
        <source>Search names, contract numbers, phones, credit codes (Ctrl+F)</source>
        <translation>搜索名称、合同编号、电话、统一社会信用代码（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/view.py" line="45" />
        <source>Cases shown</source>
        <translation>显示的案件数</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/view.py" line="47" />
        <source>Case list</source>
        <translation>案件列表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/worklist/view.py" line="176" />
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>共 %Ln 个案件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/worklist/view.py" line="178" />
        <source>More than %1 cases, counting…</source>
        <translation>超过 %1 个案件，正在计数…</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/view.py" line="182" />
        <source>not searched, too short: %1 (type at least 2 Chinese characters, or 3 letters or digits)</source>
        <translation>过短未搜索：%1（请至少输入2个汉字，或3个字母或数字）</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/view.py" line="210" />
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/view.py" line="212" />
        <source>Column chooser</source>
        <translation>列选择</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../ui/unlock.py" line="150" />
        <source>Protect the database</source>
        <translation>保护数据库</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="151" />
        <source>No OS keyring is available here, so a passphrase of at least %1 characters protects the encrypted database.</source>
        <translation>本机没有可用的操作系统密钥环，需设置至少 %1 个字符的口令来保护加密数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="156" />
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="157" />
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
</context>
</TS>

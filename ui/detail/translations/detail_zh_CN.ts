<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../dialogs.py" line="128" />
        <source>Add contact</source>
        <translation>新增联系方式</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="129" />
        <source>Party:</source>
        <translation>当事人：</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="136" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="141" />
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="141" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="142" />
        <source>&amp;Value:</source>
        <translation>号码/地址(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="142" />
        <source>Value</source>
        <translation>号码/地址</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="143" />
        <source>Lawful &amp;source:</source>
        <translation>合法来源(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="144" />
        <source>Lawful source</source>
        <translation>合法来源</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="145" />
        <source>&amp;Label:</source>
        <translation>备注(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="146" />
        <source>Label</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="147" />
        <source>e.g. finance office, mobile</source>
        <translation>如：财务室、手机</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../chart.py" line="32" />
        <source>Outstanding principal chart</source>
        <translation>剩余本金走势图</translation>
    </message>
    <message>
        <location filename="../chart.py" line="47" />
        <source>Scheduled and actual outstanding principal from %1 to %2; %3 outstanding now.</source>
        <translation>%1 至 %2 计划与实际剩余本金；当前剩余本金 %3。</translation>
    </message>
    <message>
        <location filename="../chart.py" line="59" />
        <source>No schedule</source>
        <translation>无还款计划</translation>
    </message>
    <message>
        <location filename="../chart.py" line="93" />
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../chart.py" line="112" />
        <source>Scheduled</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../chart.py" line="112" />
        <source>Actual (after payments)</source>
        <translation>实际（扣除还款后）</translation>
    </message>
</context>
<context>
    <name>CollateralModel</name>
    <message>
        <location filename="../loans.py" line="106" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../loans.py" line="106" />
        <source>Value</source>
        <translation>号码/地址</translation>
    </message>
    <message>
        <location filename="../loans.py" line="106" />
        <source>Registration no.</source>
        <translation>登记证号</translation>
    </message>
    <message>
        <location filename="../loans.py" line="107" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../parties.py" line="66" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../parties.py" line="66" />
        <source>Value (masked)</source>
        <translation>号码/地址（已脱敏）</translation>
    </message>
    <message>
        <location filename="../parties.py" line="66" />
        <source>Label</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../parties.py" line="67" />
        <source>Lawful source</source>
        <translation>合法来源</translation>
    </message>
    <message>
        <location filename="../parties.py" line="67" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../parties.py" line="76" />
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../parties.py" line="78" />
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <location filename="../overview.py" line="39" />
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../overview.py" line="39" />
        <source>Reference</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../overview.py" line="39" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../overview.py" line="39" />
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../overview.py" line="40" />
        <source>Level</source>
        <translation>预警级别</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <location filename="../controller.py" line="62" />
        <source>This case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <location filename="../controller.py" line="85" />
        <source>Someone else changed this record since you opened it. Nothing was saved: reload, check, and try again.</source>
        <translation>您打开后该记录已被他人修改，本次未保存。请刷新、核对后重试。</translation>
    </message>
    <message>
        <location filename="../controller.py" line="122" />
        <source>Contact added.</source>
        <translation>联系方式已新增。</translation>
    </message>
    <message>
        <location filename="../controller.py" line="131" />
        <source>Contact marked invalid.</source>
        <translation>联系方式已标记为无效。</translation>
    </message>
    <message>
        <location filename="../controller.py" line="132" />
        <source>Mark contact invalid</source>
        <translation>标记联系方式无效</translation>
    </message>
    <message>
        <location filename="../controller.py" line="133" />
        <source>Why is this contact no longer valid (e.g. number not in service, wrong person)?</source>
        <translation>该联系方式为何失效（如空号、非本人）？</translation>
    </message>
    <message>
        <location filename="../controller.py" line="144" />
        <source>Flags saved.</source>
        <translation>标记已保存。</translation>
    </message>
    <message>
        <location filename="../controller.py" line="148" />
        <source>Identity number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../controller.py" line="148" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../controller.py" line="154" />
        <source>Reveal personal data</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <location filename="../controller.py" line="155" />
        <source>Revealing the full value is recorded in the audit trail with your name and reason.</source>
        <translation>查看完整信息将连同您的姓名和事由记入审计日志。</translation>
    </message>
    <message>
        <location filename="../controller.py" line="174" />
        <source>Next action saved.</source>
        <translation>下一步行动已保存。</translation>
    </message>
    <message>
        <location filename="../controller.py" line="193" />
        <source>Stage saved.</source>
        <translation>催收阶段已保存。</translation>
    </message>
    <message>
        <location filename="../controller.py" line="203" />
        <source>Notes saved.</source>
        <translation>经营状况已保存。</translation>
    </message>
</context>
<context>
    <name>DetailLabels</name>
    <message>
        <location filename="../labels.py" line="20" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21" />
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22" />
        <source>Actual controller</source>
        <translation>实际控制人</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23" />
        <source>Finance contact</source>
        <translation>财务联系人</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24" />
        <source>Guarantor</source>
        <translation>保证人</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25" />
        <source>Mortgagor</source>
        <translation>抵押人</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26" />
        <source>Pledgor</source>
        <translation>出质人</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27" />
        <location filename="../labels.py" line="79" />
        <source>Nominated contact</source>
        <translation>指定联系人</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28" />
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31" />
        <source>Do not contact</source>
        <translation>禁止联系</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32" />
        <source>Cease contact requested</source>
        <translation>已要求停止催收联系</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33" />
        <source>Dispute open</source>
        <translation>存在异议</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34" />
        <source>Represented by attorney</source>
        <translation>已委托律师</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35" />
        <source>Litigation hold</source>
        <translation>诉讼冻结</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36" />
        <source>Deceased or bankrupt</source>
        <translation>已死亡或破产</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39" />
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../labels.py" line="41" />
        <source>Due</source>
        <translation>待还</translation>
    </message>
    <message>
        <location filename="../labels.py" line="42" />
        <source>Part paid</source>
        <translation>部分已还</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46" />
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47" />
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48" />
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49" />
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51" />
        <source>Payment</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52" />
        <source>Status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55" />
        <source>Reached the right party</source>
        <translation>联系到本人</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56" />
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57" />
        <source>Part payment arranged</source>
        <translation>约定部分还款</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58" />
        <source>Refused to pay</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59" />
        <source>Dispute raised</source>
        <translation>提出异议</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60" />
        <source>Hardship: restructure requested</source>
        <translation>经营困难，申请重组</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61" />
        <source>Third party reached</source>
        <translation>联系到第三方</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64" />
        <source>Line busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../labels.py" line="65" />
        <source>Left a message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <location filename="../labels.py" line="66" />
        <source>Call back requested</source>
        <translation>要求回电</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69" />
        <source>Early</source>
        <translation>早期</translation>
    </message>
    <message>
        <location filename="../labels.py" line="70" />
        <source>Middle</source>
        <translation>中期</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71" />
        <source>Late</source>
        <translation>后期</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72" />
        <source>Legal</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <location filename="../labels.py" line="75" />
        <source>Loan contract</source>
        <translation>借款合同约定</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76" />
        <source>Provided by the debtor</source>
        <translation>债务人提供</translation>
    </message>
    <message>
        <location filename="../labels.py" line="77" />
        <source>Authorised by the debtor</source>
        <translation>债务人授权</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78" />
        <source>Lawful public source</source>
        <translation>合法公开渠道</translation>
    </message>
    <message>
        <location filename="../labels.py" line="80" />
        <source>Credit bureau (authorised)</source>
        <translation>征信机构（已授权）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="83" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../labels.py" line="84" />
        <location filename="../labels.py" line="100" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../labels.py" line="85" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../labels.py" line="88" />
        <source>Reminder letter</source>
        <translation>催收提示函</translation>
    </message>
    <message>
        <location filename="../labels.py" line="89" />
        <source>Demand letter</source>
        <translation>催收函</translation>
    </message>
    <message>
        <location filename="../labels.py" line="90" />
        <source>Final demand</source>
        <translation>最后催告函</translation>
    </message>
    <message>
        <location filename="../labels.py" line="91" />
        <source>Letter to guarantor</source>
        <translation>致保证人函</translation>
    </message>
    <message>
        <location filename="../labels.py" line="92" />
        <source>Lawyer's letter</source>
        <translation>律师函</translation>
    </message>
    <message>
        <location filename="../labels.py" line="93" />
        <source>Restructuring agreement</source>
        <translation>重组协议</translation>
    </message>
    <message>
        <location filename="../labels.py" line="96" />
        <source>Registered post</source>
        <translation>挂号信</translation>
    </message>
    <message>
        <location filename="../labels.py" line="97" />
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location filename="../labels.py" line="98" />
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../labels.py" line="99" />
        <source>By hand</source>
        <translation>直接送达</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101" />
        <source>Electronic delivery</source>
        <translation>电子送达</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104" />
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../labels.py" line="105" />
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../labels.py" line="106" />
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../labels.py" line="107" />
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110" />
        <source>Limitation period</source>
        <translation>诉讼时效</translation>
    </message>
    <message>
        <location filename="../labels.py" line="111" />
        <source>Guarantee period</source>
        <translation>保证期间</translation>
    </message>
    <message>
        <location filename="../labels.py" line="114" />
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../labels.py" line="115" />
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../labels.py" line="116" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../labels.py" line="117" />
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../labels.py" line="118" />
        <source>Expired</source>
        <translation>已届满</translation>
    </message>
    <message>
        <location filename="../labels.py" line="122" />
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../labels.py" line="123" />
        <source>Special mention</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../labels.py" line="124" />
        <source>Substandard</source>
        <translation>次级</translation>
    </message>
    <message>
        <location filename="../labels.py" line="125" />
        <source>Doubtful</source>
        <translation>可疑</translation>
    </message>
    <message>
        <location filename="../labels.py" line="126" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../labels.py" line="129" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../labels.py" line="130" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../labels.py" line="131" />
        <source>Cantonese</source>
        <translation>粤语</translation>
    </message>
    <message>
        <location filename="../labels.py" line="134" />
        <source>Open</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../labels.py" line="135" />
        <source>Kept</source>
        <translation>已履行</translation>
    </message>
    <message>
        <location filename="../labels.py" line="136" />
        <source>Part kept</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <location filename="../labels.py" line="137" />
        <source>Broken</source>
        <translation>已违约</translation>
    </message>
    <message>
        <location filename="../labels.py" line="138" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../labels.py" line="141" />
        <source>Joint and several</source>
        <translation>连带责任保证</translation>
    </message>
    <message>
        <location filename="../labels.py" line="142" />
        <source>General</source>
        <translation>一般保证</translation>
    </message>
    <message>
        <location filename="../labels.py" line="145" />
        <source>Mortgage</source>
        <translation>抵押</translation>
    </message>
    <message>
        <location filename="../labels.py" line="146" />
        <source>Pledge</source>
        <translation>质押</translation>
    </message>
    <message>
        <location filename="../labels.py" line="149" />
        <source>Equal instalments</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <location filename="../labels.py" line="150" />
        <source>Equal principal</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <location filename="../labels.py" line="151" />
        <source>Bullet</source>
        <translation>到期一次还本</translation>
    </message>
    <message>
        <location filename="../labels.py" line="152" />
        <source>Interest only</source>
        <translation>按期付息</translation>
    </message>
    <message>
        <location filename="../labels.py" line="155" />
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../labels.py" line="156" />
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../labels.py" line="157" />
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../labels.py" line="158" />
        <source>Other ID</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../labels.py" line="161" />
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../labels.py" line="162" />
        <source>Individual</source>
        <translation>自然人</translation>
    </message>
</context>
<context>
    <name>DetailPanes</name>
    <message>
        <location filename="../panes.py" line="50" />
        <source>Case detail</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <location filename="../panes.py" line="59" />
        <source>Case detail tabs</source>
        <translation>案件详情标签页</translation>
    </message>
    <message>
        <location filename="../panes.py" line="60" />
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <location filename="../panes.py" line="61" />
        <source>&amp;Loans and schedule</source>
        <translation>借款与还款计划(&amp;L)</translation>
    </message>
    <message>
        <location filename="../panes.py" line="62" />
        <source>&amp;Parties</source>
        <translation>当事人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../panes.py" line="63" />
        <source>&amp;Timeline</source>
        <translation>催收记录(&amp;T)</translation>
    </message>
    <message>
        <location filename="../panes.py" line="64" />
        <source>&amp;Documents</source>
        <translation>文书(&amp;D)</translation>
    </message>
    <message>
        <location filename="../panes.py" line="65" />
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../panes.py" line="87" />
        <source>Message</source>
        <translation>提示信息</translation>
    </message>
    <message>
        <location filename="../panes.py" line="90" />
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../panes.py" line="91" />
        <source>Reload the case</source>
        <translation>重新加载案件</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../documents.py" line="33" />
        <source>Letter no.</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <location filename="../documents.py" line="33" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../documents.py" line="33" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../documents.py" line="34" />
        <source>Issued</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <location filename="../documents.py" line="34" />
        <source>Amount stated</source>
        <translation>载明金额</translation>
    </message>
    <message>
        <location filename="../documents.py" line="34" />
        <source>Delivery</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../documents.py" line="38" />
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../documents.py" line="35" />
        <source>Delivery status</source>
        <translation>送达状态</translation>
    </message>
    <message>
        <location filename="../documents.py" line="35" />
        <source>Sent on</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <location filename="../documents.py" line="35" />
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <location filename="../documents.py" line="39" />
        <source>Refused by the addressee</source>
        <translation>收件人拒收</translation>
    </message>
    <message>
        <location filename="../documents.py" line="40" />
        <source>Returned undelivered</source>
        <translation>退回未送达</translation>
    </message>
    <message>
        <location filename="../documents.py" line="41" />
        <source>Sent, awaiting proof of delivery</source>
        <translation>已寄出，待送达回证</translation>
    </message>
    <message>
        <location filename="../documents.py" line="42" />
        <source>Not sent</source>
        <translation>未寄出</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <location filename="../documents.py" line="80" />
        <location filename="../documents.py" line="82" />
        <source>Letters and agreements</source>
        <translation>函件与协议</translation>
    </message>
    <message>
        <location filename="../documents.py" line="84" />
        <source>Documents summary</source>
        <translation>文书汇总</translation>
    </message>
    <message>
        <location filename="../documents.py" line="93" />
        <source>%1 document(s), %2 delivered with proof</source>
        <translation>共 %1 份文书，%2 份已取得送达凭证</translation>
    </message>
    <message>
        <location filename="../documents.py" line="97" />
        <source>No letters or agreements have been issued on this case.</source>
        <translation>本案尚未出具任何函件或协议。</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../dialogs.py" line="74" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="78" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="80" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="93" />
        <source>%1 error</source>
        <translation>%1错误</translation>
    </message>
</context>
<context>
    <name>EditMessages</name>
    <message>
        <location filename="../dialogs.py" line="45" />
        <source>Enter a value.</source>
        <translation>请填写内容。</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="47" />
        <source>This contact is already recorded for the party.</source>
        <translation>该当事人已登记此联系方式。</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="49" />
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>请输入电子邮箱地址，如 name@example.com。</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="50" />
        <source>Enter a mainland mobile number (11 digits) or a landline number with its area code.</source>
        <translation>请输入内地手机号（11 位）或带区号的固定电话。</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="52" />
        <source>Choose the lawful source of this contact.</source>
        <translation>请选择该联系方式的合法来源。</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="53" />
        <source>Choose phone, e-mail or address.</source>
        <translation>请选择电话、电子邮箱或地址。</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="54" />
        <source>Give a reason; it is kept in the audit trail.</source>
        <translation>请填写事由，事由将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="55" />
        <source>Say why the contact is no longer valid.</source>
        <translation>请说明该联系方式失效的原因。</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="56" />
        <source>The date must not be in the past.</source>
        <translation>日期不得早于今日。</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="57" />
        <source>Choose a stage.</source>
        <translation>请选择催收阶段。</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="58" />
        <source>One of the flags is not known.</source>
        <translation>存在无法识别的标记。</translation>
    </message>
</context>
<context>
    <name>FlagsDialog</name>
    <message>
        <location filename="../dialogs.py" line="180" />
        <source>Party flags</source>
        <translation>当事人标记</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="181" />
        <source>Party:</source>
        <translation>当事人：</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="191" />
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="192" />
        <source>Reason for the change</source>
        <translation>变更事由</translation>
    </message>
</context>
<context>
    <name>GuaranteeModel</name>
    <message>
        <location filename="../loans.py" line="86" />
        <source>Guarantor</source>
        <translation>保证人</translation>
    </message>
    <message>
        <location filename="../loans.py" line="86" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../loans.py" line="86" />
        <source>Guarantee contract</source>
        <translation>保证合同编号</translation>
    </message>
    <message>
        <location filename="../loans.py" line="87" />
        <source>Period ends</source>
        <translation>保证期间届满</translation>
    </message>
</context>
<context>
    <name>InstalmentModel</name>
    <message>
        <location filename="../loans.py" line="37" />
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../loans.py" line="37" />
        <source>Due date</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../loans.py" line="37" />
        <source>Principal due</source>
        <translation>应还本金</translation>
    </message>
    <message>
        <location filename="../loans.py" line="38" />
        <source>Interest due</source>
        <translation>应还利息</translation>
    </message>
    <message>
        <location filename="../loans.py" line="38" />
        <source>Paid</source>
        <translation>已还金额</translation>
    </message>
    <message>
        <location filename="../loans.py" line="38" />
        <source>Unpaid</source>
        <translation>未还</translation>
    </message>
    <message>
        <location filename="../loans.py" line="39" />
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>LoansPane</name>
    <message>
        <location filename="../loans.py" line="133" />
        <source>Loans and schedule</source>
        <translation>借款与还款计划</translation>
    </message>
    <message>
        <location filename="../loans.py" line="137" />
        <source>&amp;Contract:</source>
        <translation>合同(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../loans.py" line="139" />
        <location filename="../loans.py" line="180" />
        <source>Loan</source>
        <translation>借款</translation>
    </message>
    <message>
        <location filename="../loans.py" line="147" />
        <source>Outstanding principal</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <location filename="../loans.py" line="156" />
        <location filename="../loans.py" line="157" />
        <source>Instalments</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../loans.py" line="159" />
        <location filename="../loans.py" line="166" />
        <source>Guarantees</source>
        <translation>保证</translation>
    </message>
    <message>
        <location filename="../loans.py" line="162" />
        <location filename="../loans.py" line="167" />
        <source>Collateral</source>
        <translation>抵质押物</translation>
    </message>
    <message>
        <location filename="../loans.py" line="182" />
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../loans.py" line="182" />
        <source>Contract</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <location filename="../loans.py" line="182" />
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../loans.py" line="183" />
        <source>Principal</source>
        <translation>借款本金</translation>
    </message>
    <message>
        <location filename="../loans.py" line="183" />
        <source>Annual rate</source>
        <translation>年利率</translation>
    </message>
    <message>
        <location filename="../loans.py" line="183" />
        <source>Drawn down</source>
        <translation>放款日</translation>
    </message>
    <message>
        <location filename="../loans.py" line="184" />
        <source>Matures</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../loans.py" line="184" />
        <source>Repayment</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../loans.py" line="184" />
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../loans.py" line="185" />
        <source>Principal outstanding</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <location filename="../loans.py" line="185" />
        <source>Overdue total</source>
        <translation>逾期合计</translation>
    </message>
    <message>
        <location filename="../loans.py" line="186" />
        <source>Limitation expires</source>
        <translation>诉讼时效届满</translation>
    </message>
</context>
<context>
    <name>NextActionDialog</name>
    <message>
        <location filename="../dialogs.py" line="201" />
        <location filename="../dialogs.py" line="208" />
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="207" />
        <source>&amp;Action:</source>
        <translation>行动(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="209" />
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="210" />
        <source>Next action date</source>
        <translation>下一步行动日期</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../notes.py" line="52" />
        <source>Notes, stage and next action</source>
        <translation>备注、阶段与下一步行动</translation>
    </message>
    <message>
        <location filename="../notes.py" line="61" />
        <source>Stage</source>
        <translation>催收阶段</translation>
    </message>
    <message>
        <location filename="../notes.py" line="64" />
        <source>Collection stage</source>
        <translation>催收阶段</translation>
    </message>
    <message>
        <location filename="../notes.py" line="67" />
        <source>Sa&amp;ve stage</source>
        <translation>保存阶段(&amp;V)</translation>
    </message>
    <message>
        <location filename="../notes.py" line="68" />
        <source>Save the stage</source>
        <translation>保存催收阶段</translation>
    </message>
    <message>
        <location filename="../notes.py" line="70" />
        <source>Stage error</source>
        <translation>阶段错误</translation>
    </message>
    <message>
        <location filename="../notes.py" line="71" />
        <source>Sta&amp;ge:</source>
        <translation>阶段(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../notes.py" line="77" />
        <location filename="../notes.py" line="80" />
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <location filename="../notes.py" line="82" />
        <source>e.g. Call the finance manager about the May instalment</source>
        <translation>如：致电财务负责人核实 5 月还款</translation>
    </message>
    <message>
        <location filename="../notes.py" line="83" />
        <source>Next action error</source>
        <translation>下一步行动错误</translation>
    </message>
    <message>
        <location filename="../notes.py" line="84" />
        <source>On dat&amp;e:</source>
        <translation>日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../notes.py" line="85" />
        <source>Next action has a date</source>
        <translation>下一步行动设有日期</translation>
    </message>
    <message>
        <location filename="../notes.py" line="87" />
        <source>Next action date</source>
        <translation>下一步行动日期</translation>
    </message>
    <message>
        <location filename="../notes.py" line="91" />
        <source>Next action date error</source>
        <translation>下一步行动日期错误</translation>
    </message>
    <message>
        <location filename="../notes.py" line="92" />
        <source>Save ne&amp;xt action</source>
        <translation>保存下一步行动(&amp;X)</translation>
    </message>
    <message>
        <location filename="../notes.py" line="93" />
        <source>Save the next action</source>
        <translation>保存下一步行动</translation>
    </message>
    <message>
        <location filename="../notes.py" line="95" />
        <source>&amp;Action:</source>
        <translation>行动(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../notes.py" line="103" />
        <source>Business condition (经营状况)</source>
        <translation>经营状况</translation>
    </message>
    <message>
        <location filename="../notes.py" line="106" />
        <source>Notes on the business's condition</source>
        <translation>企业经营状况备注</translation>
    </message>
    <message>
        <location filename="../notes.py" line="108" />
        <source>Operations, orders, staff, premises, other creditors, assets seen on visits…</source>
        <translation>生产经营、订单、用工、场所、其他债权人、走访所见资产……</translation>
    </message>
    <message>
        <location filename="../notes.py" line="109" />
        <source>Notes error</source>
        <translation>备注错误</translation>
    </message>
    <message>
        <location filename="../notes.py" line="112" />
        <source>Notes save status</source>
        <translation>备注保存状态</translation>
    </message>
    <message>
        <location filename="../notes.py" line="113" />
        <source>&amp;Save notes</source>
        <translation>保存备注(&amp;S)</translation>
    </message>
    <message>
        <location filename="../notes.py" line="114" />
        <source>Save the business notes</source>
        <translation>保存经营状况备注</translation>
    </message>
    <message>
        <location filename="../notes.py" line="151" />
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <location filename="../overview.py" line="82" />
        <source>Case overview</source>
        <translation>案件概览</translation>
    </message>
    <message>
        <location filename="../overview.py" line="85" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../overview.py" line="104" />
        <source>Key facts</source>
        <translation>关键信息</translation>
    </message>
    <message>
        <location filename="../overview.py" line="106" />
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../overview.py" line="106" />
        <source>Bucket</source>
        <translation>逾期账龄</translation>
    </message>
    <message>
        <location filename="../overview.py" line="107" />
        <source>Five-tier class</source>
        <translation>五级分类</translation>
    </message>
    <message>
        <location filename="../overview.py" line="107" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../overview.py" line="108" />
        <source>Stage</source>
        <translation>催收阶段</translation>
    </message>
    <message>
        <location filename="../overview.py" line="108" />
        <source>Figures as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <location filename="../overview.py" line="116" />
        <source>Amounts owed (CNY)</source>
        <translation>欠款金额（人民币元）</translation>
    </message>
    <message>
        <location filename="../overview.py" line="118" />
        <source>Principal outstanding</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <location filename="../overview.py" line="119" />
        <source>Overdue principal</source>
        <translation>逾期本金</translation>
    </message>
    <message>
        <location filename="../overview.py" line="120" />
        <source>Interest due</source>
        <translation>应还利息</translation>
    </message>
    <message>
        <location filename="../overview.py" line="121" />
        <source>Accrued interest</source>
        <translation>应计利息</translation>
    </message>
    <message>
        <location filename="../overview.py" line="122" />
        <source>Penalty interest</source>
        <translation>罚息</translation>
    </message>
    <message>
        <location filename="../overview.py" line="123" />
        <source>Compound interest</source>
        <translation>复利</translation>
    </message>
    <message>
        <location filename="../overview.py" line="124" />
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../overview.py" line="124" />
        <source>Overdue total</source>
        <translation>逾期合计</translation>
    </message>
    <message>
        <location filename="../overview.py" line="125" />
        <source>Total owed</source>
        <translation>欠款合计</translation>
    </message>
    <message>
        <location filename="../overview.py" line="125" />
        <source>Accrues per day</source>
        <translation>每日新增</translation>
    </message>
    <message>
        <location filename="../overview.py" line="136" />
        <source>Total owed in words</source>
        <translation>欠款合计（大写）</translation>
    </message>
    <message>
        <location filename="../overview.py" line="142" />
        <location filename="../overview.py" line="144" />
        <source>Risk flags</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <location filename="../overview.py" line="151" />
        <source>Contact and next action</source>
        <translation>联系与下一步行动</translation>
    </message>
    <message>
        <location filename="../overview.py" line="153" />
        <location filename="../overview.py" line="157" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../overview.py" line="154" />
        <location filename="../overview.py" line="158" />
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <location filename="../overview.py" line="156" />
        <location filename="../overview.py" line="159" />
        <source>Latest promise</source>
        <translation>最近承诺</translation>
    </message>
    <message>
        <location filename="../overview.py" line="161" />
        <source>Log &amp;call…</source>
        <translation>记录通话(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../overview.py" line="162" />
        <source>Log a call for this case</source>
        <translation>为本案记录通话</translation>
    </message>
    <message>
        <location filename="../overview.py" line="164" />
        <source>Set ne&amp;xt action…</source>
        <translation>设置下一步行动(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../overview.py" line="165" />
        <source>Set the next action</source>
        <translation>设置下一步行动</translation>
    </message>
    <message>
        <location filename="../overview.py" line="174" />
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../overview.py" line="178" />
        <source>Deadlines and warning levels</source>
        <translation>期限与预警级别</translation>
    </message>
    <message numerus="yes">
        <location filename="../overview.py" line="185" />
        <source>%n day(s)</source>
        <translation><numerusform>%n 天</numerusform></translation>
    </message>
    <message>
        <location filename="../overview.py" line="193" />
        <source>In words: %1</source>
        <translation>大写：%1</translation>
    </message>
    <message>
        <location filename="../overview.py" line="196" />
        <location filename="../overview.py" line="224" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <location filename="../overview.py" line="217" />
        <source>%n broken promise(s)</source>
        <translation><numerusform>%n 次承诺违约</numerusform></translation>
    </message>
    <message>
        <location filename="../overview.py" line="219" />
        <source>The borrower must not be contacted.</source>
        <translation>借款人已设为禁止联系。</translation>
    </message>
    <message>
        <location filename="../overview.py" line="220" />
        <source>No risk flags</source>
        <translation>无风险提示</translation>
    </message>
</context>
<context>
    <name>PartiesPane</name>
    <message>
        <location filename="../parties.py" line="101" />
        <source>Parties and contacts</source>
        <translation>当事人与联系方式</translation>
    </message>
    <message>
        <location filename="../parties.py" line="104" />
        <location filename="../parties.py" line="111" />
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../parties.py" line="106" />
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../parties.py" line="155" />
        <source>Selected party</source>
        <translation>所选当事人</translation>
    </message>
    <message>
        <location filename="../parties.py" line="157" />
        <source>Party name</source>
        <translation>当事人名称</translation>
    </message>
    <message>
        <location filename="../parties.py" line="158" />
        <source>Identity number (masked)</source>
        <translation>证件号码（已脱敏）</translation>
    </message>
    <message>
        <location filename="../parties.py" line="159" />
        <location filename="../parties.py" line="166" />
        <source>Service address</source>
        <translation>送达地址</translation>
    </message>
    <message>
        <location filename="../parties.py" line="161" />
        <source>Local time now</source>
        <translation>当地当前时间</translation>
    </message>
    <message>
        <location filename="../parties.py" line="162" />
        <source>Party flags</source>
        <translation>当事人标记</translation>
    </message>
    <message>
        <location filename="../parties.py" line="164" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../parties.py" line="165" />
        <source>Identity no.</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../parties.py" line="167" />
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../parties.py" line="168" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../parties.py" line="170" />
        <source>Revealed value</source>
        <translation>已查看的完整信息</translation>
    </message>
    <message>
        <location filename="../parties.py" line="176" />
        <source>Edit &amp;flags…</source>
        <translation>编辑标记(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../parties.py" line="177" />
        <source>Edit the party's flags</source>
        <translation>编辑当事人标记</translation>
    </message>
    <message>
        <location filename="../parties.py" line="179" />
        <source>Reveal &amp;ID…</source>
        <translation>查看证件号(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../parties.py" line="180" />
        <source>Reveal the identity number</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <location filename="../parties.py" line="189" />
        <source>Contacts of the selected party</source>
        <translation>所选当事人的联系方式</translation>
    </message>
    <message>
        <location filename="../parties.py" line="193" />
        <source>&amp;Add contact…</source>
        <translation>新增联系方式(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../parties.py" line="194" />
        <source>Add a contact point</source>
        <translation>新增联系方式</translation>
    </message>
    <message>
        <location filename="../parties.py" line="196" />
        <source>Mark in&amp;valid…</source>
        <translation>标记无效(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../parties.py" line="197" />
        <source>Mark the contact invalid</source>
        <translation>将联系方式标记为无效</translation>
    </message>
    <message>
        <location filename="../parties.py" line="200" />
        <source>Reveal &amp;contact…</source>
        <translation>查看完整号码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../parties.py" line="201" />
        <source>Reveal the contact value</source>
        <translation>查看完整联系方式</translation>
    </message>
    <message>
        <location filename="../parties.py" line="264" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../parties.py" line="277" />
        <source>%1: %2 (hidden again in %3 s)</source>
        <translation>%1：%2（%3 秒后自动隐藏）</translation>
    </message>
</context>
<context>
    <name>PartyModel</name>
    <message>
        <location filename="../parties.py" line="33" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../parties.py" line="33" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../parties.py" line="33" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../parties.py" line="33" />
        <source>Identity no.</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../parties.py" line="34" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../parties.py" line="34" />
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../parties.py" line="34" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../dialogs.py" line="170" />
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="170" />
        <source>Reason</source>
        <translation>事由</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../timeline.py" line="35" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="35" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="35" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="35" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="36" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <location filename="../timeline.py" line="65" />
        <source>Timeline</source>
        <translation>催收记录</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="71" />
        <source>Activities, newest first</source>
        <translation>催收记录（最新在前）</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="76" />
        <source>Show activities of kind</source>
        <translation>按类型筛选记录</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="79" />
        <source>Number of activities shown</source>
        <translation>显示的记录数</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="80" />
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="88" />
        <source>Full text of the selected activity</source>
        <translation>所选记录全文</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="90" />
        <source>Select an activity to read its notes.</source>
        <translation>选择一条记录以查看全文。</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="107" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message numerus="yes">
        <location filename="../timeline.py" line="121" />
        <source>%n activity(ies)</source>
        <translation><numerusform>共 %n 条记录</numerusform></translation>
    </message>
    <message>
        <location filename="../timeline.py" line="137" />
        <source>Compliance override: %1</source>
        <translation>合规例外理由：%1</translation>
    </message>
</context>
</TS>
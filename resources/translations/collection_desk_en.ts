<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsTable</name>
    <message>
        <location filename="../../ui/lender_profile.py" line="54" />
        <source>Designated repayment accounts</source>
        <translation>Designated repayment accounts</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="55" />
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="55" />
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="56" />
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="62" />
        <location filename="../../ui/lender_profile.py" line="63" />
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="64" />
        <location filename="../../ui/lender_profile.py" line="65" />
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="132" />
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="133" />
        <source>Party:</source>
        <translation>Party:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="140" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="145" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="145" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="146" />
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="146" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="147" />
        <source>Lawful &amp;source:</source>
        <translation>Lawful &amp;source:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="148" />
        <source>Lawful source</source>
        <translation>Lawful source</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="149" />
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="150" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="151" />
        <source>e.g. finance office, mobile</source>
        <translation>e.g. finance office, mobile</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="113" />
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="115" />
        <source>Agreement language</source>
        <translation>Agreement language</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="116" />
        <source>&amp;Generate agreement</source>
        <translation>&amp;Generate agreement</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="117" />
        <source>Generate the agreement</source>
        <translation>Generate the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="119" />
        <source>&amp;Draft for review</source>
        <translation>&amp;Draft for review</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="120" />
        <source>Build the draft the guarantors review before they consent</source>
        <translation>Build the draft the guarantors review before they consent</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="123" />
        <source>Plan status</source>
        <translation>Plan status</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="124" />
        <source>What stops the plan</source>
        <translation>What stops the plan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="127" />
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="132" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="137" />
        <source>Mark &amp;proposed</source>
        <translation>Mark &amp;proposed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="138" />
        <source>Mark &amp;signed on</source>
        <translation>Mark &amp;signed on</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="139" />
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="141" />
        <source>Move the plan to %1</source>
        <translation>Move the plan to %1</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../ui/calls/capture_fields.py" line="66" />
        <source>Amount in yuan, e.g. 50000.00</source>
        <translation>Amount in yuan, e.g. 50000.00</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../ui/detail/chart.py" line="40" />
        <source>Outstanding principal chart</source>
        <translation>Outstanding principal chart</translation>
    </message>
    <message>
        <location filename="../../ui/detail/chart.py" line="55" />
        <source>Scheduled and actual outstanding principal from %1 to %2; %3 outstanding now.</source>
        <translation>Scheduled and actual outstanding principal from %1 to %2; %3 outstanding now.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/chart.py" line="67" />
        <source>No schedule</source>
        <translation>No schedule</translation>
    </message>
    <message>
        <location filename="../../ui/detail/chart.py" line="101" />
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/detail/chart.py" line="119" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../ui/detail/chart.py" line="119" />
        <source>Actual (after payments)</source>
        <translation>Actual (after payments)</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="98" />
        <source>Batch letters</source>
        <translation>Batch letters</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/batch_dialog.py" line="99" />
        <source>Batch letters for %n case(s)</source>
        <translation>
            <numerusform>Batch letters for %n case</numerusform>
            <numerusform>Batch letters for %n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="105" />
        <source>Letter kind</source>
        <translation>Letter kind</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="108" />
        <source>Letter language</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="110" />
        <location filename="../../ui/documents/batch_dialog.py" line="172" />
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="111" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="112" />
        <source>Choose the output folder</source>
        <translation>Choose the output folder</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="118" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="119" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="120" />
        <source>&amp;Output folder:</source>
        <translation>&amp;Output folder:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="123" />
        <source>&amp;Run batch</source>
        <translation>&amp;Run batch</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="124" />
        <source>Run the batch</source>
        <translation>Run the batch</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="127" />
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="128" />
        <source>Stop the batch</source>
        <translation>Stop the batch</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="132" />
        <source>Batch progress</source>
        <translation>Batch progress</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="135" />
        <source>%v of %m cases</source>
        <translation>%v of %m cases</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="140" />
        <source>Batch summary</source>
        <translation>Batch summary</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="143" />
        <source>Refused cases and reasons</source>
        <translation>Refused cases and reasons</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="150" />
        <source>&amp;Open combined PDF</source>
        <translation>&amp;Open combined PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="151" />
        <source>Open the combined PDF for printing</source>
        <translation>Open the combined PDF for printing</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="155" />
        <source>Dialog buttons</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="156" />
        <source>&amp;EMS sheet…</source>
        <translation>&amp;EMS sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="158" />
        <source>Save and show the EMS / registered-mail detail sheet of the batch</source>
        <translation>Save and show the EMS / registered-mail detail sheet of the batch</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="182" />
        <source>Output folder: choose where the letters go.</source>
        <translation>Output folder: choose where the letters go.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="193" />
        <location filename="../../ui/documents/batch_dialog.py" line="194" />
        <source>Generating letters…</source>
        <translation>Generating letters…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="203" />
        <source>Stopping after the current letter…</source>
        <translation>Stopping after the current letter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/batch_dialog.py" line="218" />
        <source>%n letter(s) produced</source>
        <translation>
            <numerusform>%n letter produced</numerusform>
            <numerusform>%n letters produced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/batch_dialog.py" line="219" />
        <source>%n case(s) refused</source>
        <translation>
            <numerusform>%n case refused</numerusform>
            <numerusform>%n cases refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/batch_dialog.py" line="221" />
        <source>stopped: %n case(s) not reached</source>
        <translation>
            <numerusform>stopped: %n case not reached</numerusform>
            <numerusform>stopped: %n cases not reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/batch_dialog.py" line="226" />
        <source>%n letter(s) to check before sending (interest caps): %1</source>
        <translation>
            <numerusform>%n letter to check before sending (interest caps): %1</numerusform>
            <numerusform>%n letters to check before sending (interest caps): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="229" />
        <source>combined PDF: %1 (%2 pages)</source>
        <translation>combined PDF: %1 (%2 pages)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="242" />
        <source>The batch stopped with an error: %1</source>
        <translation>The batch stopped with an error: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="266" />
        <location filename="../../ui/documents/batch_dialog.py" line="268" />
        <source>Writing the EMS sheet…</source>
        <translation>Writing the EMS sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="276" />
        <source>EMS sheet saved: %1</source>
        <translation>EMS sheet saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="278" />
        <source>EMS detail sheet</source>
        <translation>EMS detail sheet</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="284" />
        <source>The EMS sheet could not be written: %1</source>
        <translation>The EMS sheet could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="300" />
        <source>Combined letters</source>
        <translation>Combined letters</translation>
    </message>
</context>
<context>
    <name>CallFinishing</name>
    <message>
        <location filename="../../ui/calls/finishing.py" line="21" />
        <source>Give the recording reference, or say why the call was not recorded (CN-REC1).</source>
        <translation>Give the recording reference, or say why the call was not recorded (CN-REC1).</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="23" />
        <source>First contact: confirm that the institution was disclosed (CN-ID1).</source>
        <translation>First contact: confirm that the institution was disclosed (CN-ID1).</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="25" />
        <source>First contact: confirm that the recording notice was given (CN-ID1).</source>
        <translation>First contact: confirm that the recording notice was given (CN-ID1).</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="27" />
        <source>The script has not reached an outcome yet.</source>
        <translation>The script has not reached an outcome yet.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="29" />
        <source>The promise cannot be recorded: %1. Go back a step to correct it.</source>
        <translation>The promise cannot be recorded: %1. Go back a step to correct it.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="31" />
        <source>The call cannot be saved yet: %1</source>
        <translation>The call cannot be saved yet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="50" />
        <source>The guard blocks this call. Use Override… and type the reason before finishing.</source>
        <translation>The guard blocks this call. Use Override… and type the reason before finishing.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="59" />
        <source>This call draft no longer exists (finished or discarded elsewhere).</source>
        <translation>This call draft no longer exists (finished or discarded elsewhere).</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finishing.py" line="67" />
        <source>Call saved.</source>
        <translation>Call saved.</translation>
    </message>
</context>
<context>
    <name>CallLabels</name>
    <message>
        <location filename="../../ui/calls/labels.py" line="16" />
        <source>Collect payment</source>
        <translation>Collect payment</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="17" />
        <source>Locate the debtor</source>
        <translation>Locate the debtor</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="18" />
        <source>Relay a message</source>
        <translation>Relay a message</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="21" />
        <location filename="../../ui/calls/labels.py" line="22" />
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="23" />
        <source>Guarantor</source>
        <translation>Guarantor</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="24" />
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="25" />
        <source>Actual controller</source>
        <translation>Actual controller</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="26" />
        <source>Finance manager</source>
        <translation>Finance manager</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="27" />
        <source>Finance contact</source>
        <translation>Finance contact</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="28" />
        <source>Nominated contact</source>
        <translation>Nominated contact</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="29" />
        <source>Related third party</source>
        <translation>Related third party</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="30" />
        <source>Unrelated third party</source>
        <translation>Unrelated third party</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="31" />
        <source>Third party</source>
        <translation>Third party</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="32" />
        <source>Attorney</source>
        <translation>Attorney</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="35" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="36" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="39" />
        <source>Reached the right party</source>
        <translation>Reached the right party</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="40" />
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="41" />
        <source>Part payment arranged</source>
        <translation>Part payment arranged</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="42" />
        <source>Refused to pay</source>
        <translation>Refused to pay</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="43" />
        <source>Dispute raised</source>
        <translation>Dispute raised</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="44" />
        <source>Hardship: restructure requested</source>
        <translation>Hardship: restructure requested</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="45" />
        <source>Third party reached</source>
        <translation>Third party reached</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="46" />
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="47" />
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="48" />
        <source>Line busy</source>
        <translation>Line busy</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="49" />
        <source>Left a message</source>
        <translation>Left a message</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="50" />
        <source>Call back requested</source>
        <translation>Call back requested</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="53" />
        <source>Follow-up call</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="54" />
        <source>Check the promised payment</source>
        <translation>Check the promised payment</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="55" />
        <source>Check the part payment</source>
        <translation>Check the part payment</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="56" />
        <source>Supervisor review</source>
        <translation>Supervisor review</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="57" />
        <source>Review the dispute</source>
        <translation>Review the dispute</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="58" />
        <source>Restructuring review</source>
        <translation>Restructuring review</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="59" />
        <source>Try to reach the party again</source>
        <translation>Try to reach the party again</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="60" />
        <source>Verify the phone number</source>
        <translation>Verify the phone number</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="61" />
        <source>Call again</source>
        <translation>Call again</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="62" />
        <source>Call back as agreed</source>
        <translation>Call back as agreed</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="65" />
        <source>Contact allowed</source>
        <translation>Contact allowed</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="66" />
        <source>Contact allowed, with warnings</source>
        <translation>Contact allowed, with warnings</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="67" />
        <source>Contact blocked</source>
        <translation>Contact blocked</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="70" />
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="71" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/calls/labels.py" line="72" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>CallLoggerDialog</name>
    <message>
        <location filename="../../ui/calls/dialog.py" line="52" />
        <source>Call logger</source>
        <translation>Call logger</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="53" />
        <source>Log a call</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="85" />
        <source>&amp;Start call (Ctrl+Enter)</source>
        <translation>&amp;Start call (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="86" />
        <source>Start the call</source>
        <translation>Start the call</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="91" />
        <source>Call status</source>
        <translation>Call status</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="93" />
        <source>&amp;Discard call…</source>
        <translation>&amp;Discard call…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="94" />
        <source>Discard this call draft</source>
        <translation>Discard this call draft</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="96" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="97" />
        <source>Close the call logger</source>
        <translation>Close the call logger</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="150" />
        <source>No call script fits this party: %1</source>
        <translation>No call script fits this party: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="176" />
        <source>This draft cannot be restored (%1); discard it.</source>
        <translation>This draft cannot be restored (%1); discard it.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="181" />
        <source>Restored a call in progress from %1.</source>
        <translation>Restored a call in progress from %1.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="238" />
        <source>This call draft no longer exists.</source>
        <translation>This call draft no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="250" />
        <location filename="../../ui/calls/dialog.py" line="251" />
        <source>Discard call</source>
        <translation>Discard call</translation>
    </message>
    <message>
        <location filename="../../ui/calls/dialog.py" line="252" />
        <source>Why is this call discarded? (recorded in the audit log)</source>
        <translation>Why is this call discarded? (recorded in the audit log)</translation>
    </message>
</context>
<context>
    <name>CallRecordBox</name>
    <message>
        <location filename="../../ui/calls/call_record.py" line="80" />
        <location filename="../../ui/calls/call_record.py" line="81" />
        <source>Call record</source>
        <translation>Call record</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="84" />
        <source>Call notes</source>
        <translation>Call notes</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="85" />
        <source>What was said, in neutral words</source>
        <translation>What was said, in neutral words</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="88" />
        <source>Banned-word warning</source>
        <translation>Banned-word warning</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="93" />
        <source>&amp;Institution disclosed to the party</source>
        <translation>&amp;Institution disclosed to the party</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="94" />
        <source>Institution disclosed</source>
        <translation>Institution disclosed</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="95" />
        <source>&amp;Recording notice given</source>
        <translation>&amp;Recording notice given</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="96" />
        <source>Recording notice given</source>
        <translation>Recording notice given</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="98" />
        <source>Recording reference</source>
        <translation>Recording reference</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="99" />
        <source>e.g. the recorder's file number</source>
        <translation>e.g. the recorder's file number</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="101" />
        <source>Reason there is no recording</source>
        <translation>Reason there is no recording</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="102" />
        <source>Only if the call was not recorded</source>
        <translation>Only if the call was not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="104" />
        <source>Call record error</source>
        <translation>Call record error</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="121" />
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="123" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="132" />
        <source>Recordin&amp;g ref.:</source>
        <translation>Recordin&amp;g ref.:</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_record.py" line="133" />
        <source>No recording &amp;because:</source>
        <translation>No recording &amp;because:</translation>
    </message>
</context>
<context>
    <name>CallRestore</name>
    <message>
        <location filename="../../ui/calls/restore.py" line="20" />
        <source>%n call(s) in progress were not finished. Restore them now?</source>
        <translation>%n call(s) in progress were not finished. Restore them now?</translation>
    </message>
    <message>
        <location filename="../../ui/calls/restore.py" line="23" />
        <location filename="../../ui/calls/restore.py" line="26" />
        <source>Restore calls in progress</source>
        <translation>Restore calls in progress</translation>
    </message>
    <message>
        <location filename="../../ui/calls/restore.py" line="27" />
        <source>If you say No, they stay saved and are offered again next time.</source>
        <translation>If you say No, they stay saved and are offered again next time.</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../ui/calls/call_record.py" line="42" />
        <source>Call duration</source>
        <translation>Call duration</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <location filename="../../ui/case_documents.py" line="35" />
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <location filename="../../ui/case_documents.py" line="36" />
        <source>Select a case in the worklist first.</source>
        <translation>Select a case in the worklist first.</translation>
    </message>
    <message>
        <location filename="../../ui/case_documents.py" line="50" />
        <source>Nothing to print</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <location filename="../../ui/case_documents.py" line="51" />
        <source>The current view has no cases.</source>
        <translation>The current view has no cases.</translation>
    </message>
    <message>
        <location filename="../../ui/case_documents.py" line="60" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>CollateralModel</name>
    <message>
        <location filename="../../ui/detail/loans.py" line="106" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="106" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="106" />
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="107" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="101" />
        <source>Old and new plan compared</source>
        <translation>Old and new plan compared</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="109" />
        <source>Total paid: old %1, new %2. Present value: old %3, new %4.</source>
        <translation>Total paid: old %1, new %2. Present value: old %3, new %4.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="121" />
        <source>No plan yet</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="123" />
        <source>Total paid</source>
        <translation>Total paid</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="124" />
        <source>Present value</source>
        <translation>Present value</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="148" />
        <source>Demanded today</source>
        <translation>Demanded today</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="149" />
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="58" />
        <source>Guarantors' consent</source>
        <translation>Guarantors' consent</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="59" />
        <source>Every guarantor must consent in writing and agree a new guarantee period before the plan can be signed.</source>
        <translation>Every guarantor must consent in writing and agree a new guarantee period before the plan can be signed.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="80" />
        <source>The chosen loans have no guarantors.</source>
        <translation>The chosen loans have no guarantors.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="84" />
        <source>Consented in writing</source>
        <translation>Consented in writing</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="85" />
        <source>%1 consented in writing</source>
        <translation>%1 consented in writing</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="86" />
        <source>Board resolution attached</source>
        <translation>Board resolution attached</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="88" />
        <source>%1 board resolution attached</source>
        <translation>%1 board resolution attached</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="91" />
        <source>%1 new guarantee period end</source>
        <translation>%1 new guarantee period end</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="97" />
        <source>New guarantee period ends:</source>
        <translation>New guarantee period ends:</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <location filename="../../ui/calls/capture_fields.py" line="132" />
        <source>Number or address</source>
        <translation>Number or address</translation>
    </message>
    <message>
        <location filename="../../ui/calls/capture_fields.py" line="133" />
        <source>Lawful source</source>
        <translation>Lawful source</translation>
    </message>
    <message>
        <location filename="../../ui/calls/capture_fields.py" line="135" />
        <source>— lawful source —</source>
        <translation>— lawful source —</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../../ui/detail/parties.py" line="66" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="66" />
        <source>Value (masked)</source>
        <translation>Value (masked)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="66" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="67" />
        <source>Lawful source</source>
        <translation>Lawful source</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="67" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="76" />
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="78" />
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="76" />
        <location filename="../../ui/errors.py" line="77" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78" />
        <source>Something went wrong inside Collection Desk. Your data is safe; the details below were written to the log. Copy them into your report to IT support.</source>
        <translation>Something went wrong inside Collection Desk. Your data is safe; the details below were written to the log. Copy them into your report to IT support.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82" />
        <source>Error details</source>
        <translation>Error details</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84" />
        <location filename="../../ui/errors.py" line="87" />
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/calls/capture_fields.py" line="89" />
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <location filename="../../ui/detail/overview.py" line="39" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="39" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="39" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="39" />
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="40" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="73" />
        <location filename="../../ui/documents/delivery_dialog.py" line="74" />
        <source>Record delivery</source>
        <translation>Record delivery</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="92" />
        <source>Delivery method</source>
        <translation>Delivery method</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="94" />
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="95" />
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="96" />
        <source>Delivered on:</source>
        <translation>Delivered on:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="97" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="99" />
        <source>Delivered on</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="101" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="103" />
        <source>Evidence kind</source>
        <translation>Evidence kind</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="105" />
        <location filename="../../ui/documents/delivery_dialog.py" line="166" />
        <source>Evidence file</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="106" />
        <source>Scan of the receipt or postal proof</source>
        <translation>Scan of the receipt or postal proof</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="107" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="108" />
        <source>Choose evidence file</source>
        <translation>Choose evidence file</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="121" />
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="122" />
        <source>&amp;Tracking no.:</source>
        <translation>&amp;Tracking no.:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="123" />
        <source>&amp;Sent on:</source>
        <translation>&amp;Sent on:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="125" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="126" />
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="127" />
        <source>Evidence &amp;file:</source>
        <translation>Evidence &amp;file:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="130" />
        <source>What to fix</source>
        <translation>What to fix</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="132" />
        <source>Delivery status</source>
        <translation>Delivery status</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="133" />
        <source>Deadlines before</source>
        <translation>Deadlines before</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="134" />
        <source>Deadlines after</source>
        <translation>Deadlines after</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="135" />
        <location filename="../../ui/documents/delivery_dialog.py" line="136" />
        <source>Shown once the delivery is recorded.</source>
        <translation>Shown once the delivery is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="137" />
        <source>&amp;Record delivery</source>
        <translation>&amp;Record delivery</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="138" />
        <source>Record the delivery</source>
        <translation>Record the delivery</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="142" />
        <source>Dialog buttons</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="144" />
        <source>Close the dialog</source>
        <translation>Close the dialog</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="150" />
        <source>&lt;b&gt;Deadlines now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deadlines now&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="152" />
        <source>&lt;b&gt;Deadlines after recording&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deadlines after recording&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="167" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="187" />
        <source>Tracking no.: enter the waybill number for mail or courier.</source>
        <translation>Tracking no.: enter the waybill number for mail or courier.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="189" />
        <source>Sent on: cannot be in the future.</source>
        <translation>Sent on: cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="191" />
        <source>Delivered on: a signed delivery needs the date it was signed.</source>
        <translation>Delivered on: a signed delivery needs the date it was signed.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="193" />
        <source>Delivered on: a pending delivery has no delivered date.</source>
        <translation>Delivered on: a pending delivery has no delivered date.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="195" />
        <source>Delivered on: before the sent date.</source>
        <translation>Delivered on: before the sent date.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="197" />
        <source>Evidence file: this evidence kind needs the scanned file.</source>
        <translation>Evidence file: this evidence kind needs the scanned file.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="199" />
        <source>Evidence file: no such file.</source>
        <translation>Evidence file: no such file.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="217" />
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="218" />
        <source>Recording delivery…</source>
        <translation>Recording delivery…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="238" />
        <source>Recorded. Evidenced delivery interrupts limitation: earliest expiry %1 → %2.</source>
        <translation>Recorded. Evidenced delivery interrupts limitation: earliest expiry %1 → %2.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="243" />
        <source>Recorded. Without evidenced delivery the limitation clock does not move.</source>
        <translation>Recorded. Without evidenced delivery the limitation clock does not move.</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <location filename="../../ui/detail/controller.py" line="68" />
        <source>This case no longer exists.</source>
        <translation>This case no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="91" />
        <source>Someone else changed this record since you opened it. Nothing was saved: reload, check, and try again.</source>
        <translation>Someone else changed this record since you opened it. Nothing was saved: reload, check, and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="128" />
        <source>Contact added.</source>
        <translation>Contact added.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="137" />
        <source>Contact marked invalid.</source>
        <translation>Contact marked invalid.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="138" />
        <source>Mark contact invalid</source>
        <translation>Mark contact invalid</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="139" />
        <source>Why is this contact no longer valid (e.g. number not in service, wrong person)?</source>
        <translation>Why is this contact no longer valid (e.g. number not in service, wrong person)?</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="150" />
        <source>Flags saved.</source>
        <translation>Flags saved.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="154" />
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="154" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="160" />
        <source>Reveal personal data</source>
        <translation>Reveal personal data</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="161" />
        <source>Revealing the full value is recorded in the audit trail with your name and reason.</source>
        <translation>Revealing the full value is recorded in the audit trail with your name and reason.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="180" />
        <source>Next action saved.</source>
        <translation>Next action saved.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="199" />
        <source>Stage saved.</source>
        <translation>Stage saved.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="209" />
        <source>Notes saved.</source>
        <translation>Notes saved.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="220" />
        <source>At least %1, due within %2 days of today, and never more than the total owed. Payments are checked against it as they arrive.</source>
        <translation>At least %1, due within %2 days of today, and never more than the total owed. Payments are checked against it as they arrive.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/controller.py" line="237" />
        <source>Promise recorded.</source>
        <translation>Promise recorded.</translation>
    </message>
</context>
<context>
    <name>DetailLabels</name>
    <message>
        <location filename="../../ui/detail/labels.py" line="20" />
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="21" />
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="22" />
        <source>Actual controller</source>
        <translation>Actual controller</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="23" />
        <source>Finance contact</source>
        <translation>Finance contact</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="24" />
        <source>Guarantor</source>
        <translation>Guarantor</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="25" />
        <source>Mortgagor</source>
        <translation>Mortgagor</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="26" />
        <source>Pledgor</source>
        <translation>Pledgor</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="27" />
        <location filename="../../ui/detail/labels.py" line="90" />
        <source>Nominated contact</source>
        <translation>Nominated contact</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="28" />
        <source>Third party</source>
        <translation>Third party</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="31" />
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="32" />
        <source>Cease contact requested</source>
        <translation>Cease contact requested</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="33" />
        <source>Dispute open</source>
        <translation>Dispute open</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="34" />
        <source>Represented by attorney</source>
        <translation>Represented by attorney</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="35" />
        <source>Litigation hold</source>
        <translation>Litigation hold</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="36" />
        <source>Deceased or bankrupt</source>
        <translation>Deceased or bankrupt</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="39" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="40" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="41" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="42" />
        <source>Part paid</source>
        <translation>Part paid</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="46" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="47" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="48" />
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="49" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="50" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="51" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="52" />
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="53" />
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="54" />
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="57" />
        <source>Reached the right party</source>
        <translation>Reached the right party</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="58" />
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="59" />
        <source>Part payment arranged</source>
        <translation>Part payment arranged</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="60" />
        <source>Refused to pay</source>
        <translation>Refused to pay</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="61" />
        <source>Dispute raised</source>
        <translation>Dispute raised</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="62" />
        <source>Hardship: restructure requested</source>
        <translation>Hardship: restructure requested</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="63" />
        <source>Third party reached</source>
        <translation>Third party reached</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="64" />
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="65" />
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="66" />
        <source>Line busy</source>
        <translation>Line busy</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="67" />
        <source>Left a message</source>
        <translation>Left a message</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="68" />
        <source>Call back requested</source>
        <translation>Call back requested</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="69" />
        <source>Promised to pay</source>
        <translation>Promised to pay</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="70" />
        <source>Promise kept</source>
        <translation>Promise kept</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="71" />
        <source>Promise part kept</source>
        <translation>Promise part kept</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="72" />
        <source>Promise broken</source>
        <translation>Promise broken</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="73" />
        <source>Letter generated</source>
        <translation>Letter generated</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="74" />
        <source>Delivery: signed for</source>
        <translation>Delivery: signed for</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="75" />
        <source>Delivery: refused</source>
        <translation>Delivery: refused</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="76" />
        <source>Delivery: returned</source>
        <translation>Delivery: returned</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="77" />
        <source>Delivery: in transit</source>
        <translation>Delivery: in transit</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="80" />
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="81" />
        <source>Middle</source>
        <translation>Middle</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="82" />
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="83" />
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="86" />
        <source>Loan contract</source>
        <translation>Loan contract</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="87" />
        <source>Provided by the debtor</source>
        <translation>Provided by the debtor</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="88" />
        <source>Authorised by the debtor</source>
        <translation>Authorised by the debtor</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="89" />
        <source>Lawful public source</source>
        <translation>Lawful public source</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="91" />
        <source>Credit bureau (authorised)</source>
        <translation>Credit bureau (authorised)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="94" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="95" />
        <location filename="../../ui/detail/labels.py" line="113" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="96" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="99" />
        <source>Reminder letter</source>
        <translation>Reminder letter</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="100" />
        <source>Demand letter</source>
        <translation>Demand letter</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="101" />
        <source>Final demand</source>
        <translation>Final demand</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="102" />
        <source>Letter to guarantor</source>
        <translation>Letter to guarantor</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="103" />
        <source>Lawyer's letter</source>
        <translation>Lawyer's letter</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="104" />
        <source>Restructuring agreement</source>
        <translation>Restructuring agreement</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="107" />
        <source>Registered post</source>
        <translation>Registered post</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="108" />
        <source>Registered mail</source>
        <translation>Registered mail</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="109" />
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="110" />
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="111" />
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="112" />
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="114" />
        <source>Electronic delivery</source>
        <translation>Electronic delivery</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="117" />
        <source>Limitation period</source>
        <translation>Limitation period</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="118" />
        <source>Guarantee period</source>
        <translation>Guarantee period</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="121" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="122" />
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="123" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="124" />
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="125" />
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="129" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="130" />
        <source>Special mention</source>
        <translation>Special mention</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="131" />
        <source>Substandard</source>
        <translation>Substandard</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="132" />
        <source>Doubtful</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="133" />
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="136" />
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="137" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="138" />
        <source>Cantonese</source>
        <translation>Cantonese</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="141" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="142" />
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="143" />
        <source>Part kept</source>
        <translation>Part kept</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="144" />
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="145" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="148" />
        <source>Joint and several</source>
        <translation>Joint and several</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="149" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="152" />
        <source>Mortgage</source>
        <translation>Mortgage</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="153" />
        <source>Pledge</source>
        <translation>Pledge</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="156" />
        <source>Equal instalments</source>
        <translation>Equal instalments</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="157" />
        <location filename="../../ui/detail/labels.py" line="158" />
        <source>Equal principal</source>
        <translation>Equal principal</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="159" />
        <source>Bullet</source>
        <translation>Bullet</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="160" />
        <location filename="../../ui/detail/labels.py" line="161" />
        <source>Interest only</source>
        <translation>Interest only</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="164" />
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="165" />
        <source>Resident ID card</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="166" />
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="167" />
        <source>Other ID</source>
        <translation>Other ID</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="170" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/detail/labels.py" line="171" />
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
</context>
<context>
    <name>DetailPanes</name>
    <message>
        <location filename="../../ui/detail/panes.py" line="57" />
        <source>Case detail</source>
        <translation>Case detail</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="66" />
        <source>Case detail tabs</source>
        <translation>Case detail tabs</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="67" />
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="68" />
        <source>&amp;Loans and schedule</source>
        <translation>&amp;Loans and schedule</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="69" />
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="70" />
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="71" />
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="72" />
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="97" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="100" />
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/detail/panes.py" line="101" />
        <source>Reload the case</source>
        <translation>Reload the case</translation>
    </message>
</context>
<context>
    <name>DetailPlaceholder</name>
    <message>
        <location filename="../../ui/main_window.py" line="44" />
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46" />
        <source>Select a case to see its details.</source>
        <translation>Select a case to see its details.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51" />
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../ui/detail/documents.py" line="33" />
        <source>Letter no.</source>
        <translation>Letter no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="33" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="33" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="34" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="34" />
        <source>Amount stated</source>
        <translation>Amount stated</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="34" />
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="35" />
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="35" />
        <source>Delivered on</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="35" />
        <source>Delivery status</source>
        <translation>Delivery status</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="38" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="39" />
        <source>Refused by the addressee</source>
        <translation>Refused by the addressee</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="40" />
        <source>Returned undelivered</source>
        <translation>Returned undelivered</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="41" />
        <source>Sent, awaiting proof of delivery</source>
        <translation>Sent, awaiting proof of delivery</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="42" />
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ui/documents/common.py" line="30" />
        <source>Payment reminder</source>
        <translation>Payment reminder</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="31" />
        <source>Formal demand</source>
        <translation>Formal demand</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="32" />
        <source>Final demand before legal action</source>
        <translation>Final demand before legal action</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="33" />
        <source>Demand to guarantor</source>
        <translation>Demand to guarantor</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="34" />
        <source>Law-firm letter</source>
        <translation>Law-firm letter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="37" />
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="38" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="41" />
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="42" />
        <source>Registered mail</source>
        <translation>Registered mail</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="43" />
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="44" />
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="45" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="48" />
        <source>Signed for</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="49" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="50" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="51" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="54" />
        <source>No evidence</source>
        <translation>No evidence</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="55" />
        <source>Signed receipt (回执)</source>
        <translation>Signed receipt (回执)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="56" />
        <source>Postal proof of delivery</source>
        <translation>Postal proof of delivery</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="57" />
        <source>E-delivery log</source>
        <translation>E-delivery log</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="58" />
        <source>Notarised service</source>
        <translation>Notarised service</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="59" />
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="60" />
        <source>Waybill only</source>
        <translation>Waybill only</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="61" />
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="62" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="65" />
        <source>Equal instalments (等额本息)</source>
        <translation>Equal instalments (等额本息)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="66" />
        <source>Equal principal (等额本金)</source>
        <translation>Equal principal (等额本金)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="67" />
        <source>Interest only, balloon at the end</source>
        <translation>Interest only, balloon at the end</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="70" />
        <source>Capitalise arrears</source>
        <translation>Capitalise arrears</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="71" />
        <source>Carry arrears forward</source>
        <translation>Carry arrears forward</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="72" />
        <source>Waive penalty conditionally</source>
        <translation>Waive penalty conditionally</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="75" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="76" />
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="77" />
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="78" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="79" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="132" />
        <source>A required element of the document is missing</source>
        <translation>A required element of the document is missing</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="133" />
        <source>An amount in words does not match its figures</source>
        <translation>An amount in words does not match its figures</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="134" />
        <source>The amounts do not add up or the dates are out of order</source>
        <translation>The amounts do not add up or the dates are out of order</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="135" />
        <source>The demanded interest, penalties and fees exceed a cap</source>
        <translation>The demanded interest, penalties and fees exceed a cap</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="136" />
        <source>Unusual penalty interest rate</source>
        <translation>Unusual penalty interest rate</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="137" />
        <source>The LPR table may be out of date</source>
        <translation>The LPR table may be out of date</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="138" />
        <source>A lawyer's letter needs a licensed law firm and lawyer</source>
        <translation>A lawyer's letter needs a licensed law firm and lawyer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="139" />
        <source>Court or police wording is not allowed</source>
        <translation>Court or police wording is not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="140" />
        <source>A delivery is recorded once, with its method, dates and evidence</source>
        <translation>A delivery is recorded once, with its method, dates and evidence</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="141" />
        <source>Banned wording</source>
        <translation>Banned wording</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="142" />
        <source>Only the lender's designated account may be named</source>
        <translation>Only the lender's designated account may be named</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="143" />
        <source>No collection fee may be demanded</source>
        <translation>No collection fee may be demanded</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="144" />
        <source>Identity numbers of individuals must be masked</source>
        <translation>Identity numbers of individuals must be masked</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="145" />
        <source>The guarantee period does not allow this demand</source>
        <translation>The guarantee period does not allow this demand</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="146" />
        <source>Every guarantor must consent and get a new guarantee period</source>
        <translation>Every guarantor must consent and get a new guarantee period</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="147" />
        <source>The guarantee clause needs joint liability and an explicit period</source>
        <translation>The guarantee clause needs joint liability and an explicit period</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="148" />
        <source>A corporate guarantor needs a board or shareholders' resolution</source>
        <translation>A corporate guarantor needs a board or shareholders' resolution</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="149" />
        <source>Borrowing new to repay old needs the same guarantors or their acknowledgement</source>
        <translation>Borrowing new to repay old needs the same guarantors or their acknowledgement</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="150" />
        <source>Extension limits</source>
        <translation>Extension limits</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="151" />
        <source>The repayment schedule does not reconcile</source>
        <translation>The repayment schedule does not reconcile</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="152" />
        <source>Choose exactly one dispute forum</source>
        <translation>Choose exactly one dispute forum</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="153" />
        <source>A required clause is missing</source>
        <translation>A required clause is missing</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="154" />
        <source>A conditional waiver needs a reinstatement clause</source>
        <translation>A conditional waiver needs a reinstatement clause</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="155" />
        <source>A case has one restructuring plan under way at a time</source>
        <translation>A case has one restructuring plan under way at a time</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="44" />
        <source>Limitation period</source>
        <translation>Limitation period</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="45" />
        <source>Guarantee period</source>
        <translation>Guarantee period</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="50" />
        <source>No deadlines.</source>
        <translation>No deadlines.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/delivery_dialog.py" line="53" />
        <source>%1 %2: %3 (%4 days left)</source>
        <translation>%1 %2: %3 (%4 days left)</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <location filename="../../ui/detail/documents.py" line="83" />
        <location filename="../../ui/detail/documents.py" line="85" />
        <source>Letters and agreements</source>
        <translation>Letters and agreements</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="87" />
        <source>Documents summary</source>
        <translation>Documents summary</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="88" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="89" />
        <source>Open the selected document</source>
        <translation>Open the selected document</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="90" />
        <source>Record &amp;delivery…</source>
        <translation>Record &amp;delivery…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="92" />
        <source>Record delivery of the selected document</source>
        <translation>Record delivery of the selected document</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="121" />
        <source>%1 document(s), %2 delivered with proof</source>
        <translation>%1 document(s), %2 delivered with proof</translation>
    </message>
    <message>
        <location filename="../../ui/detail/documents.py" line="125" />
        <source>No letters or agreements have been issued on this case.</source>
        <translation>No letters or agreements have been issued on this case.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="74" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="78" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="80" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="93" />
        <source>%1 error</source>
        <translation>%1 error</translation>
    </message>
</context>
<context>
    <name>EditMessages</name>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="45" />
        <source>Enter a value.</source>
        <translation>Enter a value.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="47" />
        <source>This contact is already recorded for the party.</source>
        <translation>This contact is already recorded for the party.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="49" />
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Enter an e-mail address such as name@example.com.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="50" />
        <source>Enter a mainland mobile number (11 digits) or a landline number with its area code.</source>
        <translation>Enter a mainland mobile number (11 digits) or a landline number with its area code.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="52" />
        <source>Choose the lawful source of this contact.</source>
        <translation>Choose the lawful source of this contact.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="53" />
        <source>Choose phone, e-mail or address.</source>
        <translation>Choose phone, e-mail or address.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="54" />
        <source>Give a reason; it is kept in the audit trail.</source>
        <translation>Give a reason; it is kept in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="55" />
        <source>Say why the contact is no longer valid.</source>
        <translation>Say why the contact is no longer valid.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="56" />
        <source>The date must not be in the past.</source>
        <translation>The date must not be in the past.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="57" />
        <source>Choose a stage.</source>
        <translation>Choose a stage.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="58" />
        <source>One of the flags is not known.</source>
        <translation>One of the flags is not known.</translation>
    </message>
</context>
<context>
    <name>EnumField</name>
    <message>
        <location filename="../../ui/calls/capture_fields.py" line="112" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="112" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114" />
        <source>Collection Desk</source>
        <translation>Collection Desk</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export.py" line="20" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="21" />
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="22" />
        <source>Borrower kind</source>
        <translation>Borrower kind</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="23" />
        <source>Main contract</source>
        <translation>Main contract</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="24" />
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="25" />
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="26" />
        <source>Five-tier class</source>
        <translation>Five-tier class</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="27" />
        <source>Overdue amount (yuan)</source>
        <translation>Overdue amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="28" />
        <source>Outstanding (yuan)</source>
        <translation>Outstanding (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="29" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="30" />
        <source>Next action date</source>
        <translation>Next action date</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="31" />
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="32" />
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="33" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="34" />
        <source>Nearest deadline</source>
        <translation>Nearest deadline</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="35" />
        <source>Deadline kind</source>
        <translation>Deadline kind</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="62" />
        <source>Exporting the worklist…</source>
        <translation>Exporting the worklist…</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="68" />
        <source>Export view to XLSX</source>
        <translation>Export view to XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="69" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FinishPanel</name>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="30" />
        <location filename="../../ui/calls/finish_panel.py" line="31" />
        <source>Outcome and next action</source>
        <translation>Outcome and next action</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="34" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="36" />
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="42" />
        <source>Next action date</source>
        <translation>Next action date</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="46" />
        <source>&amp;Finish call (Ctrl+S)</source>
        <translation>&amp;Finish call (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="47" />
        <source>Finish and save the call</source>
        <translation>Finish and save the call</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="50" />
        <source>Finish message</source>
        <translation>Finish message</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="54" />
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="57" />
        <source>Ne&amp;xt action:</source>
        <translation>Ne&amp;xt action:</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="58" />
        <source>Da&amp;te:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="70" />
        <source>— call running —</source>
        <translation>— call running —</translation>
    </message>
    <message>
        <location filename="../../ui/calls/finish_panel.py" line="100" />
        <source>Call saved: %1. Next: %2 on %3.</source>
        <translation>Call saved: %1. Next: %2 on %3.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/unlock.py" line="102" />
        <source>First run</source>
        <translation>First run</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="103" />
        <source>Welcome to Collection Desk</source>
        <translation>Welcome to Collection Desk</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="105" />
        <source>Institution legal name</source>
        <translation>Institution legal name</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="106" />
        <source>Officer name</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="107" />
        <source>Employee number</source>
        <translation>Employee number</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="108" />
        <source>Officer phone</source>
        <translation>Officer phone</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="109" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="110" />
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="113" />
        <source>Load a demo portfolio to explore</source>
        <translation>Load a demo portfolio to explore</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="114" />
        <source>Load a demo portfolio</source>
        <translation>Load a demo portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="116" />
        <source>Number of demo cases</source>
        <translation>Number of demo cases</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="118" />
        <source>Your institution</source>
        <translation>Your institution</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="119" />
        <source>The lender's legal name as it appears on letters.</source>
        <translation>The lender's legal name as it appears on letters.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="120" />
        <source>Legal name:</source>
        <translation>Legal name:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="121" />
        <source>You, the officer</source>
        <translation>You, the officer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="122" />
        <source>Recorded with every action you take (audit trail).</source>
        <translation>Recorded with every action you take (audit trail).</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="123" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="124" />
        <source>Employee number:</source>
        <translation>Employee number:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="125" />
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="129" />
        <source>Demo portfolio</source>
        <translation>Demo portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="130" />
        <source>Fictitious borrowers to try the worklist. You can import real files later.</source>
        <translation>Fictitious borrowers to try the worklist. You can import real files later.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="131" />
        <source>Cases:</source>
        <translation>Cases:</translation>
    </message>
</context>
<context>
    <name>FlagsDialog</name>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="184" />
        <source>Party flags</source>
        <translation>Party flags</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="185" />
        <source>Party:</source>
        <translation>Party:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="195" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="196" />
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
</context>
<context>
    <name>GuaranteeModel</name>
    <message>
        <location filename="../../ui/detail/loans.py" line="86" />
        <source>Guarantor</source>
        <translation>Guarantor</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="86" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="86" />
        <source>Guarantee contract</source>
        <translation>Guarantee contract</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="87" />
        <source>Period ends</source>
        <translation>Period ends</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importing.py" line="51" />
        <location filename="../../ui/importing.py" line="52" />
        <source>Import portfolio files</source>
        <translation>Import portfolio files</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="60" />
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="63" />
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="64" />
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="65" />
        <source>Import the valid rows and set the rejected rows aside</source>
        <translation>Import the valid rows and set the rejected rows aside</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="67" />
        <source>Skip invalid rows</source>
        <translation>Skip invalid rows</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="68" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="69" />
        <source>Start import</source>
        <translation>Start import</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="71" />
        <source>Import status</source>
        <translation>Import status</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="73" />
        <source>Import errors</source>
        <translation>Import errors</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="79" />
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="80" />
        <location filename="../../ui/importing.py" line="213" />
        <source>Save error report</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="82" />
        <location filename="../../ui/importing.py" line="83" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="104" />
        <source>CSV or XLSX files in the documented format (borrowers, parties, loans, guarantees, collateral, instalments, payments).</source>
        <translation>CSV or XLSX files in the documented format (borrowers, parties, loans, guarantees, collateral, instalments, payments).</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="120" />
        <source>Choose files to import</source>
        <translation>Choose files to import</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="121" />
        <source>Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="161" />
        <source>Add at least one file.</source>
        <translation>Add at least one file.</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="166" />
        <source>Import cancelled: the columns were not assigned.</source>
        <translation>Import cancelled: the columns were not assigned.</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="170" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="174" />
        <source>Importing portfolio files…</source>
        <translation>Importing portfolio files…</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="192" />
        <source>Import cancelled; nothing was written.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="194" />
        <source>Imported %1 rows; %2 cases updated.</source>
        <translation>Imported %1 rows; %2 cases updated.</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="198" />
        <source>Imported the valid rows; %1 rows were set aside. The table lists why.</source>
        <translation>Imported the valid rows; %1 rows were set aside. The table lists why.</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="201" />
        <source>Nothing was imported: %1 problems. Fix the files and import again, or import only the valid rows.</source>
        <translation>Nothing was imported: %1 problems. Fix the files and import again, or import only the valid rows.</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="209" />
        <source>The import failed: %1</source>
        <translation>The import failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="214" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <location filename="../../ui/import_errors.py" line="25" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/import_errors.py" line="26" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_errors.py" line="27" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/import_errors.py" line="28" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/import_errors.py" line="29" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>InstalmentModel</name>
    <message>
        <location filename="../../ui/detail/loans.py" line="37" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="37" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="37" />
        <source>Principal due</source>
        <translation>Principal due</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="38" />
        <source>Interest due</source>
        <translation>Interest due</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="38" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="38" />
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="39" />
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>LenderProfile</name>
    <message>
        <location filename="../../ui/lender_profile.py" line="35" />
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="36" />
        <source>Consumer finance company</source>
        <translation>Consumer finance company</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="37" />
        <source>Small-loan company</source>
        <translation>Small-loan company</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="38" />
        <source>Asset management company</source>
        <translation>Asset management company</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="39" />
        <source>Other lender (private lending: 4 × LPR cap)</source>
        <translation>Other lender (private lending: 4 × LPR cap)</translation>
    </message>
</context>
<context>
    <name>LenderProfileDialog</name>
    <message>
        <location filename="../../ui/lender_profile.py" line="108" />
        <source>Lender profile</source>
        <translation>Lender profile</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="123" />
        <source>e.g. 华商银催 in 〔2026〕华商银催字第001号</source>
        <translation>e.g. 华商银催 in 〔2026〕华商银催字第001号</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="126" />
        <source>Where debtors send objections, e.g. the address and phone of your asset preservation department (empty: the lender's address and phone)</source>
        <translation>Where debtors send objections, e.g. the address and phone of your asset preservation department (empty: the lender's address and phone)</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="135" />
        <source>Legal &amp;name:</source>
        <translation>Legal &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="136" />
        <source>Lender's legal name</source>
        <translation>Lender's legal name</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="137" />
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="138" />
        <source>Lender's address</source>
        <translation>Lender's address</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="139" />
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="139" />
        <source>Lender's phone</source>
        <translation>Lender's phone</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="142" />
        <source>&amp;Kind of lender:</source>
        <translation>&amp;Kind of lender:</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="143" />
        <source>Kind of lender</source>
        <translation>Kind of lender</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="144" />
        <source>Letter-number pre&amp;fix:</source>
        <translation>Letter-number pre&amp;fix:</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="156" />
        <source>Lawyer's lic&amp;ence no.:</source>
        <translation>Lawyer's lic&amp;ence no.:</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="145" />
        <source>Letter-number prefix</source>
        <translation>Letter-number prefix</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="140" />
        <source>C&amp;redit code:</source>
        <translation>C&amp;redit code:</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="141" />
        <source>Lender's unified social credit code</source>
        <translation>Lender's unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="146" />
        <source>&amp;Objections to:</source>
        <translation>&amp;Objections to:</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="147" />
        <source>Where debtors object</source>
        <translation>Where debtors object</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="148" />
        <source>Repayment a&amp;ccounts:</source>
        <translation>Repayment a&amp;ccounts:</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="149" />
        <source>Designated repayment accounts</source>
        <translation>Designated repayment accounts</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="150" />
        <source>&amp;Law firm:</source>
        <translation>&amp;Law firm:</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="151" />
        <source>Law firm for lawyer letters</source>
        <translation>Law firm for lawyer letters</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="152" />
        <source>Law firm a&amp;ddress:</source>
        <translation>Law firm a&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="153" />
        <source>Law firm address</source>
        <translation>Law firm address</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="154" />
        <source>La&amp;wyer:</source>
        <translation>La&amp;wyer:</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="155" />
        <source>Lawyer's name</source>
        <translation>Lawyer's name</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="157" />
        <source>Lawyer's licence number</source>
        <translation>Lawyer's licence number</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="197" />
        <source>Enter the lender's legal name.</source>
        <translation>Enter the lender's legal name.</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="198" />
        <source>Enter a telephone number, e.g. 021-63218888, 95588 or 400-820-8888.</source>
        <translation>Enter a telephone number, e.g. 021-63218888, 95588 or 400-820-8888.</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="200" />
        <source>Enter the 18-character unified social credit code; its check character does not match.</source>
        <translation>Enter the 18-character unified social credit code; its check character does not match.</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="202" />
        <source>Choose the kind of lender.</source>
        <translation>Choose the kind of lender.</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="203" />
        <source>Use at most 40 characters.</source>
        <translation>Use at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="204" />
        <source>Each account needs its name, its bank and a number of 8 to 40 digits; list each number once.</source>
        <translation>Each account needs its name, its bank and a number of 8 to 40 digits; list each number once.</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="206" />
        <source>Give the law firm's name and address, the lawyer and the licence number together, or none of them.</source>
        <translation>Give the law firm's name and address, the lawyer and the licence number together, or none of them.</translation>
    </message>
    <message>
        <location filename="../../ui/lender_profile.py" line="209" />
        <source>Check this field.</source>
        <translation>Check this field.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="80" />
        <source>Generate letter</source>
        <translation>Generate letter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="82" />
        <source>Letter for %1</source>
        <translation>Letter for %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="88" />
        <source>Letter kind</source>
        <translation>Letter kind</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="91" />
        <source>Letter language</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="93" />
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="94" />
        <source>Borrower: %1</source>
        <translation>Borrower: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="96" />
        <source>Guarantor: %1</source>
        <translation>Guarantor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="98" />
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="99" />
        <source>Generate the letter</source>
        <translation>Generate the letter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="102" />
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="104" />
        <source>Preview the letter without numbering or storing it</source>
        <translation>Preview the letter without numbering or storing it</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="106" />
        <source>Letter status</source>
        <translation>Letter status</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="107" />
        <location filename="../../ui/documents/letter_dialog.py" line="244" />
        <source>Why the letter was refused</source>
        <translation>Why the letter was refused</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="109" />
        <location filename="../../ui/documents/letter_dialog.py" line="243" />
        <source>The letter was refused. Fix these and try again:</source>
        <translation>The letter was refused. Fix these and try again:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="115" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="116" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="117" />
        <source>&amp;Addressee:</source>
        <translation>&amp;Addressee:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="138" />
        <source>Dialog buttons</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="183" />
        <source>Building the preview…</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="184" />
        <source>Building preview…</source>
        <translation>Building preview…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="190" />
        <source>Preview only: not numbered, not stored, not to be sent (%1 pages, total %2). Generate issues the letter.</source>
        <translation>Preview only: not numbered, not stored, not to be sent (%1 pages, total %2). Generate issues the letter.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="208" />
        <source>Generating the letter…</source>
        <translation>Generating the letter…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="209" />
        <source>Generating letter…</source>
        <translation>Generating letter…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="217" />
        <source>%1 %2 generated: %3 pages, total %4. Stored on the case.</source>
        <translation>%1 %2 generated: %3 pages, total %4. Stored on the case.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="194" />
        <location filename="../../ui/documents/letter_dialog.py" line="222" />
        <source>Check these before you send the letter:</source>
        <translation>Check these before you send the letter:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="195" />
        <location filename="../../ui/documents/letter_dialog.py" line="223" />
        <source>What to check before sending</source>
        <translation>What to check before sending</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="240" />
        <source>The lender's address, phone, repayment accounts and law firm are set in File ▸ Lender profile…</source>
        <translation>The lender's address, phone, repayment accounts and law firm are set in File ▸ Lender profile…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letter_dialog.py" line="248" />
        <source>The letter could not be generated: %1</source>
        <translation>The letter could not be generated: %1</translation>
    </message>
</context>
<context>
    <name>LoansPane</name>
    <message>
        <location filename="../../ui/detail/loans.py" line="133" />
        <source>Loans and schedule</source>
        <translation>Loans and schedule</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="137" />
        <source>&amp;Contract:</source>
        <translation>&amp;Contract:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="139" />
        <location filename="../../ui/detail/loans.py" line="180" />
        <source>Loan</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="147" />
        <source>Outstanding principal</source>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="156" />
        <location filename="../../ui/detail/loans.py" line="157" />
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="159" />
        <location filename="../../ui/detail/loans.py" line="166" />
        <source>Guarantees</source>
        <translation>Guarantees</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="162" />
        <location filename="../../ui/detail/loans.py" line="167" />
        <source>Collateral</source>
        <translation>Collateral</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="182" />
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="182" />
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="182" />
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="183" />
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="183" />
        <source>Annual rate</source>
        <translation>Annual rate</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="183" />
        <source>Drawn down</source>
        <translation>Drawn down</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="184" />
        <source>Matures</source>
        <translation>Matures</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="184" />
        <source>Repayment</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="184" />
        <source>Days past due</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="185" />
        <source>Principal outstanding</source>
        <translation>Principal outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="185" />
        <source>Overdue total</source>
        <translation>Overdue total</translation>
    </message>
    <message>
        <location filename="../../ui/detail/loans.py" line="186" />
        <source>Limitation expires</source>
        <translation>Limitation expires</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="70" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="73" />
        <source>Collection Desk is locked</source>
        <translation>Collection Desk is locked</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="78" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="81" />
        <location filename="../../ui/lock.py" line="82" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="99" />
        <source>Enter your passphrase to continue.</source>
        <translation>Enter your passphrase to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="100" />
        <source>Unlock with the key in the OS keyring.</source>
        <translation>Unlock with the key in the OS keyring.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="108" />
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="124" />
        <source>That did not unlock the database. Try again.</source>
        <translation>That did not unlock the database. Try again.</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <location filename="../../ui/main_controller.py" line="56" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="57" />
        <source>Encrypted (SQLCipher)</source>
        <translation>Encrypted (SQLCipher)</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="58" />
        <source>Officer: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="59" />
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="139" />
        <source>%1 cases in view</source>
        <translation>%1 cases in view</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="141" />
        <source>Over %1 cases in view</source>
        <translation>Over %1 cases in view</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="143" />
        <source> · %1 open in all</source>
        <translation> · %1 open in all</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="242" />
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="247" />
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="277" />
        <source>Idle lock</source>
        <translation>Idle lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="278" />
        <source>Lock after this many minutes without input (0: never):</source>
        <translation>Lock after this many minutes without input (0: never):</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="298" />
        <source>About Collection Desk</source>
        <translation>About Collection Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_controller.py" line="299" />
        <source>Collection Desk %1
A workbench for enterprise-loan collection officers.
Data stays on this computer in an encrypted database.</source>
        <translation>Collection Desk %1
A workbench for enterprise-loan collection officers.
Data stays on this computer in an encrypted database.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="59" />
        <location filename="../../ui/main_window.py" line="60" />
        <source>Collection Desk</source>
        <translation>Collection Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63" />
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>Main panes</source>
        <translation>Main panes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;Export view to XLSX…</source>
        <translation>&amp;Export view to XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Lock after &amp;idle time…</source>
        <translation>Lock after &amp;idle time…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>&amp;About Collection Desk</source>
        <translation>&amp;About Collection Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>Lender &amp;profile…</source>
        <translation>Lender &amp;profile…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Demand &amp;letter…</source>
        <translation>Demand &amp;letter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>&amp;Batch letters for this view…</source>
        <translation>&amp;Batch letters for this view…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>&amp;Restructure plan…</source>
        <translation>&amp;Restructure plan…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>Detail panes as &amp;tabs</source>
        <translation>Detail panes as &amp;tabs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>Detail panes as &amp;docks</source>
        <translation>Detail panes as &amp;docks</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Show detail &amp;pane</source>
        <translation>Show detail &amp;pane</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>&amp;Next case</source>
        <translation>&amp;Next case</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>&amp;Previous case</source>
        <translation>&amp;Previous case</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>Log a &amp;call</source>
        <translation>Log a &amp;call</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190" />
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>Database location</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>Case counts</source>
        <translation>Case counts</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="62" />
        <source>Assign columns</source>
        <translation>Assign columns</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="63" />
        <source>Assign columns: %1</source>
        <translation>Assign columns: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="66" />
        <source>The headers of this file do not match the documented import format. Choose what the file holds and which of its columns carries each field. Required fields are marked *. The assignment is remembered for files with the same headers.</source>
        <translation>The headers of this file do not match the documented import format. Choose what the file holds and which of its columns carries each field. Required fields are marked *. The assignment is remembered for files with the same headers.</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="72" />
        <source>File kind</source>
        <translation>File kind</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="76" />
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="87" />
        <source>Use mapping</source>
        <translation>Use mapping</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="90" />
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="96" />
        <source>This file holds:</source>
        <translation>This file holds:</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="118" />
        <source>(not in this file)</source>
        <translation>(not in this file)</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="120" />
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="138" />
        <source>Assign the required fields: %1</source>
        <translation>Assign the required fields: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_mapping_dialog.py" line="141" />
        <source>Each column of the file can carry one field only.</source>
        <translation>Each column of the file can carry one field only.</translation>
    </message>
</context>
<context>
    <name>NextActionDialog</name>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="205" />
        <location filename="../../ui/detail/dialogs.py" line="212" />
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="211" />
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="213" />
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="214" />
        <source>Next action date</source>
        <translation>Next action date</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../ui/detail/notes.py" line="52" />
        <source>Notes, stage and next action</source>
        <translation>Notes, stage and next action</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="61" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="64" />
        <source>Collection stage</source>
        <translation>Collection stage</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="67" />
        <source>Sa&amp;ve stage</source>
        <translation>Sa&amp;ve stage</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="68" />
        <source>Save the stage</source>
        <translation>Save the stage</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="70" />
        <source>Stage error</source>
        <translation>Stage error</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="71" />
        <source>Sta&amp;ge:</source>
        <translation>Sta&amp;ge:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="77" />
        <location filename="../../ui/detail/notes.py" line="80" />
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="82" />
        <source>e.g. Call the finance manager about the May instalment</source>
        <translation>e.g. Call the finance manager about the May instalment</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="83" />
        <source>Next action error</source>
        <translation>Next action error</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="84" />
        <source>On dat&amp;e:</source>
        <translation>On dat&amp;e:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="85" />
        <source>Next action has a date</source>
        <translation>Next action has a date</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="87" />
        <source>Next action date</source>
        <translation>Next action date</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="91" />
        <source>Next action date error</source>
        <translation>Next action date error</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="92" />
        <source>Save ne&amp;xt action</source>
        <translation>Save ne&amp;xt action</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="93" />
        <source>Save the next action</source>
        <translation>Save the next action</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="95" />
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="103" />
        <source>Business condition (经营状况)</source>
        <translation>Business condition (经营状况)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="106" />
        <source>Notes on the business's condition</source>
        <translation>Notes on the business's condition</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="108" />
        <source>Operations, orders, staff, premises, other creditors, assets seen on visits…</source>
        <translation>Operations, orders, staff, premises, other creditors, assets seen on visits…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="109" />
        <source>Notes error</source>
        <translation>Notes error</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="112" />
        <source>Notes save status</source>
        <translation>Notes save status</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="113" />
        <source>&amp;Save notes</source>
        <translation>&amp;Save notes</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="114" />
        <source>Save the business notes</source>
        <translation>Save the business notes</translation>
    </message>
    <message>
        <location filename="../../ui/detail/notes.py" line="151" />
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/background.py" line="105" />
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="105" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="108" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="109" />
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <location filename="../../ui/detail/overview.py" line="83" />
        <source>Case overview</source>
        <translation>Case overview</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="86" />
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="105" />
        <source>Key facts</source>
        <translation>Key facts</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="107" />
        <source>Days past due</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="107" />
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="108" />
        <source>Five-tier class</source>
        <translation>Five-tier class</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="108" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="109" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="109" />
        <source>Figures as of</source>
        <translation>Figures as of</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="117" />
        <source>Amounts owed (CNY)</source>
        <translation>Amounts owed (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="119" />
        <source>Principal outstanding</source>
        <translation>Principal outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="120" />
        <source>Overdue principal</source>
        <translation>Overdue principal</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="121" />
        <source>Interest due</source>
        <translation>Interest due</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="122" />
        <source>Accrued interest</source>
        <translation>Accrued interest</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="123" />
        <source>Penalty interest</source>
        <translation>Penalty interest</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="124" />
        <source>Compound interest</source>
        <translation>Compound interest</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="125" />
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="125" />
        <source>Overdue total</source>
        <translation>Overdue total</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="126" />
        <source>Total owed</source>
        <translation>Total owed</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="126" />
        <source>Accrues per day</source>
        <translation>Accrues per day</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="137" />
        <source>Total owed in words</source>
        <translation>Total owed in words</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="143" />
        <location filename="../../ui/detail/overview.py" line="145" />
        <source>Risk flags</source>
        <translation>Risk flags</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="152" />
        <source>Contact and next action</source>
        <translation>Contact and next action</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="154" />
        <location filename="../../ui/detail/overview.py" line="158" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="155" />
        <location filename="../../ui/detail/overview.py" line="159" />
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="157" />
        <location filename="../../ui/detail/overview.py" line="160" />
        <source>Latest promise</source>
        <translation>Latest promise</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="162" />
        <source>Log &amp;call…</source>
        <translation>Log &amp;call…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="163" />
        <source>Log a call for this case</source>
        <translation>Log a call for this case</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="165" />
        <source>Set ne&amp;xt action…</source>
        <translation>Set ne&amp;xt action…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="166" />
        <source>Set the next action</source>
        <translation>Set the next action</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="168" />
        <source>Record pro&amp;mise…</source>
        <translation>Record pro&amp;mise…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="170" />
        <source>Record a promise to pay by hand</source>
        <translation>Record a promise to pay by hand</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="180" />
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="184" />
        <source>Deadlines and warning levels</source>
        <translation>Deadlines and warning levels</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/overview.py" line="191" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="199" />
        <source>In words: %1</source>
        <translation>In words: %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="202" />
        <location filename="../../ui/detail/overview.py" line="250" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/overview.py" line="223" />
        <source>%n broken promise(s)</source>
        <translation>
            <numerusform>%n broken promise</numerusform>
            <numerusform>%n broken promises</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="226" />
        <source>The borrower must not be contacted.</source>
        <translation>The borrower must not be contacted.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="227" />
        <source>No risk flags</source>
        <translation>No risk flags</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="235" />
        <source>Restructured: observation period over (since %1)</source>
        <translation>Restructured: observation period over (since %1)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="238" />
        <source>Restructured: in observation since %1; too few instalments left to end it</source>
        <translation>Restructured: in observation since %1; too few instalments left to end it</translation>
    </message>
    <message>
        <location filename="../../ui/detail/overview.py" line="241" />
        <source>Restructured: in observation since %1, until %2 at the earliest</source>
        <translation>Restructured: in observation since %1, until %2 at the earliest</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/overview.py" line="245" />
        <source>(restarted after %n missed instalment(s))</source>
        <translation>
            <numerusform>(restarted after %n missed instalment)</numerusform>
            <numerusform>(restarted after %n missed instalments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartiesPane</name>
    <message>
        <location filename="../../ui/detail/parties.py" line="102" />
        <source>Parties and contacts</source>
        <translation>Parties and contacts</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="105" />
        <location filename="../../ui/detail/parties.py" line="112" />
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="107" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="156" />
        <source>Selected party</source>
        <translation>Selected party</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="158" />
        <source>Party name</source>
        <translation>Party name</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="159" />
        <source>Identity number (masked)</source>
        <translation>Identity number (masked)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="160" />
        <location filename="../../ui/detail/parties.py" line="167" />
        <source>Service address</source>
        <translation>Service address</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="162" />
        <source>Local time now</source>
        <translation>Local time now</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="163" />
        <source>Party flags</source>
        <translation>Party flags</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="165" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="166" />
        <source>Identity no.</source>
        <translation>Identity no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="168" />
        <source>Local time</source>
        <translation>Local time</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="169" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="171" />
        <source>Revealed value</source>
        <translation>Revealed value</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="177" />
        <source>Edit &amp;flags…</source>
        <translation>Edit &amp;flags…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="178" />
        <source>Edit the party's flags</source>
        <translation>Edit the party's flags</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="180" />
        <source>Reveal &amp;ID…</source>
        <translation>Reveal &amp;ID…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="181" />
        <source>Reveal the identity number</source>
        <translation>Reveal the identity number</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="183" />
        <source>Call this part&amp;y…</source>
        <translation>Call this part&amp;y…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="184" />
        <source>Log a call to the selected party</source>
        <translation>Log a call to the selected party</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="194" />
        <source>Contacts of the selected party</source>
        <translation>Contacts of the selected party</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="198" />
        <source>&amp;Add contact…</source>
        <translation>&amp;Add contact…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="199" />
        <source>Add a contact point</source>
        <translation>Add a contact point</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="201" />
        <source>Mark in&amp;valid…</source>
        <translation>Mark in&amp;valid…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="202" />
        <source>Mark the contact invalid</source>
        <translation>Mark the contact invalid</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="205" />
        <source>Reveal &amp;contact…</source>
        <translation>Reveal &amp;contact…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="206" />
        <source>Reveal the contact value</source>
        <translation>Reveal the contact value</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="269" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="283" />
        <source>%1: %2 (hidden again in %3 s)</source>
        <translation>%1: %2 (hidden again in %3 s)</translation>
    </message>
</context>
<context>
    <name>PartyModel</name>
    <message>
        <location filename="../../ui/detail/parties.py" line="33" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="33" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="33" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="33" />
        <source>Identity no.</source>
        <translation>Identity no.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="34" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="34" />
        <source>Local time</source>
        <translation>Local time</translation>
    </message>
    <message>
        <location filename="../../ui/detail/parties.py" line="34" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/app.py" line="83" />
        <source>Wrong passphrase. Try again.</source>
        <translation>Wrong passphrase. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="36" />
        <location filename="../../ui/unlock.py" line="59" />
        <location filename="../../ui/unlock.py" line="60" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="37" />
        <source>Unlock Collection Desk</source>
        <translation>Unlock Collection Desk</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="39" />
        <source>Choose a passphrase of at least %1 characters. It protects the encrypted database; it cannot be recovered if lost.</source>
        <translation>Choose a passphrase of at least %1 characters. It protects the encrypted database; it cannot be recovered if lost.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="42" />
        <source>Enter the passphrase that unlocks the encrypted database.</source>
        <translation>Enter the passphrase that unlocks the encrypted database.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="46" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="48" />
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="51" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="53" />
        <source>Repeat:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="62" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="73" />
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="87" />
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="91" />
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="49" />
        <source>Document preview</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="55" />
        <source>Document pages</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="65" />
        <source>No document to show yet.</source>
        <translation>No document to show yet.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="66" />
        <source>No document</source>
        <translation>No document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="91" />
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="95" />
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="97" />
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="101" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="105" />
        <source>Zoom level</source>
        <translation>Zoom level</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="107" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="110" />
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="111" />
        <source>Fit page width</source>
        <translation>Fit page width</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="113" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="113" />
        <location filename="../../ui/documents/pdf_preview.py" line="228" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="115" />
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="116" />
        <location filename="../../ui/documents/pdf_preview.py" line="259" />
        <source>Save PDF as</source>
        <translation>Save PDF as</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="208" />
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="260" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/pdf_preview.py" line="265" />
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="51" />
        <source>missing {field}</source>
        <translation>missing {field}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="52" />
        <source>{field} must be masked (****+last 4)</source>
        <translation>{field} must be masked (****+last 4)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="53" />
        <source>{field} is not a 统一社会信用代码</source>
        <translation>{field} is not a 统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="54" />
        <source>{field} cannot be written in 大写: {reason}</source>
        <translation>{field} cannot be written in 大写: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="55" />
        <source>{field}: 大写 does not parse back to {fen} fen</source>
        <translation>{field}: 大写 does not parse back to {fen} fen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="57" />
        <source>components sum to {sum} fen but total is {total} fen</source>
        <translation>components sum to {sum} fen but total is {total} fen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="59" />
        <source>calc_date is after issue_date</source>
        <translation>calc_date is after issue_date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="60" />
        <source>deadline must be after issue_date</source>
        <translation>deadline must be after issue_date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="61" />
        <source>lawyer letter requires a law-firm profile</source>
        <translation>lawyer letter requires a law-firm profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="63" />
        <source>guarantor letter requires guarantee_period_end</source>
        <translation>guarantor letter requires guarantee_period_end</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="66" />
        <source>demand and deadline must fall within the guarantee period</source>
        <translation>demand and deadline must fall within the guarantee period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="69" />
        <source>a general guarantee (一般保证): this letter does not keep the guarantor liable; within the guarantee period the lender must sue or arbitrate against the borrower (民法典 Art. 693)</source>
        <translation>a general guarantee (一般保证): this letter does not keep the guarantor liable; within the guarantee period the lender must sue or arbitrate against the borrower (民法典 Art. 693)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="77" />
        <source>the guarantee period ended on {date}: a demand now no longer holds the guarantor liable</source>
        <translation>the guarantee period ended on {date}: a demand now no longer holds the guarantor liable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="83" />
        <source>guarantor letter needs a guarantor addressee</source>
        <translation>guarantor letter needs a guarantor addressee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="86" />
        <source>banned word {word}</source>
        <translation>banned word {word}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="87" />
        <source>issuer may not be styled as {word}</source>
        <translation>issuer may not be styled as {word}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="88" />
        <source>{word} is allowed only in a law firm's letter</source>
        <translation>{word} is allowed only in a law firm's letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="89" />
        <source>fee line {word} not allowed</source>
        <translation>fee line {word} not allowed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="91" />
        <source>payment_account is not one of the institution's designated accounts</source>
        <translation>payment_account is not one of the institution's designated accounts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="96" />
        <source>payment_account is not one of the creditor's designated accounts</source>
        <translation>payment_account is not one of the creditor's designated accounts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="101" />
        <source>guarantor {name} has not consented in writing</source>
        <translation>guarantor {name} has not consented in writing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="103" />
        <source>guarantor {name} must give 连带责任保证 (joint liability)</source>
        <translation>guarantor {name} must give 连带责任保证 (joint liability)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="106" />
        <source>guarantor {name} has no explicit new guarantee period</source>
        <translation>guarantor {name} has no explicit new guarantee period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="109" />
        <source>guarantor {name} guarantee period ends before final maturity</source>
        <translation>guarantor {name} guarantee period ends before final maturity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="112" />
        <source>corporate guarantor {name} needs a board/shareholder resolution</source>
        <translation>corporate guarantor {name} needs a board/shareholder resolution</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="115" />
        <source>security provider {name} has not consented in writing</source>
        <translation>security provider {name} has not consented in writing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="118" />
        <source>借新还旧 needs the same guarantors or their written acknowledgement of the purpose</source>
        <translation>借新还旧 needs the same guarantors or their written acknowledgement of the purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="125" />
        <source>debt components sum to {sum} fen, total is {total} fen</source>
        <translation>debt components sum to {sum} fen, total is {total} fen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="128" />
        <source>schedule principal {sum} fen != restructured principal {principal} fen</source>
        <translation>schedule principal {sum} fen != restructured principal {principal} fen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="133" />
        <source>restructured principal + arrears + waiver != acknowledged debt</source>
        <translation>restructured principal + arrears + waiver != acknowledged debt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="136" />
        <source>period {period} due date not after the previous one</source>
        <translation>period {period} due date not after the previous one</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="139" />
        <source>period {period} payment != principal + interest + arrears</source>
        <translation>period {period} payment != principal + interest + arrears</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="142" />
        <source>period {period} remaining balance {stated} != {expected}</source>
        <translation>period {period} remaining balance {stated} != {expected}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="144" />
        <source>periods must run 1..N</source>
        <translation>periods must run 1..N</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="147" />
        <source>dispute clause must name exactly one of a court venue or an arbitration commission</source>
        <translation>dispute clause must name exactly one of a court venue or an arbitration commission</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="152" />
        <source>wording lacks the {clause}</source>
        <translation>wording lacks the {clause}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="153" />
        <source>{name} has no confirmed service address</source>
        <translation>{name} has no confirmed service address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="155" />
        <source>{name} has no phone or e-mail for electronic service</source>
        <translation>{name} has no phone or e-mail for electronic service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="158" />
        <source>conditional waiver without a reinstatement-on-default clause</source>
        <translation>conditional waiver without a reinstatement-on-default clause</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="161" />
        <source>extension must be applied for before the original maturity</source>
        <translation>extension must be applied for before the original maturity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="164" />
        <source>extension of {days} days exceeds the 贷款通则 Art. 12 limit of {limit} days</source>
        <translation>extension of {days} days exceeds the 贷款通则 Art. 12 limit of {limit} days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="171" />
        <source>demanded rate {rate} a year exceeds {cap}, which some courts apply to financial loans</source>
        <translation>demanded rate {rate} a year exceeds {cap}, which some courts apply to financial loans</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="177" />
        <source>demanded rate {rate} a year exceeds {multiple} x LPR {lpr} = {cap} on the contract date {date}</source>
        <translation>demanded rate {rate} a year exceeds {multiple} x LPR {lpr} = {cap} on the contract date {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="184" />
        <source>the LPR table is checked up to {through}, before the contract date {date}: confirm the one-year LPR of that day (this check used {lpr}) and have the table updated</source>
        <translation>the LPR table is checked up to {through}, before the contract date {date}: confirm the one-year LPR of that day (this check used {lpr}) and have the table updated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="191" />
        <source>penalty interest at contract rate + {markup} is outside the usual + {low} to + {high}; check the contract provides for it</source>
        <translation>penalty interest at contract rate + {markup} is outside the usual + {low} to + {high}; check the contract provides for it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="200" />
        <source>this delivery of letter {letter} is already recorded: record only what has changed (outcome, delivered date or evidence)</source>
        <translation>this delivery of letter {letter} is already recorded: record only what has changed (outcome, delivered date or evidence)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="207" />
        <source>plan {plan} of this case is already {status}, and a case can have only one plan proposed, signed or active at a time</source>
        <translation>plan {plan} of this case is already {status}, and a case can have only one plan proposed, signed or active at a time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="248" />
        <source>addressees</source>
        <translation>addressees</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="249" />
        <source>name of addressee {n}</source>
        <translation>name of addressee {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="250" />
        <source>identity number of addressee {n}</source>
        <translation>identity number of addressee {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="251" />
        <source>service address of addressee {n}</source>
        <translation>service address of addressee {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="254" />
        <source>letter number</source>
        <translation>letter number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="255" />
        <source>lender's legal name</source>
        <translation>lender's legal name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="256" />
        <source>lender's address</source>
        <translation>lender's address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="257" />
        <source>lender's phone</source>
        <translation>lender's phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="258" />
        <source>loan contracts</source>
        <translation>loan contracts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="259" />
        <source>repayment account name</source>
        <translation>repayment account name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="260" />
        <source>repayment account bank</source>
        <translation>repayment account bank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="261" />
        <source>repayment account number</source>
        <translation>repayment account number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="262" />
        <source>officer's name</source>
        <translation>officer's name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="263" />
        <source>officer's phone</source>
        <translation>officer's phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="264" />
        <source>officer's office address</source>
        <translation>officer's office address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="265" />
        <source>channel for objections</source>
        <translation>channel for objections</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="266" />
        <source>basis of the penalty interest</source>
        <translation>basis of the penalty interest</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="267" />
        <source>name of loan contract {n}</source>
        <translation>name of loan contract {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="268" />
        <source>number of loan contract {n}</source>
        <translation>number of loan contract {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="269" />
        <source>borrower of loan contract {n}</source>
        <translation>borrower of loan contract {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="270" />
        <source>name of security contract {n}</source>
        <translation>name of security contract {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="271" />
        <source>number of security contract {n}</source>
        <translation>number of security contract {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="272" />
        <source>acceleration clause the letter relies on</source>
        <translation>acceleration clause the letter relies on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="275" />
        <source>law firm's name</source>
        <translation>law firm's name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="276" />
        <source>law firm's address</source>
        <translation>law firm's address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="277" />
        <source>lawyer's name</source>
        <translation>lawyer's name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="278" />
        <source>lawyer's licence number</source>
        <translation>lawyer's licence number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="279" />
        <source>law firm's authorisation</source>
        <translation>law firm's authorisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="280" />
        <source>agreement number</source>
        <translation>agreement number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="281" />
        <source>place of signing</source>
        <translation>place of signing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="282" />
        <source>original contracts</source>
        <translation>original contracts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="283" />
        <source>recital of the default</source>
        <translation>recital of the default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="284" />
        <source>repayment schedule</source>
        <translation>repayment schedule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="286" />
        <source>overdue principal</source>
        <translation>overdue principal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="287" />
        <source>remaining principal</source>
        <translation>remaining principal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="288" />
        <location filename="../../desktop_app/compliance/details.py" line="296" />
        <source>interest</source>
        <translation>interest</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="289" />
        <location filename="../../desktop_app/compliance/details.py" line="297" />
        <source>penalty interest</source>
        <translation>penalty interest</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="290" />
        <location filename="../../desktop_app/compliance/details.py" line="298" />
        <source>compound interest</source>
        <translation>compound interest</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="291" />
        <source>liquidated damages</source>
        <translation>liquidated damages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="292" />
        <source>fee “{label}”</source>
        <translation>fee “{label}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="293" />
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="294" />
        <source>daily accrual</source>
        <translation>daily accrual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="295" />
        <source>principal</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="299" />
        <source>fees</source>
        <translation>fees</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="300" />
        <source>schedule total</source>
        <translation>schedule total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="301" />
        <source>restructured principal</source>
        <translation>restructured principal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="302" />
        <source>waiver</source>
        <translation>waiver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="305" />
        <source>debt-acknowledgement clause</source>
        <translation>debt-acknowledgement clause</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="306" />
        <source>not-a-novation / security-continues clause</source>
        <translation>not-a-novation / security-continues clause</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="309" />
        <source>acceleration clause</source>
        <translation>acceleration clause</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="310" />
        <source>service-address clause</source>
        <translation>service-address clause</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="314" />
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="315" />
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/compliance/details.py" line="316" />
        <source>active</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="23" />
        <source>Record promise to pay</source>
        <translation>Record promise to pay</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="30" />
        <source>e.g. 5,000.00</source>
        <translation>e.g. 5,000.00</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="35" />
        <source>— no one party —</source>
        <translation>— no one party —</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="40" />
        <source>&amp;Amount (CNY):</source>
        <translation>&amp;Amount (CNY):</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="41" />
        <source>Promised amount</source>
        <translation>Promised amount</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="42" />
        <source>&amp;Due date:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="43" />
        <source>Promised payment date</source>
        <translation>Promised payment date</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="44" />
        <source>&amp;Party:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="45" />
        <source>Party who promised</source>
        <translation>Party who promised</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="57" />
        <source>Enter at least %1.</source>
        <translation>Enter at least %1.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="59" />
        <source>That is more than the total owed (%1).</source>
        <translation>That is more than the total owed (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="60" />
        <source>Enter the amount in yuan, e.g. 5000 or 5,000.00.</source>
        <translation>Enter the amount in yuan, e.g. 5000 or 5,000.00.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/promise_dialog.py" line="64" />
        <source>The date may be at most %n day(s) from today.</source>
        <translation>
            <numerusform>The date may be at most %n day from today.</numerusform>
            <numerusform>The date may be at most %n days from today.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/promise_dialog.py" line="65" />
        <source>The date must not be in the past.</source>
        <translation>The date must not be in the past.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="174" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/dialogs.py" line="174" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="64" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/documents/batch_dialog.py" line="64" />
        <source>Why it was refused</source>
        <translation>Why it was refused</translation>
    </message>
</context>
<context>
    <name>RestructureWizard</name>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="173" />
        <source>Restructure wizard</source>
        <translation>Restructure wizard</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="174" />
        <source>Restructure %1</source>
        <translation>Restructure %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="204" />
        <source>Generating the agreement…</source>
        <translation>Generating the agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="205" />
        <source>Generating agreement…</source>
        <translation>Generating agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="219" />
        <source>Building the draft…</source>
        <translation>Building the draft…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="220" />
        <source>Building draft…</source>
        <translation>Building draft…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="229" />
        <source>Draft for review: not numbered, not stored, not for signature. Record the consents, then generate the agreement.</source>
        <translation>Draft for review: not numbered, not stored, not for signature. Record the consents, then generate the agreement.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="245" />
        <source>Updating the plan…</source>
        <translation>Updating the plan…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="246" />
        <source>Updating plan…</source>
        <translation>Updating plan…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="267" />
        <source>Plan %1: %2. Agreement %3.</source>
        <translation>Plan %1: %2. Agreement %3.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="279" />
        <source>Check the points below before it is signed.</source>
        <translation>Check the points below before it is signed.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/restructure_wizard.py" line="292" />
        <source>Refused:</source>
        <translation>Refused:</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <location filename="../../ui/saved_views.py" line="32" />
        <source>Today's worklist</source>
        <translation>Today's worklist</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="33" />
        <source>Promises due today</source>
        <translation>Promises due today</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="34" />
        <source>Broken promises</source>
        <translation>Broken promises</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="35" />
        <source>New this week</source>
        <translation>New this week</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="36" />
        <source>Deadlines in 90 days</source>
        <translation>Deadlines in 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="37" />
        <source>All open cases</source>
        <translation>All open cases</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="38" />
        <source>By bucket</source>
        <translation>By bucket</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views.py" line="39" />
        <source>By stage</source>
        <translation>By stage</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="47" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="47" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="47" />
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="47" />
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="48" />
        <source>Arrears</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="48" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="48" />
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../ui/documents/plan_views.py" line="66" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/app.py" line="139" />
        <source>Building the demo portfolio…</source>
        <translation>Building the demo portfolio…</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <location filename="../../ui/calls/step_view.py" line="40" />
        <source>Call script</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="41" />
        <source>Call script step</source>
        <translation>Call script step</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="50" />
        <source>Script and step</source>
        <translation>Script and step</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="54" />
        <source>What to say</source>
        <translation>What to say</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="70" />
        <source>← Back (Alt+Left)</source>
        <translation>← Back (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="71" />
        <source>Back to the previous step</source>
        <translation>Back to the previous step</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="75" />
        <source>Script message</source>
        <translation>Script message</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="148" />
        <source>Start the call to see the script.</source>
        <translation>Start the call to see the script.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="156" />
        <source>Script finished: %1</source>
        <translation>Script finished: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="187" />
        <source>Error for %1</source>
        <translation>Error for %1</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="211" />
        <source>Shortcut: %1</source>
        <translation>Shortcut: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="262" />
        <source>Required: fill this in before choosing.</source>
        <translation>Required: fill this in before choosing.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="265" />
        <source>Enter a positive amount with at most two decimals.</source>
        <translation>Enter a positive amount with at most two decimals.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="266" />
        <source>Enter a valid date.</source>
        <translation>Enter a valid date.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="267" />
        <source>Pick a value from the list.</source>
        <translation>Pick a value from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/step_view.py" line="268" />
        <source>Enter the number and pick its lawful source.</source>
        <translation>Enter the number and pick its lawful source.</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="18" />
        <location filename="../../ui/calls/target_picker.py" line="19" />
        <source>Whom to call</source>
        <translation>Whom to call</translation>
    </message>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="22" />
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="24" />
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="26" />
        <source>Purpose of the call</source>
        <translation>Purpose of the call</translation>
    </message>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="30" />
        <source>&amp;Party:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="31" />
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="32" />
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <location filename="../../ui/calls/target_picker.py" line="78" />
        <source>No valid phone number on file</source>
        <translation>No valid phone number on file</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="61" />
        <source>Loans and terms</source>
        <translation>Loans and terms</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="62" />
        <source>The schedule and the comparison update as you type.</source>
        <translation>The schedule and the comparison update as you type.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="68" />
        <source>Loans to restructure</source>
        <translation>Loans to restructure</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="70" />
        <source>%1 — outstanding %2</source>
        <translation>%1 — outstanding %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="81" />
        <source>Repayment method</source>
        <translation>Repayment method</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="82" />
        <source>Number of months</source>
        <translation>Number of months</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="85" />
        <source>Annual interest rate</source>
        <translation>Annual interest rate</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="91" />
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="94" />
        <source>Grace months</source>
        <translation>Grace months</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="97" />
        <source>Treatment of arrears</source>
        <translation>Treatment of arrears</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="99" />
        <source>&amp;Loans:</source>
        <translation>&amp;Loans:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="100" />
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="101" />
        <source>M&amp;onths:</source>
        <translation>M&amp;onths:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="102" />
        <source>&amp;Annual rate:</source>
        <translation>&amp;Annual rate:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="103" />
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="104" />
        <source>&amp;Grace months:</source>
        <translation>&amp;Grace months:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="105" />
        <source>A&amp;rrears:</source>
        <translation>A&amp;rrears:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="107" />
        <source>Schedule totals</source>
        <translation>Schedule totals</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="114" />
        <source>New repayment schedule</source>
        <translation>New repayment schedule</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="152" />
        <source>Loans: choose a loan with a balance.</source>
        <translation>Loans: choose a loan with a balance.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/terms_page.py" line="168" />
        <source>Acknowledged %1 · restructured principal %2 · Σ principal %3 %4 · Σ interest %5 · waived on condition %6</source>
        <translation>Acknowledged %1 · restructured principal %2 · Σ principal %3 %4 · Σ interest %5 · waived on condition %6</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/detail/timeline.py" line="35" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="35" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="35" />
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="35" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="36" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <location filename="../../ui/detail/timeline.py" line="65" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="71" />
        <source>Activities, newest first</source>
        <translation>Activities, newest first</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="76" />
        <source>Show activities of kind</source>
        <translation>Show activities of kind</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="79" />
        <source>Number of activities shown</source>
        <translation>Number of activities shown</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="80" />
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="88" />
        <source>Full text of the selected activity</source>
        <translation>Full text of the selected activity</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="90" />
        <source>Select an activity to read its notes.</source>
        <translation>Select an activity to read its notes.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="107" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/timeline.py" line="121" />
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="135" />
        <source>(no notes)</source>
        <translation>(no notes)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/timeline.py" line="138" />
        <source>Compliance override: %1</source>
        <translation>Compliance override: %1</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="40" />
        <source>Compliance check</source>
        <translation>Compliance check</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="41" />
        <source>Compliance check before the call</source>
        <translation>Compliance check before the call</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="46" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="52" />
        <source>Rules that fired</source>
        <translation>Rules that fired</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="61" />
        <source>Override reason status</source>
        <translation>Override reason status</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="69" />
        <source>&amp;Override…</source>
        <translation>&amp;Override…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="70" />
        <source>Override the block</source>
        <translation>Override the block</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="74" />
        <source>Start the call despite the block; the typed reason is audited</source>
        <translation>Start the call despite the block; the typed reason is audited</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="77" />
        <source>Override reason</source>
        <translation>Override reason</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calls/verdict_panel.py" line="79" />
        <source>Why this call must go ahead (at least %n characters)</source>
        <translation>
            <numerusform>Why this call must go ahead (at least %n character)</numerusform>
            <numerusform>Why this call must go ahead (at least %n characters)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="114" />
        <source>Pick a party and a number to check the call.</source>
        <translation>Pick a party and a number to check the call.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="136" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="159" />
        <source>No lawful time can be computed: the block lasts until its cause is cleared on the party.</source>
        <translation>No lawful time can be computed: the block lasts until its cause is cleared on the party.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="162" />
        <source>No rule fired for this contact.</source>
        <translation>No rule fired for this contact.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="168" />
        <source>Contact becomes lawful at %1</source>
        <translation>Contact becomes lawful at %1</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="169" />
        <source>Contact becomes lawful at %1 (the party's local time; %2 for you)</source>
        <translation>Contact becomes lawful at %1 (the party's local time; %2 for you)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/verdict_panel.py" line="190" />
        <source>The reason is recorded with the call and audited.</source>
        <translation>The reason is recorded with the call and audited.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calls/verdict_panel.py" line="191" />
        <source>Type %n more character(s) to allow the override.</source>
        <translation>
            <numerusform>Type %n more character to allow the override.</numerusform>
            <numerusform>Type %n more characters to allow the override.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../../ui/worklist/columns.py" line="14" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="15" />
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="16" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="17" />
        <source>Main contract</source>
        <translation>Main contract</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="18" />
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="19" />
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="20" />
        <source>Five-tier class</source>
        <translation>Five-tier class</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="21" />
        <source>Overdue amount</source>
        <translation>Overdue amount</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="22" />
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="23" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="24" />
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="25" />
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="26" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="27" />
        <source>Deadline at risk</source>
        <translation>Deadline at risk</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="41" />
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="42" />
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="43" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="44" />
        <source>Special mention</source>
        <translation>Special mention</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="45" />
        <source>Substandard</source>
        <translation>Substandard</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="46" />
        <source>Doubtful</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="47" />
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="48" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="49" />
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="50" />
        <source>Partly kept</source>
        <translation>Partly kept</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="51" />
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="52" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="53" />
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="54" />
        <source>Middle</source>
        <translation>Middle</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="55" />
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="56" />
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="57" />
        <source>Limitation</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/columns.py" line="58" />
        <source>Guarantee period</source>
        <translation>Guarantee period</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <location filename="../../ui/worklist/view.py" line="41" />
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/view.py" line="43" />
        <source>Search names, contract numbers, phones, credit codes (Ctrl+F)</source>
        <translation>Search names, contract numbers, phones, credit codes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/view.py" line="45" />
        <source>Cases shown</source>
        <translation>Cases shown</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/view.py" line="47" />
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/worklist/view.py" line="176" />
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/worklist/view.py" line="178" />
        <source>More than %1 cases, counting…</source>
        <translation>More than %1 cases, counting…</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/view.py" line="182" />
        <source>not searched, too short: %1 (type at least 2 Chinese characters, or 3 letters or digits)</source>
        <translation>not searched, too short: %1 (type at least 2 Chinese characters, or 3 letters or digits)</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/view.py" line="210" />
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/view.py" line="212" />
        <source>Column chooser</source>
        <translation>Column chooser</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../ui/unlock.py" line="150" />
        <source>Protect the database</source>
        <translation>Protect the database</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="151" />
        <source>No OS keyring is available here, so a passphrase of at least %1 characters protects the encrypted database.</source>
        <translation>No OS keyring is available here, so a passphrase of at least %1 characters protects the encrypted database.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="156" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="157" />
        <source>Repeat:</source>
        <translation>Repeat:</translation>
    </message>
</context>
</TS>

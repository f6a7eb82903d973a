"""Fill the shell's and worklist's translations into the .ts files after ``lupdate``.

Usage: .venv/bin/python tools/fill_translations.py && .venv/bin/pyside6-lrelease <ts files>
Other teams' contexts are left as they are (translate them in Qt Linguist or add a table).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

ZH: dict[str, dict[str, str]] = {
    "CrashDialog": {
        "Unexpected error": "意外错误",
        "Something went wrong inside Collection Desk. Your data is safe; the details below "
        "were written to the log. Copy them into your report to IT support.":
            "催收工作台内部出现错误。您的数据安全无虞，以下详细信息已写入日志。"
            "请复制后附在提交给信息科技部门的报告中。",
        "Error details": "错误详情",
        "Copy details": "复制详情", "Close": "关闭",
    },
    "DetailPlaceholder": {
        "Case details": "案件详情",
        "Select a case to see its details.": "请选择一个案件以查看详情。",
        "Case %1": "案件 %1",
    },
    "Errors": {"Problem": "问题", "Collection Desk": "催收工作台"},
    "Export": {
        "Priority": "优先级", "Borrower": "借款人", "Borrower kind": "借款人类型",
        "Main contract": "主合同", "Days overdue": "逾期天数", "Bucket": "逾期阶段",
        "Five-tier class": "五级分类", "Overdue amount (yuan)": "逾期金额（元）",
        "Outstanding (yuan)": "贷款余额（元）", "Last contact": "最近联系",
        "Next action date": "下一步行动日期", "Next action": "下一步行动",
        "Promise": "还款承诺", "Stage": "催收阶段", "Nearest deadline": "最近期限",
        "Deadline kind": "期限类型", "Exporting the worklist…": "正在导出工作清单…",
        "Export view to XLSX": "导出当前视图为 XLSX", "Excel (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    },
    "FirstRunWizard": {
        "First run": "首次使用", "Welcome to Collection Desk": "欢迎使用催收工作台",
        "Institution legal name": "机构法定名称", "Officer name": "催收员姓名",
        "Employee number": "员工编号", "Officer phone": "催收员电话", "Passphrase": "口令",
        "Repeat passphrase": "再次输入口令",
        "Load a demo portfolio to explore": "载入演示资产组合以便熟悉系统",
        "Load a demo portfolio": "载入演示资产组合", "Number of demo cases": "演示案件数量",
        "Your institution": "贵机构", "The lender's legal name as it appears on letters.":
            "贷款机构的法定名称，将显示在函件上。",
        "Legal name:": "法定名称：", "You, the officer": "催收员信息",
        "Recorded with every action you take (audit trail).": "您的每一项操作都将据此记录（审计留痕）。",
        "Name:": "姓名：", "Employee number:": "员工编号：", "Phone:": "电话：",
        "Demo portfolio": "演示资产组合",
        "Fictitious borrowers to try the worklist. You can import real files later.":
            "使用虚构借款人试用工作清单，稍后可导入真实数据文件。",
        "Cases:": "案件数：",
    },
    "ImportDialog": {
        "Import portfolio files": "导入资产数据文件", "Files to import": "待导入文件",
        "Add files…": "添加文件…", "Add files": "添加文件",
        "Import the valid rows and set the rejected rows aside": "导入有效行，不合格行另行留存",
        "Skip invalid rows": "跳过无效行", "Import": "导入", "Start import": "开始导入",
        "Import status": "导入状态", "Import errors": "导入错误",
        "Save report…": "保存报告…", "Save error report": "保存错误报告", "Close": "关闭",
        "CSV or XLSX files in the documented format (borrowers, parties, loans, guarantees, "
        "collateral, instalments, payments).":
            "按规定格式编制的 CSV 或 XLSX 文件（借款人、关联方、贷款、保证、担保物、还款计划、还款记录）。",
        "Choose files to import": "选择要导入的文件",
        "Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)":
            "电子表格 (*.csv *.xlsx *.xlsm);;所有文件 (*)",
        "Add at least one file.": "请至少添加一个文件。",
        "Import cancelled: the columns were not assigned.": "导入已取消：未完成列对应。",
        "Importing…": "正在导入…", "Importing portfolio files…": "正在导入资产数据文件…",
        "Import cancelled; nothing was written.": "导入已取消，未写入任何数据。",
        "Imported %1 rows; %2 cases updated.": "已导入 %1 行，更新 %2 个案件。",
        "Imported the valid rows; %1 rows were set aside. The table lists why.":
            "已导入有效行，另有 %1 行未导入，原因见下表。",
        "Nothing was imported: %1 problems. Fix the files and import again, or import only "
        "the valid rows.": "未导入任何数据：共 %1 处问题。请修改文件后重新导入，或仅导入有效行。",
        "The import failed: %1": "导入失败：%1", "CSV (*.csv)": "CSV 文件 (*.csv)",
    },
    "ImportErrors": {"File": "文件", "Row": "行号", "Column": "列", "Value": "取值",
                     "Reason": "原因"},
    "LockScreen": {
        "Locked": "已锁定", "Collection Desk is locked": "催收工作台已锁定", "Passphrase": "口令",
        "Unlock": "解锁", "Enter your passphrase to continue.": "请输入口令以继续。",
        "Unlock with the key in the OS keyring.": "使用操作系统密钥环中的密钥解锁。",
        "Enter the passphrase.": "请输入口令。",
        "That did not unlock the database. Try again.": "未能解锁数据库，请重试。",
    },
    "MainController": {
        "Database: %1": "数据库：%1", "Encrypted (SQLCipher)": "已加密（SQLCipher）",
        "Officer: %1": "催收员：%1", "Last sync: never": "最近同步：从未",
        "%1 cases in view": "当前视图 %1 个案件", " · %1 open in all": " · 全部在催 %1 个",
        "Exported to %1": "已导出至 %1", "Export cancelled.": "导出已取消。",
        "Idle lock": "闲置锁定",
        "Lock after this many minutes without input (0: never):":
            "无操作多少分钟后锁定（0 表示从不）：",
        "About Collection Desk": "关于催收工作台",
        "Collection Desk %1\nA workbench for enterprise-loan collection officers.\n"
        "Data stays on this computer in an encrypted database.":
            "催收工作台 %1\n面向对公贷款催收人员的工作平台。\n数据以加密数据库形式保存在本机。",
    },
    "MainWindow": {
        "Collection Desk": "催收工作台", "Saved views": "常用视图", "Main panes": "主窗格",
        "&Import…": "导入(&I)…", "&Export view to XLSX…": "导出视图为 XLSX(&E)…",
        "&Lock": "锁定(&L)", "&Quit": "退出(&Q)", "&Refresh": "刷新(&R)",
        "Lock after &idle time…": "闲置锁定时间(&I)…", "&About Collection Desk": "关于催收工作台(&A)",
        "&File": "文件(&F)", "&View": "视图(&V)", "&Columns": "显示列(&C)",
        "&Language": "语言(&L)", "&Case": "案件(&C)", "&Find": "查找(&F)",
        "&Next case": "下一案件(&N)", "&Previous case": "上一案件(&P)", "Log a &call": "登记通话(&C)",
        "&Help": "帮助(&H)", "Main toolbar": "主工具栏", "Database location": "数据库位置",
        "Encryption": "加密状态", "Officer": "催收员", "Last sync": "最近同步",
        "Case counts": "案件数量",
    },
    "MappingDialog": {
        "Assign columns": "列对应", "Assign columns: %1": "列对应：%1",
        "The headers of this file do not match the documented import format. Choose what "
        "the file holds and which of its columns carries each field. Required fields are "
        "marked *. The assignment is remembered for files with the same headers.":
            "该文件的表头与规定的导入格式不符。请选择文件内容类型，并为每个字段指定对应的列。"
            "带 * 的为必填字段。对应关系将被记住，用于表头相同的后续文件。",
        "File kind": "文件类型", "Preview of the first rows": "前几行预览",
        "Use mapping": "使用此对应", "This file holds:": "文件内容：",
        "(not in this file)": "（文件中无此列）", "column %1": "第 %1 列",
        "Assign the required fields: %1": "请为必填字段指定列：%1",
        "Each column of the file can carry one field only.": "文件中的每一列只能对应一个字段。",
        "Cancel the import": "取消导入",
    },
    "Operation": {"Working…": "正在处理…", "Cancel": "取消", "Progress": "进度",
                  "Please wait": "请稍候"},
    "PassphraseDialog": {
        "Wrong passphrase. Try again.": "口令错误，请重试。", "Unlock": "解锁",
        "Unlock Collection Desk": "解锁催收工作台",
        "Choose a passphrase of at least %1 characters. It protects the encrypted database; "
        "it cannot be recovered if lost.": "请设置至少 %1 个字符的口令。该口令用于保护加密数据库，遗失后无法找回。",
        "Enter the passphrase that unlocks the encrypted database.": "请输入解锁加密数据库的口令。",
        "Passphrase": "口令", "Repeat passphrase": "再次输入口令", "Passphrase:": "口令：",
        "Repeat:": "再次输入：", "Cancel": "取消", "Enter the passphrase.": "请输入口令。",
        "The passphrase needs at least %1 characters.": "口令至少需要 %1 个字符。",
        "The two passphrases differ.": "两次输入的口令不一致。",
    },
    "SavedViews": {
        "Today's worklist": "今日待办", "Promises due today": "今日到期承诺",
        "Broken promises": "违约承诺", "New this week": "本周新增",
        "Deadlines in 90 days": "90 天内到期时限", "All open cases": "全部在催案件",
        "By bucket": "按逾期阶段", "By stage": "按催收阶段",
    },
    "Shell": {"Building the demo portfolio…": "正在生成演示资产组合…"},
    "Worklist": {
        "Priority": "优先级", "Borrower": "借款人", "Kind": "类型", "Main contract": "主合同",
        "Days overdue": "逾期天数", "Bucket": "逾期阶段", "Five-tier class": "五级分类",
        "Overdue amount": "逾期金额", "Outstanding": "贷款余额", "Last contact": "最近联系",
        "Next action": "下一步行动", "Promise": "还款承诺", "Stage": "催收阶段",
        "Deadline at risk": "临近时限", "Enterprise": "企业", "Individual": "个人",
        "Normal": "正常", "Special mention": "关注", "Substandard": "次级", "Doubtful": "可疑",
        "Loss": "损失", "Open": "履约中", "Kept": "已履约", "Partly kept": "部分履约",
        "Broken": "已违约", "Cancelled": "已撤销", "Early": "早期", "Middle": "中期",
        "Late": "后期", "Legal": "诉讼", "Limitation": "诉讼时效", "Guarantee period": "保证期间",
    },
    "WorklistView": {
        "Search cases": "搜索案件",
        "Search names, contract numbers, phones, credit codes (Ctrl+F)":
            "搜索名称、合同编号、电话、统一社会信用代码（Ctrl+F）",
        "Cases shown": "显示的案件数", "Case list": "案件列表", "%n case(s)": "共 %n 个案件",
        "Columns": "显示列", "Column chooser": "列选择",
    },
    "_PassphrasePage": {
        "Protect the database": "保护数据库",
        "No OS keyring is available here, so a passphrase of at least %1 characters protects "
        "the encrypted database.": "本机没有可用的操作系统密钥环，需设置至少 %1 个字符的口令来保护加密数据库。",
        "Passphrase:": "口令：", "Repeat:": "再次输入：",
    },
}
EN_PLURALS = {"%n case(s)": ("%n case", "%n cases")}


def fill(path: Path, chinese: bool) -> tuple[int, int]:
    tree = ET.parse(path)
    filled = missing = 0
    for context in tree.getroot().iter("context"):
        table = ZH.get(context.findtext("name") or "")
        if table is None:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            if chinese and source not in table:
                missing += 1
                print(f"missing: {context.findtext('name')}: {source!r}", file=sys.stderr)
                continue
            text = table[source] if chinese else source
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = [text] if chinese else list(EN_PLURALS.get(source, (source, source)))
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled, missing


if __name__ == "__main__":
    zh = fill(TS_DIR / "collection_desk_zh_CN.ts", chinese=True)
    en = fill(TS_DIR / "collection_desk_en.ts", chinese=False)
    print(f"zh_CN: {zh[0]} filled, {zh[1]} missing; en: {en[0]} filled")
    sys.exit(1 if zh[1] else 0)

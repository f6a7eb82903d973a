"""A small valid portfolio as CSV files with Chinese headers, for tests, docs and trying out.

Two companies and one individual borrow; a legal representative, a finance contact and two
guarantors (a person and a company) stand behind them; one loan is secured by a mortgage.
The values show the accepted forms: ¥ and 元, thousands separators, 4.35% and 0.0485,
2025/1/15, 2025.3.5, 2026年1月15日 and 20260305.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop_app.importer.columns import KINDS

SAMPLE: dict[str, str] = {
    "borrowers": """\
类型,名称,证件号码,法定代表人,送达地址,省份,城市,区县,电话1,电话1来源,电子邮箱,邮箱来源
企业,上海申远机械制造有限公司,91310115MA1K400002,张伟,上海市浦东新区张江路88号,上海市,上海市,浦东新区,021-58881234,合同,finance@shenyuan.cn,合同
企业,深圳市南海电子科技有限公司,91440300MA5F000007,李娜,深圳市南山区科技园南路6号,广东省,深圳市,南山区,0755-26661234,合同,,
个人,王芳,330106199007182347,,杭州市西湖区文三路100号,浙江省,杭州市,西湖区,13905710001,本人提供,,
""",
    "parties": """\
借款人证件号码,角色,关系,类型,名称,证件号码,送达地址,电话1,电话1来源
91310115MA1K400002,法定代表人,,个人,张伟,310104198005151239,上海市徐汇区漕溪北路1号,13812345678,合同
91310115MA1K400002,保证人,法定代表人,个人,张伟,310104198005151239,上海市徐汇区漕溪北路1号,13812345678,合同
91440300MA5F000007,财务联系人,财务总监,个人,李娜,440305198503204563,,13923456789,本人提供
91440300MA5F000007,保证人,,企业,北京恒信融资担保有限公司,91110108MA0100000W,北京市海淀区中关村大街1号,010-62001234,公开渠道
330106199007182347,保证人,配偶,个人,赵强,110105197801017895,杭州市西湖区文三路100号,13605710002,合同
""",
    "loans": """\
合同编号,借款人证件号码,合同日期,合同金额,年利率,放款日期,到期日期,还款方式
JK-2025-0001,91310115MA1K400002,2025-01-10,"¥1,200,000.00",4.35%,2025/1/15,2026年1月15日,等额本息
JK-2025-0002,91440300MA5F000007,2025-03-01,600000元,0.0485,2025.3.5,20260305,先息后本
JK-2025-0003,330106199007182347,2025-04-20,"300,000",5.2%,2025-04-25,2026-04-25,等额本金
""",
    "guarantees": """\
借款合同编号,保证人证件号码,保证方式,保证合同编号,保证期间届满日
JK-2025-0001,310104198005151239,连带,BZ-2025-0001,2029-01-15
JK-2025-0002,91110108MA0100000W,连带责任保证,BZ-2025-0002,2029-03-05
JK-2025-0003,110105197801017895,一般,BZ-2025-0003,2029-04-25
""",
    "collateral": """\
借款合同编号,担保物类型,担保物描述,登记编号,评估价值,所有人证件号码
JK-2025-0001,抵押,浦东新区张江路88号厂房,沪(2025)浦东新区不动产权第0012345号,"2,500,000",91310115MA1K400002
""",
    "instalments": """\
合同编号,期次,应还日期,应还本金,应还利息,已还本金,已还利息
JK-2025-0001,1,2025-05-15,"400,000.00","17,400.00","400,000.00","17,400.00"
JK-2025-0001,2,2025-09-15,"400,000.00","11,600.00","100,000.00","11,600.00"
JK-2025-0001,3,2026-01-15,"400,000.00","5,800.00",0,0
JK-2025-0002,1,2025-09-05,0,"14,550.00",0,"14,550.00"
JK-2025-0002,2,2026-03-05,"600,000.00","14,550.00",0,0
JK-2025-0003,1,2025-10-25,"150,000.00","7,800.00","150,000.00","7,800.00"
JK-2025-0003,2,2026-04-25,"150,000.00","3,900.00",0,0
""",
    "payments": """\
合同编号,到账日期,还款金额,交易流水号
JK-2025-0001,2025-05-15,"417,400.00",LS20250515001
JK-2025-0001,2025-09-20,"111,600.00",LS20250920001
JK-2025-0002,2025-09-05,"14,550.00",LS20250905001
JK-2025-0003,2025-10-25,"157,800.00",LS20251025001
""",
}


def sample_rows(kind: str) -> list[list[str]]:
    """Header (the documented Chinese names) and rows of one sample file."""
    return list(csv.reader(io.StringIO(SAMPLE[kind])))


def write_sample(folder: Path, *, encoding: str = "utf-8-sig") -> list[Path]:
    """Write the sample as one CSV per file kind, named in Chinese (借款人.csv, ...)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for kind in SAMPLE:
        path = folder / f"{KINDS[kind].zh}.csv"
        with path.open("w", encoding=encoding, newline="") as handle:
            csv.writer(handle).writerows(sample_rows(kind))
        paths.append(path)
    return paths
